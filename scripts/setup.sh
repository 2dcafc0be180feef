#!/usr/bin/env bash
# Installs and builds every dependency, once per machine. Idempotent: a second run
# checks stamps and does nothing. Sources only Debian's packages and npm.
#
# Built dependencies live in $HOMEWORKS_CACHE (default ~/.cache/homeworks), keyed by
# version, so fresh clones reuse them; if that is not writable, in .deps/ (git-ignored).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$here/scripts/versions.sh"

log() { printf '[setup] %s\n' "$*" >&2; }

# --- Debian binary packages -------------------------------------------------
apt_packages=(emscripten chromium libcereal-dev rapidjson-dev doctest-dev libstb-dev
  fonts-noto-core python3-fonttools libharfbuzz-dev libicu-dev brotli ninja-build cmake dpkg-dev xz-utils
  nodejs npm clang libclang-rt-14-dev)
missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# nodesource's nodejs bundles npm: accept any working npm instead of the Debian package.
if command -v npm >/dev/null; then
  tmp=(); for p in "${missing[@]}"; do [[ $p == npm || ($p == nodejs && -x "$(command -v node)") ]] || tmp+=("$p"); done
  missing=("${tmp[@]}")
fi
if ((${#missing[@]})); then
  log "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- Cache folder -------------------------------------------------------------
cache="$(homeworks_cache_dir)"
mkdir -p "$cache/src"
log "dependency cache: $cache"

# Downloads a Debian source package through a private apt configuration, so the
# system's own source list stays untouched.
apt_src_root="$cache/apt-src"
fetch_source() { # package version suite
  local pkg=$1 ver=$2 suite=$3 dir="$cache/src/$1-$2"
  [[ -f $dir/.fetched ]] && return 0
  mkdir -p "$apt_src_root/lists/partial" "$apt_src_root/archives/partial" "$dir"
  if [[ ! -f $apt_src_root/.updated-$suite ]]; then
    cat >"$apt_src_root/sources-$suite.list" <<SRC
deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian $suite main
SRC
    log "reading Debian $suite source index"
    apt-get update -qq -o Dir::Etc::SourceList="$apt_src_root/sources-$suite.list" \
      -o Dir::Etc::SourceParts=/dev/null -o Dir::State::Lists="$apt_src_root/lists" >/dev/null
    touch "$apt_src_root/.updated-$suite"
  fi
  log "downloading source of $pkg $ver ($suite)"
  (cd "$dir" && apt-get source --download-only -qq \
      -o Dir::Etc::SourceList="$apt_src_root/sources-$suite.list" \
      -o Dir::Etc::SourceParts=/dev/null -o Dir::State::Lists="$apt_src_root/lists" \
      "$pkg=$ver" >/dev/null)
  local orig; orig=$(ls "$dir"/*.orig.tar.* | head -n1)
  tar -xf "$orig" -C "$dir"
  touch "$dir/.fetched"
}

# --- Dear ImGui (sources; compiled by our CMake for both targets) ------------
fetch_source imgui "$IMGUI_DEB_VERSION" "$IMGUI_SUITE"
imgui_root=$(dirname "$(find "$cache/src/imgui-$IMGUI_DEB_VERSION" -maxdepth 2 -name imgui.cpp | head -n1)")
ln -sfn "$imgui_root" "$cache/imgui"

# --- LZ4 (sources; compiled by our CMake for both targets) -------------------
fetch_source lz4 "$LZ4_DEB_VERSION" bookworm
ln -sfn "$(dirname "$(find "$cache/src/lz4-$LZ4_DEB_VERSION" -maxdepth 3 -path '*/lib/lz4.c' | head -n1)")" "$cache/lz4"

# --- SDL2 for wasm, built with emcmake ----------------------------------------
export NODE_PATH=/usr/share/nodejs
# Builds a Debian source package for wasm with emcmake into $cache/<name>-wasm-<key>,
# once per key (the version, and a suffix naming the build options), and points
# $cache/<name>-wasm at it.
build_for_wasm() { # name package version key cmake-arguments...
  local name=$1 pkg=$2 ver=$3 key=$4; shift 4
  local prefix="$cache/$name-wasm-$key" build="$cache/$name-build" src
  if [[ ! -f $prefix/.built ]]; then
    fetch_source "$pkg" "$ver" bookworm
    src=$(dirname "$(find "$cache/src/$pkg-$ver" -maxdepth 2 -name CMakeLists.txt | head -n1)")
    log "building $pkg $ver for wasm (a minute or two, once)"
    if [[ $(type -t "prepare_$name") == function ]]; then "prepare_$name" "$src"; fi
    rm -rf "$build"
    emcmake cmake -S "$src" -B "$build" -G Ninja -DCMAKE_INSTALL_PREFIX="$prefix" \
      -DCMAKE_CROSSCOMPILING_EMULATOR=/usr/bin/node "$@" >/dev/null
    cmake --build "$build" >/dev/null
    cmake --install "$build" >/dev/null
    rm -rf "$build"
    touch "$prefix/.built"
  fi
  ln -sfn "$prefix" "$cache/$name-wasm"
}

# Only video, events and timers: no audio, renderer, joysticks or sensors, and
# SDL_LEAN_AND_MEAN drops the software blitters; ImGui draws with WebGL itself. The
# wasm is 29 KB brotli smaller than with the default SDL.
build_for_wasm sdl2 libsdl2 "$SDL2_DEB_VERSION" "$SDL2_DEB_VERSION-lean" -DCMAKE_BUILD_TYPE=Release \
  -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF -DCMAKE_C_FLAGS="-DSDL_LEAN_AND_MEAN=1" \
  -DSDL_AUDIO=OFF -DSDL_RENDER=OFF -DSDL_JOYSTICK=OFF -DSDL_HAPTIC=OFF -DSDL_HIDAPI=OFF \
  -DSDL_SENSOR=OFF -DSDL_POWER=OFF -DSDL_LOCALE=OFF

# --- HarfBuzz for wasm (natively the ui tests use Debian's libharfbuzz-dev) -----
# HB_TINY (HB_LEAN + HB_MINI + NDEBUG) drops what the app never uses: CFF, colour,
# drawing, variations, AAT, the legacy kern table and fallback shaping (the Noto fonts
# have GSUB and GPOS). HarfBuzz also hands __PRETTY_FUNCTION__ to its tracing, which is
# off but keeps ~90 KB of function names in the wasm: HB_FUNC becomes "". The same
# glyphs come out (tests/e2e/shaping.test.mjs); HarfBuzz adds ~75 KB brotli to the wasm
# instead of ~110 KB with HB_LEAN alone.
prepare_harfbuzz() { sed -i 's/^#define HB_FUNC __PRETTY_FUNCTION__$/#define HB_FUNC ""/' "$1/src/hb.hh"; }
build_for_wasm harfbuzz harfbuzz "$HARFBUZZ_DEB_VERSION" "$HARFBUZZ_DEB_VERSION-tiny" -DCMAKE_BUILD_TYPE=MinSizeRel \
  -DCMAKE_CXX_FLAGS="-DHB_TINY" -DBUILD_SHARED_LIBS=OFF \
  -DHB_HAVE_FREETYPE=OFF -DHB_HAVE_GLIB=OFF -DHB_HAVE_GOBJECT=OFF -DHB_HAVE_ICU=OFF \
  -DHB_BUILD_SUBSET=OFF -DHB_BUILD_UTILS=OFF -DHB_BUILD_TESTS=OFF

# --- Word lists for breaking Thai, Lao and Khmer lines ------------------------
# Every word of the dictionaries of the ICU data Debian installs (libicu-dev); the
# build ships the short ones and those our messages use (scripts/word_list.py).
words="$cache/words-icu-$ICU_DEB_VERSION-all"
if [[ ! -f $words/.ready ]]; then
  mkdir -p "$words"
  c++ -std=c++17 -O1 "$here/scripts/icu_words.cpp" -licuuc -o "$words/icu_words"
  for d in thai lao khmer; do "$words/icu_words" "${d}dict" >"$words/$d.txt"; done
  touch "$words/.ready"
fi
ln -sfn "$words" "$cache/words"

# --- Header-only libraries for the wasm include path --------------------------
# Never /usr/include itself on the wasm path: it would pull in host libc headers.
hdr="$cache/wasm-headers"
if [[ ! -f $hdr/.ready ]]; then
  mkdir -p "$hdr"
  ln -sfn /usr/include/cereal "$hdr/cereal"
  ln -sfn /usr/include/rapidjson "$hdr/rapidjson"
  ln -sfn /usr/include/doctest "$hdr/doctest"
  ln -sfn /usr/include/stb "$hdr/stb"
  touch "$hdr/.ready"
fi

# --- npm packages (pinned by package-lock.json) -------------------------------
if [[ ! -d $here/node_modules/playwright-core ]] || [[ ! -x $here/node_modules/google-closure-compiler-linux/compiler ]] ||
   [[ $here/package-lock.json -nt $here/node_modules/.package-lock.json ]]; then
  log "installing npm packages"
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
log "dependencies ready"
