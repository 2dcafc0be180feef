#!/usr/bin/env bash
# Installs what is missing, builds the web app in release mode and serves it.
#   scripts/run.sh [port]      (default 8080, or $PORT)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/setup.sh"
"$here/scripts/build.sh" web
exec /usr/bin/python3 "$here/scripts/serve.py" --port "${1:-${PORT:-8080}}" --dir "$here/build/web/site"
