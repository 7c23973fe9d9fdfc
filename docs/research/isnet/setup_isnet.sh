#!/bin/bash
# Proposed Lift3D setup step: fetch ISNet (IMG.LY's fp16 "medium" ONNX) from the npm registry once,
# reassemble it, convert it to an fp32 OpenCV-DNN-loadable model, cache it. Nothing is fetched at run time.
# Needs: npm, node, python3-onnx + python3-numpy (Debian), sha256sum.
set -euo pipefail
VER=1.4.5
TGZ_SHA1=7ae6b2efda2b51bea8aa01dda727093b6a6e8a0e          # npm "shasum" of the 1.4.5 tarball
FP16_SHA256=b6e8497ba978a6f5fbb647e419d2696cd80df5a23cb6a8ea532021911bd76acb
FP32_SHA256=4ac63237de49b8c72adf956f0107cca740b64c1484469db086b7bb599541b44c
HERE=$(cd "$(dirname "$0")" && pwd)
CACHE=${LIFT3D_CACHE:-$HOME/.cache/lift3d}
OUT=$CACHE/models/isnet-medium-fp32-v$VER.onnx
[ -f "$OUT" ] && echo "$FP32_SHA256  $OUT" | sha256sum -c --quiet && { echo "ISNet cached: $OUT"; exit 0; }
mkdir -p "$CACHE/npm" "$CACHE/models"
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
( cd "$CACHE/npm" && [ -f imgly-background-removal-data-$VER.tgz ] || npm pack --silent "@imgly/background-removal-data@$VER" >/dev/null )
echo "$TGZ_SHA1  $CACHE/npm/imgly-background-removal-data-$VER.tgz" | sha1sum -c --quiet
# only the medium model's chunks are needed (~88 MB of the 136 MB tarball)
tar xzf "$CACHE/npm/imgly-background-removal-data-$VER.tgz" -C "$TMP" package/dist/resources.json package/LICENSE.md package/ThirdPartyLicenses.json
CHUNKS=$(node -e 'const r=require(process.argv[1])["/models/medium"]; console.log(r.chunks.map(c=>"package/dist/"+c.hash).join(" "))' "$TMP/package/dist/resources.json")
tar xzf "$CACHE/npm/imgly-background-removal-data-$VER.tgz" -C "$TMP" $CHUNKS
node "$HERE/assemble.mjs" "$TMP/package" /models/medium "$TMP/isnet_fp16.onnx"
echo "$FP16_SHA256  $TMP/isnet_fp16.onnx" | sha256sum -c --quiet
/usr/bin/python3 "$HERE/convert.py" "$TMP/isnet_fp16.onnx" "$TMP/isnet_fp32.onnx"
echo "$FP32_SHA256  $TMP/isnet_fp32.onnx" | sha256sum -c --quiet
cp "$TMP/package/LICENSE.md" "$CACHE/models/isnet-medium-v$VER.LICENSE.md"
mv "$TMP/isnet_fp32.onnx" "$OUT"
echo "ISNet ready: $OUT"
