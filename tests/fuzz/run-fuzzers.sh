#!/usr/bin/env bash
# Runs every libFuzzer target of tests/fuzz for SECONDS each, one after the other, on a scratch
# copy of the seed corpus (tests/fuzz/corpus/<target>), so the checked-in seeds never change.
# Exits 1 when any target crashed, leaked, hung (-timeout) or ran out of memory, after printing
# the path of each input that did it; 0 when every target ran its time clean.
#
#   cmake --preset fuzz && cmake --build --preset fuzz
#   tests/fuzz/run-fuzzers.sh build/fuzz 60 [TARGET...]
#
# WORK_DIR (default: a new directory under /tmp) keeps the grown corpora and the artifacts.
set -uo pipefail

if (($# < 2)); then
    echo "usage: $0 BUILD_DIR SECONDS [TARGET...]" >&2
    exit 2
fi
build_dir=$(cd "$1" && pwd)
seconds=$2
shift 2
source_dir=$(cd "$(dirname "$0")" && pwd)

# The longest input each target is given: room for its real seeds, little more (longer inputs
# only make each run slower).
declare -A max_len=(
    [syncfeed]=65536 [office]=131072 [html]=65536 [xml]=65536
    [questions]=16384 [notesbundle]=16384 [pdfwords]=131072
)
# Tokens worth inserting whole (tests/fuzz/dict).
declare -A dict=(
    [syncfeed]=markup [office]=markup [html]=markup [xml]=markup
    [questions]=questions [notesbundle]=json
)
targets=("$@")
((${#targets[@]})) || targets=(syncfeed office html xml questions notesbundle pdfwords)

work=${WORK_DIR:-$(mktemp -d /tmp/overleg-fuzz.XXXXXX)}
mkdir -p "$work"
echo "Fuzzing ${targets[*]} for ${seconds}s each in $work"

failed=0
for t in "${targets[@]}"; do
    binary="$build_dir/tests/fuzz/fuzz_$t"
    if [[ ! -x $binary || -z ${max_len[$t]:-} ]]; then
        echo "$t: no such fuzz target ($binary)" >&2
        failed=1
        continue
    fi
    corpus="$work/corpus/$t"
    artifacts="$work/artifacts/$t"
    mkdir -p "$corpus" "$artifacts"
    cp -n "$source_dir/corpus/$t/"* "$corpus/" 2>/dev/null || true
    log="$work/$t.log"
    options=(-max_total_time="$seconds" -max_len="${max_len[$t]}" -rss_limit_mb=2048 -timeout=10
             -print_final_stats=1 -artifact_prefix="$artifacts/")
    [[ -n ${dict[$t]:-} ]] && options+=(-dict="$source_dir/dict/${dict[$t]}.dict")
    start=$(date +%s)
    # UBSan findings abort (the preset builds with -fno-sanitize-recover); leaks are reported.
    ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} \
        UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
        QT_LOGGING_RULES='*=false' \
        "$binary" "$corpus" "${options[@]}" >"$log" 2>&1
    rc=$?
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$')
    found=$(find "$artifacts" -type f | sort)
    if ((rc != 0)) || [[ -n $found ]]; then
        failed=1
        echo "$t: FAILED (exit $rc) after $(($(date +%s) - start))s; log: $log"
        grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error)' "$log" | head -5 | sed 's/^/    /'
        for f in $found; do
            echo "    input: $f"
        done
    else
        echo "$t: ok, ${runs:-?} runs in $(($(date +%s) - start))s, corpus $(ls "$corpus" | wc -l) files"
    fi
done
exit $failed
