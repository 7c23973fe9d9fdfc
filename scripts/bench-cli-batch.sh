#!/usr/bin/env bash
# A CLI batch of N images (default 1000) in fast mode: wall time and peak resident memory, next
# to a batch of N/10, to show that memory stays bounded however long the batch is.
#   scripts/bench-cli-batch.sh [N]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${LIFT3D_BUILD_DIR:-$root/build}"
count="${1:-1000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Inputs: the sample and the corpus pictures that must work, copied round-robin.
QT_QPA_PLATFORM=offscreen "$build/tests/make-bad-inputs" "$work/corpus" > "$work/corpus.txt"
sources=("$root/resources/samples/sofa.png")
for name in rgb16.png grey.png palette.png cmyk.jpg plain.bmp plain.webp; do
    sources+=("$work/corpus/$name")
done
run() {
    local n="$1" folder="$work/in-$1"
    mkdir -p "$folder" "$work/out-$n"
    for ((i = 0; i < n; i++)); do
        local source="${sources[$((i % ${#sources[@]}))]}"
        cp "$source" "$folder/$(printf '%05d' "$i").${source##*.}"
    done
    local start end
    start=$(date +%s.%N)
    # The CLI itself reports its peak (VmHWM) on exit with LIFT3D_REPORT_PEAK_MEMORY.
    LIFT3D_REPORT_PEAK_MEMORY=1 "$build/app/lift3d-cli" "$folder" -o "$work/out-$n" --quality fast 2> "$work/log-$n" || true
    end=$(date +%s.%N)
    local peak converted
    peak=$(grep -o 'peak resident memory [0-9]* MB' "$work/log-$n" | grep -o '[0-9]*' || echo "?")
    converted=$(ls "$work/out-$n" | wc -l)
    printf '| %d | %d | %.1f s | %s MB |\n' "$n" "$converted" "$(echo "$end - $start" | bc)" "$peak"
}
echo "| images | meshes written | wall time | peak resident memory |"
echo "|---|---|---|---|"
run $((count / 10))
run "$count"
