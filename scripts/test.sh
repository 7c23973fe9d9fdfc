#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole ctest suite. GUI suites need an OpenGL
# context, so everything runs inside a virtual X server (Mesa llvmpipe).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

mkdir -p "$LIFT3D_BUILD_DIR/test-artifacts"
xvfb-run -a -s "-screen 0 1600x1200x24" \
    ctest --test-dir "$LIFT3D_BUILD_DIR" --output-on-failure "$@"
