#!/usr/bin/env bash
# Builds oversight and runs its tests: `bash tools/run-tests.sh [preset]` (default: dev).
#
# The tests need Catch2. When its CMake package is missing this script installs the Debian
# package `catch2` with apt-get (through sudo when not root), saying so first; then it runs
# `cmake --workflow --preset <preset>` (configure, build, test).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
preset="${1:-dev}"

have_catch2() {
  [[ -d /usr/lib/cmake/Catch2 || -d /usr/share/cmake/Catch2 ]] || dpkg -s catch2 >/dev/null 2>&1
}

if ! have_catch2; then
  install_cmd="apt-get update && apt-get install -y catch2"
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "run-tests: Catch2 is missing and there is no apt-get here. Install Catch2 with your" >&2
    echo "package manager, or configure with -DOVERSIGHT_FETCH_DEPENDENCIES=ON." >&2
    exit 1
  elif [[ "$(id -u)" -eq 0 ]]; then
    echo "run-tests: Catch2 is missing; installing it: ${install_cmd}"
    apt-get update && apt-get install -y catch2
  elif command -v sudo >/dev/null 2>&1; then
    echo "run-tests: Catch2 is missing; installing it with sudo: ${install_cmd}"
    sudo apt-get update && sudo apt-get install -y catch2
  else
    echo "run-tests: Catch2 is missing. As root, run: ${install_cmd}" >&2
    echo "then run this script again." >&2
    exit 1
  fi
fi

exec cmake --workflow --preset "${preset}"
