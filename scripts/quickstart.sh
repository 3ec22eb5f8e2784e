#!/usr/bin/env bash
# Quantscope set-up on Debian 12: installs the missing Debian packages, builds in Release and
#   run   (default) opens the workbench on the built-in demo model
#   test  runs the whole test suite headless (what CI runs)
# Safe to run again: it installs only what is missing and reuses the build in build/release.
set -euo pipefail

mode=${1:-run}
shift || true
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$root/build/release"

# Keep this list in step with README.md ("What gets installed").
packages=(
  build-essential cmake ninja-build ccache pkg-config
  libtorch-dev libopenblas0-pthread nlohmann-json3-dev libstb-dev zlib1g-dev
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
  libqcustomplot-dev libqcustomplot2.1-qt6
  dataset-fashion-mnist
  python3-torch
  xvfb xauth
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "Installing Debian packages: ${missing[*]}"
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

export CCACHE_BASEDIR="$root"
# core precompiles the torch headers; ccache caches such compiles only with these sloppiness settings.
export CCACHE_SLOPPINESS="${CCACHE_SLOPPINESS:-pch_defines,time_macros,include_file_mtime,include_file_ctime}"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --parallel "$(nproc)"

case "$mode" in
  run)
    exec "$build/app/quantscope" "$@"
    ;;
  test)
    # Headless: Qt renders offscreen. Benchmarks and the long retraining check carry labels of their own.
    cd "$build"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --label-exclude "benchmark|slow" "$@"
    ;;
  *)
    echo "usage: scripts/quickstart.sh [run|test] [arguments...]" >&2
    exit 2
    ;;
esac
