#!/usr/bin/env bash
# Benchmark: overleg-cli against the Poppler tools on the same files, in the same run.
#   render: `overleg-cli render FILE --page 1 --dpi 150` vs `pdftoppm -f 1 -l 1 -r 150 -png`
#   text:   `overleg-cli text FILE` vs `pdftotext FILE -`
# Each command runs 7 times; the median wall time is compared. Prints ratios (ours / Poppler).
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

median_ms() { # runs "$@" 7 times, prints the median wall time in ms
    local times=()
    for _ in 1 2 3 4 5 6 7; do
        local start end
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1 || true
        end=$(date +%s%N)
        times+=($(( (end - start) / 1000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n 4p | awk '{printf "%.1f", $1 / 1000}'
}

printf '%-70s %9s %9s %7s\n' "file / operation" "ours ms" "poppler" "ratio"
for f in "${files[@]}"; do
    name=$(basename "$f")
    ours=$(median_ms "$cli" render "$f" --page 1 --dpi 150 --out "$work/ours.png")
    theirs=$(median_ms pdftoppm -f 1 -l 1 -r 150 -png "$f" "$work/theirs")
    printf '%-70s %9s %9s %7.2f\n' "$name: first page at 150 dpi" "$ours" "$theirs" "$(echo "$ours / $theirs" | bc -l)"
    ours=$(median_ms "$cli" text "$f")
    theirs=$(median_ms pdftotext "$f" -)
    printf '%-70s %9s %9s %7.2f\n' "$name: text" "$ours" "$theirs" "$(echo "$ours / $theirs" | bc -l)"
done
