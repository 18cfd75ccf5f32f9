#!/bin/sh
# Instructions per contract of each RP-1 implementation and mode, counted by callgrind (exact and
# repeatable, unlike timings on a shared machine).
#
#   bench/rp1/instructions.sh [CONTRACTS.csv] [-- compiler flags]     default: tests/data N=2000, -O2
#
# Prints "<function> <instructions per contract>"; each count covers the function's body and what
# it calls, not the loop that calls it.
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
data=${1:-$root/tests/data/rp1_n2000_seed1.csv}
[ $# -gt 0 ] && shift
[ "$1" = "--" ] && shift
flags=${*:--O2}
cxx=${CXX:-g++}
sweeps=50
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# shellcheck disable=SC2086
"$cxx" -std=c++20 $flags -DNDEBUG -I "$root/include" "$here/instructions.cpp" -o "$work/instructions"
contracts=$(($(wc -l < "$data") - 1))
valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$work/instructions" "$data" "$sweeps" > /dev/null 2>&1
callgrind_annotate --inclusive=yes "$work/cg.out" 2> /dev/null |
  awk -v n="$contracts" -v s="$sweeps" '
    NF > 1 && $(NF - 1) ~ /^\?\?\?:(library|baseline)_(verdict|findings)(_by_reference)?$/ {
      name = $(NF - 1); gsub(",", "", $1); sub(/^\?\?\?:/, "", name); printf "%-32s %6.1f\n", name, $1 / (n * s)
    }' | sort
