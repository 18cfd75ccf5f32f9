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
if(EXISTS "${PREFIX}/include/oversight/adapt")
  message(FATAL_ERROR "optional adapters (include/oversight/adapt/) must not be installed "
                      "with the core target")
endif()
