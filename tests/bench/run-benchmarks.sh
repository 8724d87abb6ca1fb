#!/usr/bin/env bash
# Runs every benchmark against a build directory and prints the figures.
#   tests/bench/run-benchmarks.sh [BUILD_DIR]      (default: build/release)
set -euo pipefail
build="${1:-build/release}"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== overleg-cli against pdftoppm and pdftotext (alternating, median of 11 runs each, ratio = ours / Poppler)"
"$(dirname "$0")/bench_documents.sh" "$build"

echo
echo "== The viewer on a 306-page PDF (18 copies of kst-29338-289 joined with pdfunite)"
pdfunite $(for _ in $(seq 18); do echo tests/data/kst-29338-289.pdf; done) "$work/long.pdf"
"$build/tests/bench/bench_viewer" "$work/long.pdf" 2>/dev/null
start=$(date +%s%N)
pdftoppm -f 1 -l 1 -r 116 -png "$work/long.pdf" "$work/first" 2>/dev/null
echo "pdftoppm, first page of the same file at 116 dpi: $(( ($(date +%s%N) - start) / 1000000 )) ms (process)"

echo
echo "== Question extraction after text extraction"
"$build/tests/bench/bench_questions"

echo
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

echo
echo "== Sync: 200,000 entities from a local SyncFeed server into SQLite"
"$build/tests/bench/bench_sync"

echo
echo "== Export: a 500-question report"
"$build/tests/bench/bench_export" 2>/dev/null

echo
echo "== Team workspace on a PostgreSQL 15 server started for the run (initdb + pg_ctl)"
"$build/tests/bench/bench_workspace"
