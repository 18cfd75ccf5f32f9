#!/usr/bin/env bash
# Runs every libFuzzer target of the fuzz build for a fixed time on a fixed seed, two at a time,
# and fails on any crash, leak, sanitizer report or time-out.
#
#   cmake --preset fuzz && cmake --build --preset fuzz
#   bash tools/run-fuzzers.sh [seconds per target, default 60] [build dir, default build/fuzz]
#
# Each target starts from its checked-in corpus (tests/fuzz/corpus/<name>/, copied: what the
# fuzzer adds stays in the build directory). A crashing input is kept as
# <build dir>/fuzz-runs/<name>/crash-*: add it to tests/fuzz/corpus/<name>/ with the fix, so
# that every build replays it (the CTest entries fuzz.<name>.corpus).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds="${1:-60}"
build="${2:-build/fuzz}"
jobs="${FUZZ_JOBS:-2}"

mapfile -t fuzzers < <(find "${build}/tests/fuzz" -maxdepth 1 -type f -name 'oversight_fuzz_*' -perm -u+x \
                         ! -name 'oversight_fuzz_replay_*' | sort)
if ((${#fuzzers[@]} == 0)); then
  echo "run-fuzzers: no fuzz target in ${build}/tests/fuzz; build them with" >&2
  echo "  cmake --preset fuzz && cmake --build --preset fuzz" >&2
  exit 1
fi
runs="${build}/fuzz-runs"
rm -rf "${runs}"
mkdir -p "${runs}"

# run_one <fuzzer>: exit status of the fuzzer; its log in ${runs}/<name>/log.
run_one() {
  local fuzzer="$1" name
  name="$(basename "${fuzzer}")"
  name="${name#oversight_fuzz_}"
  mkdir -p "${runs}/${name}/corpus"
  cp -R "tests/fuzz/corpus/${name}/." "${runs}/${name}/corpus/"
  "${fuzzer}" -seed=1 -max_total_time="${seconds}" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="${runs}/${name}/" "${runs}/${name}/corpus" \
    >"${runs}/${name}/log" 2>&1
}

declare -A pid_of=()
failed=()
wait_for() {
  local name="$1" status=0
  wait "${pid_of[${name}]}" || status=$?
  local execs
  execs="$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "${runs}/${name}/log" | grep -Eo '[0-9]+$' || echo '?')"
  if ((status == 0)); then
    printf '  %-20s ok, %s inputs in %s s\n' "${name}" "${execs}" "${seconds}"
  else
    printf '  %-20s FAILED (exit %d); the end of its log:\n' "${name}" "${status}"
    tail -n 40 "${runs}/${name}/log" | sed 's/^/    /'
    failed+=("${name}")
  fi
  unset "pid_of[${name}]"
}

echo "fuzzing ${#fuzzers[@]} targets for ${seconds} s each, ${jobs} at a time, seed 1:"
queue=()
for fuzzer in "${fuzzers[@]}"; do
  name="$(basename "${fuzzer}")"
  name="${name#oversight_fuzz_}"
  run_one "${fuzzer}" &
  pid_of["${name}"]=$!
  queue+=("${name}")
  if ((${#pid_of[@]} >= jobs)); then
    wait_for "${queue[0]}"
    queue=("${queue[@]:1}")
  fi
done
for name in "${queue[@]}"; do wait_for "${name}"; done

if ((${#failed[@]} > 0)); then
  echo "run-fuzzers: ${#failed[@]} target(s) failed: ${failed[*]} (inputs kept in ${runs}/<name>/)" >&2
  exit 1
fi
echo "run-fuzzers: every target ran ${seconds} s without a finding"
