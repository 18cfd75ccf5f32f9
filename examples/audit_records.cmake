# cmake -DPROGRAM=<audit_ocds> -DDATA=<data dir> -DFILES=<a|b|...> -DOUT=<prefix> -DPYTHON=<python3>
#       -DCHECKER=<check_audit_records.py> -P audit_records.cmake
#
# Runs audit_ocds with --jsonl and --markdown on FILES (relative to DATA) and checks the records.
string(REPLACE "|" ";" files "${FILES}")
execute_process(COMMAND "${PROGRAM}" --summary-only --jsonl "${OUT}.jsonl" --markdown "${OUT}.md" ${files}
                WORKING_DIRECTORY "${DATA}" OUTPUT_VARIABLE summary RESULT_VARIABLE result)
if(NOT result EQUAL 2)
  message(FATAL_ERROR "audit_ocds exited with ${result}, expected 2 (one input is empty)")
endif()
string(REGEX MATCH "processes +([0-9]+)" found "${summary}")
set(processes "${CMAKE_MATCH_1}")
execute_process(COMMAND "${PYTHON}" "${CHECKER}" "${OUT}.jsonl" "${OUT}.md" "${processes}" RESULT_VARIABLE checked)
if(NOT checked EQUAL 0)
  message(FATAL_ERROR "the audit's records do not check out")
endif()
