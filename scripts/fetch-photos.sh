#!/usr/bin/env bash
# Fetches real photographs of everyday objects that Debian packages ship, for the montage of
# generated meshes (docs/results/photos) and mask checks on real photos. Nothing here is used for
# training. Files land in ${LIFT3D_PHOTOS:-~/.cache/lift3d/photos}; the packages are unpacked
# (not installed) under ~/.cache/lift3d/photo-packages and their copyright files kept beside the
# photos. Rerunning skips what is there.
set -euo pipefail
photos="${LIFT3D_PHOTOS:-$HOME/.cache/lift3d/photos}"
packages="$HOME/.cache/lift3d/photo-packages"
mkdir -p "$photos" "$packages"

# name | package | path inside the package | licence (from the package's copyright file)
list='
coffee-cup.png|python3-skimage|usr/lib/python3/dist-packages/skimage/data/coffee.png|CC0 (photo by Rachel Michetti), package BSD-3-Clause
motorcycle.png|python3-skimage|usr/lib/python3/dist-packages/skimage/data/motorcycle_left.png|BSD-3-Clause (Middlebury 2014 stereo data)
apple.jpg|opencv-doc|usr/share/doc/opencv-doc/examples/data/apple.jpg|Apache-2.0 AND BSD-3-Clause
orange.jpg|opencv-doc|usr/share/doc/opencv-doc/examples/data/orange.jpg|Apache-2.0 AND BSD-3-Clause
potted-plant.jpg|opencv-doc|usr/share/doc/opencv-doc/examples/alphamat/input_images/plant.jpg|Apache-2.0 AND BSD-3-Clause
latte-cup.jpg|gnome-control-center-data|usr/share/pixmaps/faces/coffee2.jpg|GNOME Settings data: GPL-2+ and GPL-3+ and LGPL-2.1+ and CC0-1.0 (no line for this file)
gamepad.jpg|gnome-control-center-data|usr/share/pixmaps/faces/gamepad.jpg|as latte-cup.jpg
headphones.jpg|gnome-control-center-data|usr/share/pixmaps/faces/headphones.jpg|as latte-cup.jpg
teddy-cutout.png|xteddy|usr/share/xteddy/xtrouble.png|GPL-2+ (photo by Richard Neill)
puppy-cutout.png|xteddy|usr/share/xteddy/xpuppy.png|GPL-2+
hedgehog-cutout.png|xteddy|usr/share/xteddy/xhedgehog.png|GPL-2+
'
credits="$photos/CREDITS.md"
echo "# Photos (fetched by scripts/fetch-photos.sh)" > "$credits.tmp"
echo >> "$credits.tmp"
echo "| file | Debian package | path | licence |" >> "$credits.tmp"
echo "|---|---|---|---|" >> "$credits.tmp"
while IFS='|' read -r name package path licence; do
    [ -n "$name" ] || continue
    echo "| $name | $package | /$path | $licence |" >> "$credits.tmp"
    [ -f "$photos/$name" ] && continue
    if [ ! -d "$packages/$package" ]; then
        (cd "$packages" && apt-get download "$package" >/dev/null)
        deb=$(ls "$packages"/"${package}"_*.deb | head -n 1)
        dpkg-deb -x "$deb" "$packages/$package.partial"
        mv "$packages/$package.partial" "$packages/$package"
        rm -f "$deb"
    fi
    cp "$packages/$package/$path" "$photos/$name.tmp"
    mv "$photos/$name.tmp" "$photos/$name"
    [ -f "$packages/$package/usr/share/doc/$package/copyright" ] &&
        cp "$packages/$package/usr/share/doc/$package/copyright" "$photos/$package.copyright"
done <<< "$list"
mv "$credits.tmp" "$credits"
echo "photos in $photos (credits: $credits)"
