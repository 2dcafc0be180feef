#!/usr/bin/env bash
# Configures (once) and builds one of the two configurations of the one CMake build:
#   build.sh native   shared/, the unit and ui tests (Debug, host compiler)
#   build.sh web      the web app and the wasm unit tests (Emscripten, -O2), with the
#                     demo catalogues and translation files made by native tools
#                     (build.sh native-tools)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$here/scripts/versions.sh"
cache="$(homeworks_cache_dir)"
export NODE_PATH=/usr/share/nodejs  # emscripten's JS optimiser needs acorn from Debian
# The Closure Compiler that shrinks index.js: the native binary from npm (package.json),
# as Debian's closure-compiler is too old for Emscripten 3.1.6.
export EM_CLOSURE_COMPILER="$here/node_modules/google-closure-compiler-linux/compiler"
if [[ ${1:-} == web && ! -x $EM_CLOSURE_COMPILER ]]; then
  echo "build.sh: $EM_CLOSURE_COMPILER is missing: run scripts/setup.sh (npm ci installs it)" >&2
  exit 1
fi
kind=${1:?usage: build.sh native|web|native-tools}
dir="$here/build/$kind"
# Configured once, and again when the build type below changes.
configured() { grep -qx "CMAKE_BUILD_TYPE:STRING=$1" "$dir/CMakeCache.txt" 2>/dev/null && [[ -f $dir/build.ninja ]]; }
case $kind in
  native-tools)  # only the native tools the web build runs (demo catalogues, translations)
    dir="$here/build/native"
    configured Debug || cmake -S "$here" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
      -DHOMEWORKS_DEPS="$cache" >/dev/null
    exec cmake --build "$dir" --target demo_catalogue translation_files ;;
  native)
    configured Debug || cmake -S "$here" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
      -DHOMEWORKS_DEPS="$cache" >/dev/null ;;
  web)
    # Release is -O2 for the web (CMakeLists.txt): measured against -Os, it searches
    # and indexes 2-3 times faster for 29 KB more brotli (README, "Speed and size").
    configured Release || emcmake cmake -S "$here" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DCMAKE_CROSSCOMPILING_EMULATOR=/usr/bin/node -DHOMEWORKS_DEPS="$cache" >/dev/null ;;
  *) echo "usage: build.sh native|web|native-tools" >&2; exit 2 ;;
esac
if [[ $kind == web ]]; then
  # The demo catalogues (sources from assets/demo/, checked as the app adds them) are
  # made by a native tool of the same CMake build, into site/demo/: fetched after the
  # first frame of a first start (part of the first load; the app draws their pictures).
  "$here/scripts/build.sh" native-tools
  "$here/build/native/demo_catalogue" "$here/assets/demo" "$dir/site/demo"
  # Each language's translations, fetched when the person's language needs them.
  "$here/build/native/translation_files" "$dir/site/lang"
fi
cmake --build "$dir"
# The web site is finished by adding the service worker and compressed copies.
if [[ $kind == web ]]; then /usr/bin/python3 "$here/scripts/package_site.py" "$dir/site" "$here"; fi
