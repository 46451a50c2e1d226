# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb with CPack, unpacks it into a scratch root and runs the installed program.
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR}/root)

function(run_checked)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "${ARGN}\nfailed (${result}):\n${out}\n${err}")
    endif()
    set(LAST_OUTPUT "${out}" PARENT_SCOPE)
endfunction()

run_checked(cpack -G DEB -B ${WORK_DIR}/package --config ${BUILD_DIR}/CPackConfig.cmake)
file(GLOB debs ${WORK_DIR}/package/*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one .deb, found: ${debs}")
endif()

run_checked(dpkg-deb --field ${debs} Depends)
set(expected_dependencies libstdc++6)
if(WITH_GUI)
    list(APPEND expected_dependencies libqt6widgets6 libqcustomplot)
endif()
foreach(dependency ${expected_dependencies})
    string(FIND "${LAST_OUTPUT}" "${dependency}" position)
    if(position EQUAL -1)
        message(FATAL_ERROR "Depends lacks ${dependency}: ${LAST_OUTPUT}")
    endif()
endforeach()

run_checked(dpkg-deb -x ${debs} ${WORK_DIR}/root)
set(root ${WORK_DIR}/root/usr)
foreach(installed bin/activation-lab share/applications/activation-lab.desktop
                  share/metainfo/io.github.activationlab.ActivationLab.metainfo.xml
                  share/icons/hicolor/scalable/apps/activation-lab.svg
                  share/icons/hicolor/48x48/apps/activation-lab.png share/mime/packages/activation-lab.xml
                  share/man/man1/activation-lab.1.gz share/doc/activation-lab/copyright
                  share/doc/activation-lab/changelog.gz)
    if(NOT EXISTS ${root}/${installed})
        message(FATAL_ERROR "the package does not install ${installed}")
    endif()
endforeach()

run_checked(${root}/bin/activation-lab --version)
if(NOT LAST_OUTPUT MATCHES "^activation-lab [0-9]")
    message(FATAL_ERROR "unexpected --version output: ${LAST_OUTPUT}")
endif()
run_checked(${root}/bin/activation-lab table --function elu --x -1e-8)
if(NOT LAST_OUTPUT STREQUAL "x,f\n-1e-08,-9.999999950000001e-09\n")
    message(FATAL_ERROR "unexpected table output: ${LAST_OUTPUT}")
endif()

if(WITH_GUI)
    # A headless figure from a shipped scene, drawn by the installed program without a display.
    set(scene ${root}/share/activation-lab/scenes/relu-vs-elu.alab)
    if(NOT EXISTS ${scene})
        message(FATAL_ERROR "the package does not install the lecture scenes (${scene})")
    endif()
    run_checked(${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY
                ${root}/bin/activation-lab render --scene ${scene} --output ${WORK_DIR}/figure.png --size 640x360)
    file(READ ${WORK_DIR}/figure.png png_head LIMIT 8 HEX)
    if(NOT png_head STREQUAL "89504e470d0a1a0a")
        message(FATAL_ERROR "render from the package wrote no PNG (${png_head})")
    endif()
endif()

# Debian's own package checker: no error and no warning (informational tags are allowed).
run_checked(lintian --tag-display-limit 0 ${debs})
string(REGEX MATCHALL "(^|\n)[EW]: [^\n]*" lintian_findings "${LAST_OUTPUT}")
if(lintian_findings)
    string(REPLACE ";" "" lintian_findings "${lintian_findings}")
    message(FATAL_ERROR "lintian reports errors or warnings on ${debs}:${lintian_findings}")
endif()

run_checked(desktop-file-validate ${root}/share/applications/activation-lab.desktop)
run_checked(appstreamcli validate --no-net ${root}/share/metainfo/io.github.activationlab.ActivationLab.metainfo.xml)
