#!/usr/bin/env bash
# Installs what is missing, builds, and runs everything CI runs:
#   0. clang-format --dry-run over the tracked sources (a file off the format fails the run),
#   1. the ctest suite (GUI suites inside a virtual X server, Mesa llvmpipe),
#   2. the same suite built with AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/),
#   3. each libFuzzer target for LIFT3D_FUZZ_SECONDS (default 20) seconds (build-fuzz/).
# `scripts/test.sh --quick` runs only the first; other arguments go to ctest.
set -euo pipefail
quick=0
if [ "${1:-}" = "--quick" ]; then
    quick=1
    shift
fi
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

echo "== Formatting (the repository's .clang-format)"
(cd "$LIFT3D_ROOT" && git ls-files -z '*.cpp' '*.h' | xargs -0 clang-format --dry-run -Werror)

mkdir -p "$LIFT3D_BUILD_DIR/test-artifacts"
xvfb-run -a -s "-screen 0 1600x1200x24" \
    ctest --test-dir "$LIFT3D_BUILD_DIR" --output-on-failure "$@"
if [ "$quick" = 1 ]; then
    exit 0
fi
echo "== AddressSanitizer + UndefinedBehaviorSanitizer suite"
bash "$LIFT3D_ROOT/scripts/test-sanitizers.sh" "$@"
echo "== Fuzzing"
bash "$LIFT3D_ROOT/scripts/fuzz.sh" "${LIFT3D_FUZZ_SECONDS:-20}"
