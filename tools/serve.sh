#!/usr/bin/env bash
# README command (a): set everything up, build the web app and serve it on 127.0.0.1.
# usage: tools/serve.sh [PORT]   (default 8080; or LEDE_PORT). With no share link in the
# URL the page opens with the sample article.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
port="${1:-${LEDE_PORT:-8080}}"
bash tools/bootstrap.sh
bash tools/build.sh web
echo "Lede is served at http://127.0.0.1:${port}/  (Ctrl+C to stop)"
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory build/web/web
