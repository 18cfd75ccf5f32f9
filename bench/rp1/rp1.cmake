# The RP-1 program (bench/rp1/main.cpp): the library's RP-1 policy beside a hand-written
# baseline on the same data. It needs no Google Benchmark, so bench/CMakeLists.txt includes this
# file before looking for it.
#
#   rp1 [--data FILE] [--passes N]     see bench/README.md
#
# The CTest entry bench.rp1 runs it on the committed N=2000 sample; the agreement check between
# the library and the baseline is the test (exit code 1 on any disagreement).
add_executable(rp1 "${CMAKE_CURRENT_LIST_DIR}/main.cpp")
target_link_libraries(rp1 PRIVATE oversight::oversight oversight_warnings)
target_compile_definitions(
  rp1 PRIVATE "OVERSIGHT_RP1_GENERATOR_DIR=\"${PROJECT_SOURCE_DIR}/../shared/bench\"")
add_test(NAME bench.rp1 COMMAND rp1 --data "${PROJECT_SOURCE_DIR}/tests/data/rp1_n2000_seed1.csv"
                                --passes 1)
set_tests_properties(bench.rp1 PROPERTIES LABELS bench)
