# SPDX-License-Identifier: GPL-3.0-or-later
# Installation (GNUInstallDirs) and the Debian package (CPack). The desktop integration files
# live in resources/: launcher, icons (scalable and PNG), AppStream metainfo, MIME type, man page.
include(GNUInstallDirs)

set(ALAB_RESOURCES ${PROJECT_SOURCE_DIR}/resources)
install(TARGETS activation-lab RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${ALAB_RESOURCES}/activation-lab.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${ALAB_RESOURCES}/io.github.activationlab.ActivationLab.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${ALAB_RESOURCES}/activation-lab-mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
        RENAME activation-lab.xml)
install(FILES ${ALAB_RESOURCES}/icons/activation-lab.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 32 48 64 128 256 512)
    install(FILES ${ALAB_RESOURCES}/icons/activation-lab-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME activation-lab.png)
endforeach()
# Debian wants the man page and the changelog gzipped at the highest level, without a time stamp
# (gzip -n), so that the package is the same bits on every build. Done at configure time; editing
# either file configures again.
function(alab_gzip source destination)
    execute_process(COMMAND gzip -9 -n -c ${source} OUTPUT_FILE ${destination} RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "gzip ${source} failed (${result})")
    endif()
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${source})
endfunction()
set(ALAB_PACKAGING ${PROJECT_BINARY_DIR}/packaging)
file(MAKE_DIRECTORY ${ALAB_PACKAGING})
alab_gzip(${ALAB_RESOURCES}/activation-lab.1 ${ALAB_PACKAGING}/activation-lab.1.gz)
alab_gzip(${ALAB_RESOURCES}/packaging/changelog ${ALAB_PACKAGING}/changelog.gz)
install(FILES ${ALAB_PACKAGING}/activation-lab.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
# Lecture scenes: `activation-lab render --scene .../scenes/relu-vs-elu.alab --output figure.pdf`.
install(DIRECTORY ${ALAB_RESOURCES}/scenes/ DESTINATION ${CMAKE_INSTALL_DATADIR}/activation-lab/scenes
        FILES_MATCHING PATTERN "*.alab" PATTERN "*.alablecture")
# The licence text is the system's /usr/share/common-licenses/GPL-3, which copyright points to.
install(FILES ${ALAB_RESOURCES}/packaging/copyright ${ALAB_PACKAGING}/changelog.gz ${PROJECT_SOURCE_DIR}/README.md
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/activation-lab)  # the package's name, as Debian asks

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME activation-lab)
set(CPACK_PACKAGE_VENDOR "The Activation Lab team")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "explore, teach and export plots of activation functions")
# One string (a second argument would join with a list separator, ";"), lines of at most 80
# characters as Debian's policy asks.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Activation Lab plots ELU, SELU, ReLU, Leaky ReLU and the functions they are\n"
    "compared with (GELU, SiLU, Mish, Softplus, ...) with their derivatives under\n"
    "live sliders, computed exactly, and shows what they do to distributions of\n"
    "inputs and through deep random networks. Figures export as PNG, SVG and PDF,\n"
    "also headless from the command line.")
set(CPACK_PACKAGE_CONTACT "The Activation Lab team <team@activationlab.invalid>")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
# Library dependencies (Qt 6, the Qt 6 build of QCustomPlot, libstdc++, ...) come from the
# binary itself through dpkg-shlibdeps.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "xdg-utils")
set(CPACK_STRIP_FILES ON)
include(CPack)
