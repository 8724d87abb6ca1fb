#!/usr/bin/env bash
# Benchmark: overleg-cli against the Poppler tools on the same files, in the same run.
#   render: `overleg-cli render FILE --page 1 --dpi 150` vs `pdftoppm -f 1 -l 1 -r 150 -png`
#   text:   `overleg-cli text FILE` vs `pdftotext FILE -`
# Ours and theirs run alternately, 11 times each; the median wall times are compared. Prints
# ratios (ours / Poppler).
set -euo pipefail
build="${1:-build/release}"
shift || true
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
    files=(tests/data/ah-tk-20202021-3235.pdf tests/data/kst-29338-289.pdf
           tests/data/ministerie-brief_contourennota-intrekking-spreidingswet_1848_ic.pdf
           tests/data/toezeggingen_commissie_bme.pdf)
fi
cli="$build/app/cli/overleg-cli"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

runs=11
# Runs two commands alternately $runs times each (so that the machine's speed, which drifts,
# touches both alike) and prints "ours_ms theirs_ms ratio" from the medians.
compare() { # compare "our command" "their command"
    local ours=() theirs=() start
    for _ in $(seq $runs); do
        start=$(date +%s%N); eval "$1" >/dev/null 2>&1 || true; ours+=($(( ($(date +%s%N) - start) / 1000 )))
        start=$(date +%s%N); eval "$2" >/dev/null 2>&1 || true; theirs+=($(( ($(date +%s%N) - start) / 1000 )))
    done
    local mid=$(( (runs + 1) / 2 ))
    local a b
    a=$(printf '%s\n' "${ours[@]}" | sort -n | sed -n ${mid}p)
    b=$(printf '%s\n' "${theirs[@]}" | sort -n | sed -n ${mid}p)
    awk -v a="$a" -v b="$b" 'BEGIN { printf "%9.1f %9.1f %7.2f", a / 1000, b / 1000, a / b }'
}

printf '%-70s %9s %9s %7s\n' "file / operation" "ours ms" "poppler" "ratio"
for f in "${files[@]}"; do
    name=$(basename "$f")
    printf '%-70s %s\n' "$name: first page at 150 dpi" \
        "$(compare "'$cli' render '$f' --page 1 --dpi 150 --out '$work/ours.png'" \
                   "pdftoppm -f 1 -l 1 -r 150 -png '$f' '$work/theirs'")"
    printf '%-70s %s\n' "$name: text" "$(compare "'$cli' text '$f'" "pdftotext '$f' -")"
done
