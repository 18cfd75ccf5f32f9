# oversight_check_header_version(<config.hpp>)
#
# Parses OVERSIGHT_VERSION_MAJOR / _MINOR / _PATCH out of the given header and stops the
# configuration when they differ from PROJECT_VERSION. The header is added to
# CMAKE_CONFIGURE_DEPENDS, so editing it re-runs the check.
function(oversight_check_header_version header)
  set_property(
    DIRECTORY "${PROJECT_SOURCE_DIR}"
    APPEND
    PROPERTY CMAKE_CONFIGURE_DEPENDS "${header}")
  file(STRINGS "${header}" lines REGEX "^#define OVERSIGHT_VERSION_(MAJOR|MINOR|PATCH) ")
  foreach(part IN ITEMS MAJOR MINOR PATCH)
    set(value "")
    foreach(line IN LISTS lines)
      if(line MATCHES "^#define OVERSIGHT_VERSION_${part} +([0-9]+)")
        set(value "${CMAKE_MATCH_1}")
      endif()
    endforeach()
    if(value STREQUAL "")
      message(FATAL_ERROR "oversight: no '#define OVERSIGHT_VERSION_${part} <number>' in ${header}")
    endif()
    if(NOT value EQUAL PROJECT_VERSION_${part})
      message(
        FATAL_ERROR
          "oversight: version mismatch: CMakeLists.txt says ${PROJECT_VERSION} but ${header} "
          "has OVERSIGHT_VERSION_${part} ${value}. Bump both together.")
    endif()
  endforeach()
endfunction()
