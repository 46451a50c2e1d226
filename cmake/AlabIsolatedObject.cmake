# SPDX-License-Identifier: GPL-3.0-or-later
# alab_add_isolated_object(): compile one source with ISA flags (-mavx2, -mavx512f ...) into an
# object whose only global symbols are the entry points, and add that object to a target.
#
# Why: a source that instantiates templates (Eigen's GEMM) emits them as weak symbols. If the
# same instantiations are also compiled elsewhere with baseline flags, the linker keeps one copy
# per name, arbitrarily, and the baseline caller may end up running AVX-512 code on a CPU
# without it (an ODR violation no compiler diagnoses). So the source is compiled with hidden
# visibility, partially linked with its COMDAT groups dissolved (a group kept by name could
# still be swapped for another object's group at the final link), and every defined symbol
# except the entry points is made local. A check after each build fails if anything else stays
# global or weak.
#
#   alab_add_isolated_object(TARGET NAME
#       SOURCE file.cpp
#       KEEP_GLOBAL pattern                 # objcopy wildcard for the entry points: _ZN4alab*
#       COMPILE_OPTIONS -mavx2 ...
#       LINK_LIBRARIES Eigen3::Eigen ...)   # for usage requirements (include directories)
#
# This file doubles as the check script: cmake -DOBJECT=... -DNM=... -DKEEP_REGEX=... -P it.

if(CMAKE_SCRIPT_MODE_FILE)
    execute_process(COMMAND ${NM} --defined-only --extern-only ${OBJECT}
                    OUTPUT_VARIABLE symbols RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "nm failed on ${OBJECT}")
    endif()
    string(REPLACE "\n" ";" lines "${symbols}")
    set(kept 0)
    foreach(line IN LISTS lines)
        if(line STREQUAL "")
            continue()
        endif()
        string(REGEX REPLACE "^.* ([^ ]+)$" "\\1" name "${line}")
        if(NOT name MATCHES "${KEEP_REGEX}")
            message(FATAL_ERROR "${OBJECT}: '${line}' is global but must be local (isolated ISA object)")
        endif()
        math(EXPR kept "${kept} + 1")
    endforeach()
    if(kept EQUAL 0)
        message(FATAL_ERROR "${OBJECT}: no global entry point matches ${KEEP_REGEX}")
    endif()
    return()
endif()

function(alab_add_isolated_object target name)
    cmake_parse_arguments(PARSE_ARGV 2 arg "" "SOURCE;KEEP_GLOBAL" "COMPILE_OPTIONS;LINK_LIBRARIES")
    set(compiled ${name}_compiled)
    add_library(${compiled} OBJECT ${arg_SOURCE})
    target_link_libraries(${compiled} PRIVATE ${arg_LINK_LIBRARIES})
    alab_target_defaults(${compiled})
    # -fno-gnu-unique: static locals of inline functions (Eigen's cache sizes) would otherwise be
    # STB_GNU_UNIQUE, which objcopy cannot make local.
    target_compile_options(${compiled} PRIVATE ${arg_COMPILE_OPTIONS} -fvisibility=hidden -fvisibility-inlines-hidden
                                               -fno-gnu-unique)

    # The objcopy wildcard as a regular expression, for the check.
    string(REPLACE "*" ".*" keep_regex "^${arg_KEEP_GLOBAL}$")
    set(partial ${CMAKE_CURRENT_BINARY_DIR}/${name}.partial.o)
    set(unchecked ${CMAKE_CURRENT_BINARY_DIR}/${name}.unchecked.o)
    set(isolated ${CMAKE_CURRENT_BINARY_DIR}/${name}.o)
    add_custom_command(
        OUTPUT ${isolated}
        COMMAND ${CMAKE_LINKER} -r --force-group-allocation -o ${partial} $<TARGET_OBJECTS:${compiled}>
        COMMAND ${CMAKE_OBJCOPY} --localize-hidden --wildcard --keep-global-symbol=${arg_KEEP_GLOBAL} ${partial}
                ${unchecked}
        COMMAND ${CMAKE_COMMAND} -DOBJECT=${unchecked} -DNM=${CMAKE_NM} -DKEEP_REGEX=${keep_regex}
                -P ${CMAKE_CURRENT_FUNCTION_LIST_FILE}
        # Renamed only once checked, so that a failed check is not taken as up to date next time.
        COMMAND ${CMAKE_COMMAND} -E rename ${unchecked} ${isolated}
        DEPENDS ${compiled} $<TARGET_OBJECTS:${compiled}> ${CMAKE_CURRENT_FUNCTION_LIST_FILE}
        COMMENT "Isolating the symbols of ${name}"
        COMMAND_EXPAND_LISTS VERBATIM)
    set_source_files_properties(${isolated} PROPERTIES EXTERNAL_OBJECT TRUE GENERATED TRUE)
    target_sources(${target} PRIVATE ${isolated})
endfunction()
