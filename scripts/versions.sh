# Pinned dependency versions, sourced by the other scripts. Changing one rebuilds it.
IMGUI_DEB_VERSION=1.90.1+ds-1
IMGUI_SUITE=trixie
SDL2_DEB_VERSION=2.26.5+dfsg-1
HARFBUZZ_DEB_VERSION=6.0.0+dfsg-3
# LZ4 compresses the saved state (shared/storage/snapshot.cpp), compiled by our CMake.
LZ4_DEB_VERSION=1.9.4-1
# ICU's data gives the Thai, Lao and Khmer word lists (for line breaking).
ICU_DEB_VERSION=72.1-3+deb12u1
PLAYWRIGHT_VERSION=1.65.1

homeworks_cache_dir() {
  local c="${HOMEWORKS_CACHE:-$HOME/.cache/homeworks}"
  if mkdir -p "$c" 2>/dev/null && [[ -w $c ]]; then echo "$c"; else
    c="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.deps"; mkdir -p "$c"; echo "$c"; fi
}
