# cmake -DPROGRAM=<exe> -DGOLDEN=<expected.txt> -DACTUAL=<where to keep the output>
#       [-DARGS=<a|b|c>] [-DGLOB=<pattern>] [-DWORKING_DIRECTORY=<dir>] [-DEXPECT_EXIT=<n>] -P ...
#
# Runs PROGRAM with ARGS ('|'-separated) and, with GLOB, every file under WORKING_DIRECTORY
# matching it (recursively, relative paths, sorted), in WORKING_DIRECTORY; passes when it exits
# with EXPECT_EXIT (default 0) and its standard output equals GOLDEN byte for byte. On a mismatch
# the output is kept in ACTUAL and a unified diff is printed when `diff` exists.
if(NOT DEFINED EXPECT_EXIT)
  set(EXPECT_EXIT 0)
endif()
set(arguments "")
if(DEFINED ARGS AND NOT ARGS STREQUAL "")
  string(REPLACE "|" ";" arguments "${ARGS}")
endif()
if(DEFINED GLOB)
  file(GLOB_RECURSE found RELATIVE "${WORKING_DIRECTORY}" "${WORKING_DIRECTORY}/${GLOB}")
  list(SORT found)
  list(APPEND arguments ${found})
endif()
if(NOT DEFINED WORKING_DIRECTORY)
  set(WORKING_DIRECTORY ".")
endif()
execute_process(
  COMMAND "${PROGRAM}" ${arguments}
  WORKING_DIRECTORY "${WORKING_DIRECTORY}"
  OUTPUT_VARIABLE output
  RESULT_VARIABLE result)
file(WRITE "${ACTUAL}" "${output}")
if(NOT result EQUAL EXPECT_EXIT)
  message(FATAL_ERROR "${PROGRAM} exited with ${result}, expected ${EXPECT_EXIT}")
endif()
file(SHA256 "${GOLDEN}" expected_hash)
file(SHA256 "${ACTUAL}" actual_hash)
if(NOT expected_hash STREQUAL actual_hash)
  find_program(DIFF_PROGRAM diff)
  if(DIFF_PROGRAM)
    execute_process(COMMAND "${DIFF_PROGRAM}" -u "${GOLDEN}" "${ACTUAL}")
  else()
    file(READ "${GOLDEN}" expected)
    message("expected (${GOLDEN}):\n${expected}\nactual (${ACTUAL}):\n${output}")
  endif()
  message(FATAL_ERROR "the output of ${PROGRAM} differs from ${GOLDEN}; if the new output is "
                      "right, copy ${ACTUAL} over it")
endif()
