#!/usr/bin/env bash
# Runs every test layer and ends with one line: "N passed, N failed".
#   scripts/test.sh              all layers
#   scripts/test.sh unit ui      only the named layers: unit, wasm, ui, e2e, fuzz
# The fuzz layer runs each libFuzzer target briefly (FUZZ_SECONDS, default 10);
# scripts/fuzz.sh runs them for longer.
# Installs and builds whatever is missing first (scripts/setup.sh, scripts/build.sh).
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
layers=("$@")
((${#layers[@]})) || layers=(unit wasm ui e2e fuzz)
wants() { local l; for l in "${layers[@]}"; do [[ $l == "$1" ]] && return 0; done; return 1; }

"$here/scripts/setup.sh" || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }
build_failed=0
if wants unit || wants ui; then "$here/scripts/build.sh" native || build_failed=1; fi
if wants wasm || wants e2e; then
  "$here/scripts/build.sh" web || build_failed=1
fi
if ((build_failed)); then echo "build failed"; echo "0 passed, 1 failed"; exit 1; fi

passed=0 failed=0
summary=()
log_dir="$here/test-results"
mkdir -p "$log_dir"

# Runs one layer, shows its output, and adds its counts. A layer that exits non-zero
# without reporting a failure (a crash) counts as one failure.
run_layer() { # name parser command...
  local name=$1 parser=$2; shift 2
  local log="$log_dir/$name.log" p=0 f=0 status
  echo "=== $name: $*"
  "$@" 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  case $parser in
    doctest) read -r p f < <(sed -n 's/.*test cases: *[0-9]* *| *\([0-9]*\) passed *| *\([0-9]*\) failed.*/\1 \2/p' "$log" | tail -n1) ;;
    node) p=$(sed -n 's/^ℹ pass \([0-9]*\)$/\1/p' "$log" | tail -n1); f=$(sed -n 's/^ℹ fail \([0-9]*\)$/\1/p' "$log" | tail -n1) ;;
    fuzz) f=$(grep -c "found a problem" "$log"); p=$(( $(grep -c "^=== fuzz_" "$log") - f )) ;;
  esac
  p=${p:-0} f=${f:-0}
  if ((status != 0 && f == 0)); then f=1; echo "=== $name exited with status $status"; fi
  if ((p + f == 0)); then f=1; echo "=== $name ran no test"; fi
  passed=$((passed + p)) failed=$((failed + f))
  summary+=("$name: $p passed, $f failed")
}

wants unit && run_layer unit doctest "$here/build/native/unit_tests" --no-colors
wants wasm && run_layer wasm doctest node "$here/build/web/unit_tests_wasm.js" --no-colors
wants ui && run_layer ui doctest "$here/build/native/ui_tests" --no-colors
wants e2e && run_layer e2e node node --test --test-reporter=spec --test-concurrency=1 "$here/tests/e2e/"
wants fuzz && run_layer fuzz fuzz "$here/scripts/fuzz.sh" "${FUZZ_SECONDS:-10}"

echo
printf '%s\n' "${summary[@]}"
echo "$passed passed, $failed failed"
((failed == 0))
