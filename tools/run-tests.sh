#!/usr/bin/env bash
# Builds oversight and runs its tests: `bash tools/run-tests.sh [preset]` (default: dev).
#
# The tests need Catch2 and nlohmann/json (for the OCDS adapter). When their CMake packages are
# missing this script installs the Debian packages `catch2` and `nlohmann-json3-dev` with
# apt-get (through sudo when not root), saying so first; then it runs
# `cmake --workflow --preset <preset>` (configure, build, test).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
preset="${1:-dev}"

have_catch2() {
  [[ -d /usr/lib/cmake/Catch2 || -d /usr/share/cmake/Catch2 ]] || dpkg -s catch2 >/dev/null 2>&1
}
have_nlohmann_json() {
  [[ -d /usr/share/cmake/nlohmann_json || -d /usr/lib/cmake/nlohmann_json ]] || dpkg -s nlohmann-json3-dev >/dev/null 2>&1
}

missing=()
have_catch2 || missing+=(catch2)
have_nlohmann_json || missing+=(nlohmann-json3-dev)
if ((${#missing[@]} > 0)); then
  install_cmd="apt-get update && apt-get install -y ${missing[*]}"
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "run-tests: missing ${missing[*]} and there is no apt-get here. Install Catch2 and" >&2
    echo "nlohmann/json with your package manager, or configure with -DOVERSIGHT_FETCH_DEPENDENCIES=ON." >&2
    exit 1
  elif [[ "$(id -u)" -eq 0 ]]; then
    echo "run-tests: missing ${missing[*]}; installing: ${install_cmd}"
    apt-get update && apt-get install -y "${missing[@]}"
  elif command -v sudo >/dev/null 2>&1; then
    echo "run-tests: missing ${missing[*]}; installing with sudo: ${install_cmd}"
    sudo apt-get update && sudo apt-get install -y "${missing[@]}"
  else
    echo "run-tests: missing ${missing[*]}. As root, run: ${install_cmd}" >&2
    echo "then run this script again." >&2
    exit 1
  fi
fi

exec cmake --workflow --preset "${preset}"
