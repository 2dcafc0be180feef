#!/usr/bin/env bash
# Prints the domain benchmark's figures natively (Release) and as wasm under node,
# for 1,000 / 10,000 / 100,000 generated products. Not a test: figures only.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$here/scripts/versions.sh"
"$here/scripts/setup.sh"
release="$here/build/release"
[[ -f $release/build.ninja ]] || cmake -S "$here" -B "$release" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DHOMEWORKS_DEPS="$(homeworks_cache_dir)" >/dev/null
cmake --build "$release" --target domain_bench >/dev/null
"$here/scripts/build.sh" web >/dev/null
native="$(mktemp)" wasm="$(mktemp)"
trap 'rm -f "$native" "$wasm"' EXIT
echo "=== native (g++ -O3)"
"$release/domain_bench" "$@" | tee "$native"
echo "=== wasm under node ($(node --version))"
node "$here/build/web/domain_bench_wasm.js" "$@" | tee "$wasm"
echo "=== wasm time / native time"
# The timed columns of both tables, row by row (a row per product count).
awk 'NR == FNR { if (FNR > 1) for (i = 2; i <= 7; ++i) n[FNR, i] = $i; next }
     FNR == 1 { printf "%10s %10s %10s %10s %10s %10s %10s\n", $1, $2 " " $3, $4 " " $5, $6 " " $7, $8 " " $9, $10 " " $11, $12 " " $13; next }
     { printf "%10s", $1; for (i = 2; i <= 7; ++i) printf " %10s", (n[FNR, i] > 0 ? sprintf("%.1fx", $i / n[FNR, i]) : "-"); printf "\n" }' \
  "$native" "$wasm"
echo "=== the app in headless Chromium"
node "$here/tests/bench/browser_bench.mjs" 5
echo "=== a screen at rest in headless Chromium (idle CPU and frames per 10 s)"
node "$here/tests/bench/idle_bench.mjs" 10
echo "=== the Shop in headless Chromium (1,000 and 100,000 products)"
node "$here/tests/bench/catalogue_bench.mjs"
echo "=== search: the app's index beside MiniSearch and FlexSearch in headless Chromium (100,000 products)"
node "$here/tests/bench/search_peers.mjs"
