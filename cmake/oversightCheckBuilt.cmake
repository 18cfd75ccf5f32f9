# cmake -DTARGET=<name> -DOBJECTS=<obj1|obj2|...> -P oversightCheckBuilt.cmake
#
# The CTest side of a compile-only suite (static tests, header check): the build is the test,
# this only confirms that every object file of the target exists.
string(REPLACE "|" ";" objects "${OBJECTS}")
set(missing "")
set(count 0)
foreach(object IN LISTS objects)
  if(EXISTS "${object}")
    math(EXPR count "${count} + 1")
  else()
    list(APPEND missing "${object}")
  endif()
endforeach()
if(missing OR count EQUAL 0)
  list(JOIN missing "\n  " missing)
  message(FATAL_ERROR "${TARGET} was not built (build it first); missing:\n  ${missing}")
endif()
message(STATUS "${TARGET}: ${count} translation unit(s) compiled")
