#!/usr/bin/env bash
# Regenerates shared/i18n/format_table.inc from the CLDR data of the ICU Debian installs
# (libicu-dev). Run after an ICU upgrade; the unit tests (formats per language) check
# the table against strings taken from CLDR.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tool="$(mktemp -d)"
trap 'rm -rf "$tool"' EXIT
c++ -std=c++17 -O1 "$here/scripts/format_table.cpp" -licui18n -licuuc -o "$tool/format_table"
"$tool/format_table" >"$here/shared/i18n/format_table.inc"
