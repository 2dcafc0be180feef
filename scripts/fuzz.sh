#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (address and undefined-behaviour
# sanitizers) and runs each for the given seconds (default 60), one after another.
#   scripts/fuzz.sh [seconds] [target...]   targets: snapshot catalogue_pack order_file product_csv lesson_pack
# New inputs are kept in a scratch corpus under build/fuzz; crashing inputs are
# written to build/fuzz/artifacts/<target>/. Copy a fixed crash into
# tests/fuzz/corpus/<target>/ so the unit tests replay it from then on.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$here/scripts/versions.sh"
seconds=${1:-60}
shift || true
targets=("$@")
((${#targets[@]})) || targets=(snapshot catalogue_pack order_file product_csv lesson_pack)

build="$here/build/fuzz"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DHOMEWORKS_FUZZ=ON \
  -DHOMEWORKS_DEPS="$(homeworks_cache_dir)" >/dev/null
cmake --build "$build" -j2 --target "${targets[@]/#/fuzz_}"

status=0
for target in "${targets[@]}"; do
  scratch="$build/corpus/$target"
  artifacts="$build/artifacts/$target"
  mkdir -p "$scratch" "$artifacts"
  echo "=== fuzz_$target for ${seconds}s"
  # The kept corpus seeds the run; new inputs go to the scratch folder only.
  if ! "$build/fuzz_$target" "$scratch" "$here/tests/fuzz/corpus/$target" \
      -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 -timeout=10 \
      -artifact_prefix="$artifacts/" -print_final_stats=1 2>"$build/$target.log"; then
    echo "fuzz_$target found a problem: see $build/$target.log and $artifacts"
    status=1
  fi
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$build/$target.log" || true
done
exit $status
