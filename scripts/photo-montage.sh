#!/usr/bin/env bash
# Real photos of everyday objects -> Lift3D meshes, as one montage (JPEG, to keep the repository small):
#   the photo | the mask used | the mesh (front and three-quarter view).
#   scripts/photo-montage.sh [output-dir (default docs/results/photos)] [lift3d-cli options...]
# Photos come from Debian packages (scripts/fetch-photos.sh, credits in the output's CREDITS.md).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/setup.sh"
output="${1:-$LIFT3D_ROOT/docs/results/photos}"
shift || true
if ! command -v montage >/dev/null; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends imagemagick
fi
photos="${LIFT3D_PHOTOS:-$HOME/.cache/lift3d/photos}"
LIFT3D_PHOTOS="$photos" bash "$here/fetch-photos.sh"
mkdir -p "$output"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rows=()
for photo in "$photos"/*.jpg "$photos"/*.png; do
    name="$(basename "${photo%.*}")"
    case "$name" in *-matte) continue ;; esac
    if ! "$LIFT3D_BUILD_DIR/app/lift3d-cli" "$photo" -o "$work/$name.glb" --preview \
        --save-mask "$work/$name-mask.png" "$@" > "$work/$name.log" 2>&1; then
        echo "$name: $(tail -n 1 "$work/$name.log")"
        continue
    fi
    montage -label "$name" "$photo" -label "mask" "$work/$name-mask.png" \
        -label "mesh" "$work/$name.preview.png" -tile 3x1 -geometry 256x256+4+4 \
        -pointsize 14 "$work/$name-row.png"
    rows+=("$work/$name-row.png")
done
montage "${rows[@]}" -tile 2x -geometry +2+2 -quality 88 "$output/montage.jpg"
cp "$photos/CREDITS.md" "$output/CREDITS.md"
echo "wrote $output/montage.jpg"
