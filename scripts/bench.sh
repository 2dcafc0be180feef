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
echo "=== native (g++ -O3)"
"$release/domain_bench" "$@"
echo "=== wasm under node ($(node --version))"
node "$here/build/web/domain_bench_wasm.js" "$@"
echo "=== the app in headless Chromium"
node "$here/tests/bench/browser_bench.mjs" 5
echo "=== the Shop in headless Chromium (1,000 and 100,000 products)"
node "$here/tests/bench/catalogue_bench.mjs"
