# Installs the libraries, headers and CMake package so that a C++ user can write
#   find_package(tkg REQUIRED)
#   target_link_libraries(app PRIVATE tkg::tkg)
include(CMakePackageConfigHelpers)
set(TKG_CMAKE_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/tkg")

install(TARGETS tkg_graph tkg_extract tkg_export tkg_tkg tkg_rapidjson
        EXPORT tkgTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(TARGETS tkg RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY include/tkg DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT tkgTargets NAMESPACE tkg:: DESTINATION ${TKG_CMAKE_DIR})

configure_package_config_file(cmake/tkgConfig.cmake.in
  "${CMAKE_CURRENT_BINARY_DIR}/tkgConfig.cmake" INSTALL_DESTINATION ${TKG_CMAKE_DIR})
write_basic_package_version_file("${CMAKE_CURRENT_BINARY_DIR}/tkgConfigVersion.cmake"
  COMPATIBILITY SameMinorVersion)
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/tkgConfig.cmake"
              "${CMAKE_CURRENT_BINARY_DIR}/tkgConfigVersion.cmake"
        DESTINATION ${TKG_CMAKE_DIR})
