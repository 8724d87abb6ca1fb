#!/usr/bin/env bash
# Runs every benchmark against a build directory and prints the figures.
#   tests/bench/run-benchmarks.sh [BUILD_DIR]      (default: build/release)
set -euo pipefail
build="${1:-build/release}"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== Navigation tree on 100,000 documents"
"$build/tests/bench/bench_navigation" --keep "$work/big"

echo
echo "== Cold start to a usable window (main() to the first event loop turn after show)"
# First start: creates both databases and loads the sample library.
printf 'first start, sample library loaded: '
"$build/ui/overleg" --data-dir "$work/sample" --quit-after-start
for i in 1 2 3; do
    start=$(date +%s%N)
    printf 'start %d on the sample library: %s' "$i" "$("$build/ui/overleg" --data-dir "$work/sample" --quit-after-start)"
    echo "  (process wall time $(( ($(date +%s%N) - start) / 1000000 )) ms)"
done
for i in 1 2; do
    start=$(date +%s%N)
    printf 'start %d on 100,000 documents: %s' "$i" "$("$build/ui/overleg" --data-dir "$work/big" --quit-after-start)"
    echo "  (process wall time $(( ($(date +%s%N) - start) / 1000000 )) ms)"
done
