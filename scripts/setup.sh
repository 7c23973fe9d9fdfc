#!/usr/bin/env bash
# Shared by run.sh and test.sh: installs the Debian packages Lift3D needs (only those missing),
# then configures and builds (Release, incremental). Source it; it sets LIFT3D_BUILD_DIR.
set -euo pipefail

LIFT3D_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LIFT3D_BUILD_DIR="${LIFT3D_BUILD_DIR:-$LIFT3D_ROOT/build}"

# Debian 12 packages. libopenblas0-openmp matters: without it LibTorch falls back to the
# reference BLAS and matrix products run 10-20x slower.
LIFT3D_PACKAGES=(
    cmake ninja-build g++ pkg-config ccache
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    linguist-qt6 libqt6opengl6-dev qt6-image-formats-plugins qt6-qpa-plugins
    libtorch-dev libopenblas0-openmp
    libassimp-dev libglm-dev libmeshoptimizer-dev zlib1g-dev libminizip-dev libjpeg62-turbo-dev
    libsquish-dev
    libgl-dev libegl-dev libgl1-mesa-dri xvfb xauth
    clang libclang-rt-14-dev clang-format bc
)

lift3d_install_packages() {
    local missing=()
    for package in "${LIFT3D_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return
    fi
    echo "Lift3D: installing ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# Cache hits for any checkout location (a fresh clone builds from the cache of another).
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$LIFT3D_ROOT}"
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"

lift3d_build() {
    if [ ! -f "$LIFT3D_BUILD_DIR/build.ninja" ]; then
        cmake -S "$LIFT3D_ROOT" -B "$LIFT3D_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release
    fi
    cmake --build "$LIFT3D_BUILD_DIR" --parallel "$(nproc)"
}

lift3d_install_packages
if [ "${LIFT3D_SETUP_ONLY:-0}" != 1 ]; then
    lift3d_build
fi
