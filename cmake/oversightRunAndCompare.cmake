# cmake -DPROGRAM=<exe> -DGOLDEN=<expected.txt> -DACTUAL=<where to keep the output> -P ...
#
# Runs PROGRAM; passes when it exits with 0 and its standard output equals GOLDEN byte for byte.
# On a mismatch the output is kept in ACTUAL and a unified diff is printed when `diff` exists.
execute_process(
  COMMAND "${PROGRAM}"
  OUTPUT_VARIABLE output
  RESULT_VARIABLE result)
file(WRITE "${ACTUAL}" "${output}")
if(NOT result EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} exited with ${result}")
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
