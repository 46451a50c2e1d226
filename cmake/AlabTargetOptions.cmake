# SPDX-License-Identifier: GPL-3.0-or-later
# Per-target build settings. Nothing here touches global flags: every target of ours calls
# alab_target_defaults() and gets the same warnings, standard and sanitizer options.

set(ALAB_WARNING_FLAGS -Wall -Wextra -Wpedantic -Wshadow -Wconversion)

function(alab_target_defaults target)
    target_compile_features(${target} PUBLIC cxx_std_20)
    set_target_properties(${target} PROPERTIES CXX_EXTENSIONS OFF)
    target_compile_options(${target} PRIVATE ${ALAB_WARNING_FLAGS})
    if(ALAB_WARNINGS_AS_ERRORS)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    if(ALAB_SANITIZE)
        target_compile_options(${target} PUBLIC -fsanitize=address,undefined -fno-omit-frame-pointer
                                                -fno-sanitize-recover=undefined)
        target_link_options(${target} PUBLIC -fsanitize=address,undefined)
    endif()
endfunction()
