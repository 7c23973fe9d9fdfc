#!/usr/bin/env bash
# Installs what is missing, builds, and starts Lift3D. Until the desktop window exists (issue #5)
# this runs the command-line tool on the given image (default: the bundled sample) and says
# where the mesh and a preview picture went.
#   scripts/run.sh [image]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

window="$LIFT3D_BUILD_DIR/app/lift3d"
cli="$LIFT3D_BUILD_DIR/app/lift3d-cli"

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x "$window" ]; then
    exec "$window" "$@"
fi
if [ ! -x "$window" ]; then
    echo "Lift3D: the desktop window is not built yet (issue #5); running the command-line tool instead."
fi
input="${1:-$LIFT3D_ROOT/resources/samples/sofa.png}"
output_dir="${LIFT3D_OUTPUT_DIR:-$PWD}"
output="$output_dir/$(basename "${input%.*}").glb"
"$cli" "$input" -o "$output" --preview
echo "Lift3D: wrote $output (and a picture of it: ${output%.glb}.preview.png)"
