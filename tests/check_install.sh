#!/usr/bin/env bash
# `cmake --install` into a scratch root puts every piece where a desktop expects it, and the
# installed CLI finds the installed model.
set -euo pipefail
build_dir="$1"
sample="$2"
root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT
DESTDIR="$root" cmake --install "$build_dir" --prefix /usr > /dev/null
for file in bin/lift3d bin/lift3d-import bin/lift3d-cli bin/lift3d-train share/applications/lift3d.desktop \
            share/icons/hicolor/256x256/apps/lift3d.png share/icons/hicolor/scalable/apps/lift3d.svg \
            share/lift3d/models/manifest.json share/lift3d/models/lift3d-model.pt \
            share/lift3d/models/segmenter.json share/lift3d/models/segmenter.pt; do
    [ -f "$root/usr/$file" ] || { echo "missing after install: /usr/$file"; exit 1; }
done
grep -q '^Exec=lift3d' "$root/usr/share/applications/lift3d.desktop"
grep -q '^Icon=lift3d$' "$root/usr/share/applications/lift3d.desktop"
# The installed binary must use the installed models, not the source tree's: the generator, and
# the segmenter, which the CLI loads for every run without --mask and complains about on stderr
# when it is missing or damaged.
env -u LIFT3D_MODEL_DIR -u LIFT3D_SEGMENTER "$root/usr/bin/lift3d-cli" "$sample" --quality fast \
    -o "$root/out.glb" > /dev/null 2> "$root/stderr.txt" || { cat "$root/stderr.txt"; exit 1; }
[ -s "$root/out.glb" ]
if grep -q "segmentation model" "$root/stderr.txt"; then
    cat "$root/stderr.txt"
    exit 1
fi
echo "install layout ok"
