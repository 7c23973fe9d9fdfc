#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (build-fuzz/), makes their seed corpora from files the
# project generates itself, and runs each for a bounded time (LIFT3D_FUZZ_SECONDS, default 30).
# A crash, a sanitizer report or a leak stops with the input saved in build-fuzz/findings/.
#   scripts/fuzz.sh [seconds]
set -euo pipefail
LIFT3D_SETUP_ONLY=1 source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
seconds="${1:-${LIFT3D_FUZZ_SECONDS:-30}}"
fuzz_dir="${LIFT3D_FUZZ_BUILD_DIR:-$LIFT3D_ROOT/build-fuzz}"
if [ ! -f "$fuzz_dir/build.ninja" ]; then
    CC=clang CXX=clang++ cmake -S "$LIFT3D_ROOT" -B "$fuzz_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DLIFT3D_FUZZ=ON -DLIFT3D_BUILD_TESTS=OFF
fi
cmake --build "$fuzz_dir" --parallel "$(nproc)" --target fuzz_image fuzz_mask fuzz_mesh_import fuzz_manifest fuzz_segmenter_manifest fuzz_pmd fuzz_dds fuzz_shard

# Seeds: the bad-input corpus and the sample (images), the sample mesh in every format the
# normal build exports (meshes), the bundled manifest and damaged variants (manifests).
seeds="$fuzz_dir/seeds"
rm -rf "$seeds"
mkdir -p "$seeds/image" "$seeds/mask" "$seeds/mesh" "$seeds/manifest" "$seeds/segmenter_manifest" "$seeds/pmd" "$seeds/dds" "$seeds/shard" \
    "$fuzz_dir/findings"
# The dataset readers start from a byte each; their headers are small enough to find.
printf "PSMD" > "$seeds/pmd/magic"
printf "DDS " > "$seeds/dds/magic"
printf "L3SH" > "$seeds/shard/magic"
if [ -x "$LIFT3D_BUILD_DIR/tests/make-bad-inputs" ]; then
    QT_QPA_PLATFORM=offscreen "$LIFT3D_BUILD_DIR/tests/make-bad-inputs" "$seeds/corpus" > /dev/null
    find "$seeds/corpus" -maxdepth 1 -type f -size -64k -exec cp {} "$seeds/image/" \;
    rm -rf "$seeds/corpus"
fi
cp "$LIFT3D_ROOT/resources/samples/sofa.png" "$seeds/image/"
# Masks: every image seed (RGB, alpha, damaged), plus a real 8-bit greyscale mask from the CLI.
cp "$seeds/image/"* "$seeds/mask/"
if [ -x "$LIFT3D_BUILD_DIR/app/lift3d-cli" ]; then
    index=0
    for format in obj stl ply glb gltf fbx 3mf; do
        "$LIFT3D_BUILD_DIR/app/lift3d-cli" "$LIFT3D_ROOT/resources/samples/sofa.png" --quality fast --faces 300 \
            -o "$seeds/tmp.$format" > /dev/null 2>&1 || true
        # The fuzzer's first byte picks the extension (see fuzz/fuzz_mesh_import.cpp).
        case $format in obj) b=0;; stl) b=1;; ply) b=2;; glb) b=3;; gltf) b=4;; fbx) b=7;; 3mf) b=6;; esac
        if [ -f "$seeds/tmp.$format" ]; then
            { printf "\\x$(printf %02x $b)"; cat "$seeds/tmp.$format"; } > "$seeds/mesh/seed-$index"
            index=$((index + 1))
        fi
    done
    rm -f "$seeds"/tmp.*
    "$LIFT3D_BUILD_DIR/app/lift3d-cli" "$LIFT3D_ROOT/resources/samples/sofa.png" --model test-shape \
        --quality fast --save-mask "$seeds/mask/sofa-mask.png" -o "$seeds/tmp.glb" > /dev/null 2>&1 || true
    rm -f "$seeds"/tmp.*
fi
cp "$LIFT3D_ROOT/resources/models/manifest.json" "$seeds/manifest/bundled.json"
sed 's/"formatVersion": 1/"formatVersion": 2/' "$LIFT3D_ROOT/resources/models/manifest.json" > "$seeds/manifest/version.json"
sed 's/lift3d-model.pt/..\/x.pt/' "$LIFT3D_ROOT/resources/models/manifest.json" > "$seeds/manifest/escape.json"
cp "$LIFT3D_ROOT/resources/models/segmenter.json" "$seeds/segmenter_manifest/bundled.json"
sed 's/"inputSide": 128/"inputSide": 100/' "$LIFT3D_ROOT/resources/models/segmenter.json" > "$seeds/segmenter_manifest/side.json"
# One that passes every check: the checksum of the fuzzer's stand-in weights (fuzz_segmenter_manifest.cpp).
printf '{"format": "lift3d-segmenter", "formatVersion": 1, "inputSide": 128, "weights": "segmenter.pt", "sha256": "6bc9509551b471fd7d25a12b99a9d825e866b1ad02f9f9b5071757ab66d30e68"}' \
    > "$seeds/segmenter_manifest/valid.json"

