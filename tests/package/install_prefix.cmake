# cmake -DBUILD_DIR=<build> -DPREFIX=<prefix> [-DCONFIG=<config>] -P install_prefix.cmake
#
# Installs the build tree into a fresh prefix for the find_package consumer.
file(REMOVE_RECURSE "${PREFIX}")
set(config_args "")
if(CONFIG)
  set(config_args --config "${CONFIG}")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                        ${config_args} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "cmake --install ${BUILD_DIR} --prefix ${PREFIX} failed: ${result}")
endif()
foreach(expected IN ITEMS include/oversight/oversight.hpp
                          share/cmake/oversight/oversightConfig.cmake
                          share/cmake/oversight/oversightConfigVersion.cmake)
  if(NOT EXISTS "${PREFIX}/${expected}")
    message(FATAL_ERROR "the install prefix lacks ${expected}")
  endif()
endforeach()
# The adapters' headers come only with their own targets: the OCDS adapter's with oversight::ocds.
if(EXISTS "${PREFIX}/include/oversight/adapt")
  file(READ "${PREFIX}/share/cmake/oversight/oversightTargets.cmake" targets)
  if(NOT targets MATCHES "oversight::ocds")
    message(FATAL_ERROR "include/oversight/adapt/ is installed without the oversight::ocds target")
  endif()
endif()
