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
install(FILES ${ALAB_RESOURCES}/activation-lab.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
# Lecture scenes: `activation-lab render --scene .../scenes/relu-vs-elu.alab --output figure.pdf`.
install(DIRECTORY ${ALAB_RESOURCES}/scenes/ DESTINATION ${CMAKE_INSTALL_DATADIR}/activation-lab/scenes
        FILES_MATCHING PATTERN "*.alab")
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_SOURCE_DIR}/README.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME activation-lab)
set(CPACK_PACKAGE_VENDOR "The Activation Lab team")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "explore, teach and export plots of activation functions")
set(CPACK_PACKAGE_DESCRIPTION
    "Activation Lab plots ELU, SELU, ReLU and Leaky ReLU with their derivatives under live sliders,\n"
    "computed exactly, and shows what they do to distributions of inputs and through deep networks.")
set(CPACK_PACKAGE_CONTACT "The Activation Lab team <team@activationlab.invalid>")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
# Library dependencies (Qt 6, the Qt 6 build of QCustomPlot, libstdc++, ...) come from the
# binary itself through dpkg-shlibdeps.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "xdg-utils")
include(CPack)