export ASAN_OPTIONS="detect_leaks=1"
export LSAN_OPTIONS="suppressions=$LIFT3D_ROOT/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
echo "| target | seconds | executions | result |"
echo "|---|---|---|---|"
status=0
for target in image mask mesh_import manifest segmenter_manifest pmd dds shard; do
    corpus="$fuzz_dir/corpus/$target"
    mkdir -p "$corpus"
    seed_dir="$seeds/${target%_import}"
    log="$fuzz_dir/fuzz_$target.log"
    extra=()
    if [ "$target" = mesh_import ]; then
        # Debian's Assimp hangs and crashes on some damaged files (tests/data/fuzz-assimp-*).
        # The window reads meshes in a helper process (lift3d-import) for that reason, so here
        # fuzzing goes on past them (fork mode); afterwards every crash is replayed and only
        # one whose first frame is outside libassimp (our code) counts as a finding.
        extra=(-fork=1 -ignore_timeouts=1 -ignore_crashes=1 -timeout=5)
    else
        extra=(-timeout=20)
    fi
    if "$fuzz_dir/fuzz/fuzz_$target" "$corpus" "$seed_dir" -max_total_time="$seconds" -rss_limit_mb=3072 \
        "${extra[@]}" -artifact_prefix="$fuzz_dir/findings/$target-" -print_final_stats=1 > "$log" 2>&1; then
        result="no findings"
    else
        result="FINDING: see $log"
        [ "$target" = mesh_import ] || status=1
    fi
    if [ "$target" = mesh_import ]; then
        # Fork mode: the last "#N:" status line counts executions over all jobs.
        runs=$(grep -o '^#[0-9]*:' "$log" | tail -1 | tr -d '#:' || echo "?")
        hangs=$(ls "$fuzz_dir/findings" | grep -c "^$target-timeout" || true)
        # Assimp and the libraries it reads through (zlib, minizip, draco...).
        assimp_libs="libassimp"
        assimp_so=$(ldconfig -p | grep -o '/[^ ]*libassimp\.so\.[0-9]*$' | head -1 || true)
        if [ -n "$assimp_so" ]; then
            for dep in $(ldd "$assimp_so" | awk '{print $1}' | grep -v -E '^(linux-vdso|/|libc\.|libm\.|libstdc|libgcc)' || true); do
                assimp_libs="$assimp_libs|${dep%%.so*}\\.so"
            done
        fi
        assimp_crashes=0
        ours=0
        unreproduced=0
        for crash in "$fuzz_dir/findings/$target"-crash-*; do
            [ -e "$crash" ] || continue
            # The frame that decides is the first one past the sanitizer's own interceptors
            # (operator new, malloc, memcpy...) and the C and C++ runtime libraries: an
            # allocation of 64 GB that Assimp asks for from a damaged header fails inside
            # operator new, yet it is Assimp's doing. Likewise a crash in zlib under Assimp's
            # 3MF reader.
            frames=$(timeout 60 "$fuzz_dir/fuzz/fuzz_$target" "$crash" 2>&1 | grep -E '^ *#[0-9]+ ' || true)
            # Frames of the fuzz binary without a source line are the sanitizer runtime's.
            deciding=$(echo "$frames" | grep -v -E ' in (operator new|operator delete|malloc|calloc|realloc|free|__interceptor_|__asan_|__sanitizer|__ubsan)|libc\.so|libstdc\+\+|libgcc_s' \
                | grep -v -E "/fuzz_$target\+0x[0-9a-f]+\)" | head -1 || true)
            if [ -z "$frames" ]; then
                unreproduced=$((unreproduced + 1))
                echo "not reproduced on replay (no stack): $crash" >> "$log"
            elif echo "$deciding" | grep -q -E "$assimp_libs"; then
                assimp_crashes=$((assimp_crashes + 1))
            else
                ours=$((ours + 1))
                echo "finding outside Assimp: $crash ($deciding)" >> "$log"
            fi
        done
        if [ "$ours" -gt 0 ]; then
            result="FINDING: $ours crash(es) in Lift3D code, see $log"
            status=1
        else
            result="0 in Lift3D code; Assimp: $assimp_crashes crash(es), $hangs hang(s), contained by lift3d-import"
            [ "$unreproduced" -eq 0 ] || result="$result; $unreproduced not reproduced on replay"
        fi
    else
        runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    fi
    echo "| fuzz_$target | $seconds | $runs | $result |"
done
exit $status
