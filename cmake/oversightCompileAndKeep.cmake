# cmake -DOUTPUT=<file> -P oversightCompileAndKeep.cmake -- <compiler command...>
# Runs a compile command, prints its diagnostics, keeps them in OUTPUT (for the
# compile_fail.<name>.diagnostic entry to match without compiling again), and exits with a
# failure status exactly when the compiler failed.
set(command "")
set(collect FALSE)
math(EXPR last "${CMAKE_ARGC} - 1")
foreach(i RANGE 0 ${last})
  if(collect)
    list(APPEND command "${CMAKE_ARGV${i}}")
  elseif("${CMAKE_ARGV${i}}" STREQUAL "--")
    set(collect TRUE)
  endif()
endforeach()
if(NOT command OR NOT OUTPUT)
  message(FATAL_ERROR "usage: cmake -DOUTPUT=<file> -P oversightCompileAndKeep.cmake -- <command...>")
endif()
execute_process(COMMAND ${command} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
file(WRITE "${OUTPUT}" "${out}")
message("${out}")
if(NOT status EQUAL 0)
  message(FATAL_ERROR "the compiler failed (status ${status})")
endif()
