#!/usr/bin/env bash
# Installs what is missing, builds, and starts the Lift3D window. Arguments go to the window:
#   scripts/run.sh [image-or-mesh-file] [--language de] [--model manifest.json]
# Without a display (a server, a CI box) the window runs once in a virtual X server on the
# given image (default: the bundled sample) and a screenshot of it is written instead.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

window="$LIFT3D_BUILD_DIR/app/lift3d"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec "$window" "$@"
fi
input="${1:-$LIFT3D_ROOT/resources/samples/sofa.png}"
shift || true
screenshot="${LIFT3D_OUTPUT_DIR:-$PWD}/lift3d-window.png"
echo "Lift3D: no display here; running the window in a virtual X server on $input."
xvfb-run -a -s "-screen 0 1600x1200x24" "$window" "$input" --screenshot "$screenshot" "$@"
