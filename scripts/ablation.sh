#!/usr/bin/env bash
# The generator ablation of docs/results/ablation: on the same data and for the same number of
# flow steps,
#   grid-pixel   the grid design, cells reading pixel-aligned features (the shipped design);
#   grid-global  the same network with the global image code only (--no-pixel-features);
#   first        the first design (one image code, MLP velocity network), retrained;
# each scored on the validation split (never test: settings are chosen on it). Resumable: rerun
# the same command. Runs live in ${LIFT3D_RUNS:-~/.cache/lift3d/runs}.
#   scripts/ablation.sh [flow steps (default 800)] [validation objects (default 40)]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/setup.sh"
flow="${1:-800}"
objects="${2:-40}"
ae="${LIFT3D_AE_STEPS:-2000}" # shape autoencoder steps of the grid variants
runs="${LIFT3D_RUNS:-$HOME/.cache/lift3d/runs}"
train="$LIFT3D_BUILD_DIR/app/lift3d-train"
evaluate="$LIFT3D_BUILD_DIR/app/lift3d-eval"
results="$LIFT3D_ROOT/docs/results/ablation"
export OMP_WAIT_POLICY=PASSIVE # fewer stalls when something else shares the two cores

# One shape autoencoder for both grid variants: the ablation is about the flow's conditioning.
"$train" --output "$runs/grid-ae" --autoencoder-steps "$ae" --flow-steps 0
evaluate_variant() {
    [ -f "$results/$1/report.md" ] && return
    # Iso level 0.3 for every variant: the first model's calibration, and the best of 0 and 0.3
    # for the grid autoencoder's ceiling on the validation split (docs/results/ceiling).
    "$evaluate" --split validation --max-objects "$objects" --steps 1,2,16 --iso 0.3 \
        --model "$runs/$1/model/manifest.json" --generator lift3d \
        --generator lift3d-flow-matching --output "$results/$1"
}
for variant in grid-pixel grid-global; do
    if [ ! -f "$runs/$variant/state.json" ]; then
        rm -rf "$runs/$variant.partial"
        cp -r "$runs/grid-ae" "$runs/$variant.partial"
        mv "$runs/$variant.partial" "$runs/$variant"
    fi
    extra=()
    [ "$variant" = grid-global ] && extra=(--no-pixel-features)
    "$train" --output "$runs/$variant" --autoencoder-steps "$ae" --flow-steps "$flow" \
        --flow-batch 64 --condition-dropout 0 "${extra[@]}"
    evaluate_variant "$variant"
done
"$train" --output "$runs/first" --architecture global --autoencoder-steps 1200 \
    --flow-steps "$flow" --flow-batch 64 --condition-dropout 0
evaluate_variant first
echo "wrote $results/{grid-pixel,grid-global,first}/report.md"
