#!/usr/bin/env bash
# Configures (once) and builds one of the two configurations of the one CMake build:
#   build.sh native   shared/, the unit and ui tests (Debug, host compiler)
#   build.sh web      the web app and the wasm unit tests (Emscripten, -O2)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$here/scripts/versions.sh"
cache="$(homeworks_cache_dir)"
export NODE_PATH=/usr/share/nodejs  # emscripten's JS optimiser needs acorn from Debian
kind=${1:?usage: build.sh native|web}
dir="$here/build/$kind"
# Configured once, and again when the build type below changes.
configured() { grep -qx "CMAKE_BUILD_TYPE:STRING=$1" "$dir/CMakeCache.txt" 2>/dev/null && [[ -f $dir/build.ninja ]]; }
case $kind in
  native)
    configured Debug || cmake -S "$here" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
      -DHOMEWORKS_DEPS="$cache" >/dev/null ;;
  web)
    # Release is -O2 for the web (CMakeLists.txt): measured against -Os, it searches
    # and indexes 2-3 times faster for 29 KB more brotli (README, "Speed and size").
    configured Release || emcmake cmake -S "$here" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DCMAKE_CROSSCOMPILING_EMULATOR=/usr/bin/node -DHOMEWORKS_DEPS="$cache" >/dev/null ;;
  *) echo "usage: build.sh native|web" >&2; exit 2 ;;
esac
cmake --build "$dir"
# The web site is finished by adding the service worker and compressed copies.
if [[ $kind == web ]]; then /usr/bin/python3 "$here/scripts/package_site.py" "$dir/site" "$here"; fi
