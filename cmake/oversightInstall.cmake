# Install rules and the build-tree export for the oversight INTERFACE target.
#
#   <prefix>/include/oversight/...                     the core headers
#   <prefix>/include/oversight/adapt/...               the OCDS adapter, when nlohmann/json was found
#   <prefix>/share/cmake/oversight/oversightConfig.cmake, ...ConfigVersion.cmake, ...Targets.cmake
#
# The build tree gets the same oversightConfig.cmake and an exported oversightTargets.cmake, so
# find_package(oversight) also works with oversight_DIR pointing at the build directory.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(OVERSIGHT_INSTALL_CMAKEDIR
    "${CMAKE_INSTALL_DATADIR}/cmake/oversight"
    CACHE STRING "Where the oversight CMake package files are installed, relative to the prefix")
mark_as_advanced(OVERSIGHT_INSTALL_CMAKEDIR)

set(oversight_installed_targets oversight)
set(OVERSIGHT_INSTALLED_OCDS FALSE)
if(TARGET oversight_ocds)
  # The OCDS adapter (its headers under include/oversight/adapt/); its package needs nlohmann/json.
  list(APPEND oversight_installed_targets oversight_ocds)
  set(OVERSIGHT_INSTALLED_OCDS TRUE)
endif()
install(
  TARGETS ${oversight_installed_targets}
  EXPORT oversightTargets
  FILE_SET HEADERS
  DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")

install(
  EXPORT oversightTargets
  NAMESPACE oversight::
  DESTINATION "${OVERSIGHT_INSTALL_CMAKEDIR}")

export(
  EXPORT oversightTargets
  FILE "${PROJECT_BINARY_DIR}/oversightTargets.cmake"
  NAMESPACE oversight::)

configure_package_config_file(
  "${PROJECT_SOURCE_DIR}/cmake/oversightConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/oversightConfig.cmake"
  INSTALL_DESTINATION "${OVERSIGHT_INSTALL_CMAKEDIR}")

# While the major version is 0 every minor release may break the interface (semantic versioning,
# item 4): a request for 0.1 must not accept 0.2. From 1.0 on, the same major version is
# compatible.
if(PROJECT_VERSION_MAJOR EQUAL 0)
  set(oversight_compatibility SameMinorVersion)
else()
  set(oversight_compatibility SameMajorVersion)
endif()
write_basic_package_version_file(
  "${PROJECT_BINARY_DIR}/oversightConfigVersion.cmake"
  VERSION "${PROJECT_VERSION}"
  COMPATIBILITY ${oversight_compatibility} ARCH_INDEPENDENT)

install(FILES "${PROJECT_BINARY_DIR}/oversightConfig.cmake"
              "${PROJECT_BINARY_DIR}/oversightConfigVersion.cmake"
        DESTINATION "${OVERSIGHT_INSTALL_CMAKEDIR}")

install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/oversight")
