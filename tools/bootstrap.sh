#!/usr/bin/env bash
# Installs everything Lede needs on a fresh Debian 12 machine, idempotently:
# Debian packages, the ImGui / libxml2 / zlib sources (from Debian source packages,
# into the ignored third_party/ folder) and the npm packages for browser tests.
# Nothing here is downloaded at run time of the app; re-running is cheap.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
deps="$root/third_party"
mkdir -p "$deps"

packages=(
  build-essential cmake ninja-build python3 git
  emscripten nlohmann-json3-dev catch2
  chromium chromium-driver
  fonts-dejavu-core fonttools iso-codes time
  dpkg-dev xz-utils ccache
  clang-14 libclang-rt-14-dev libfuzzer-14-dev
  python3-dev python3-pybind11 python3-distributed
)

need_install=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need_install+=("$p")
done

SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
# Every step that fails says so in one line (set -e alone would stop without a word).
step="starting"
trap 'echo "bootstrap: failed while $step (exit $?); its output is above" >&2' ERR

src_list=/etc/apt/sources.list.d/debian-src.sources
need_src=0
for p in imgui libxml2 zlib; do
  grep -q "^$p " "$deps/VERSIONS" 2>/dev/null || need_src=1
done
# Package lists older than a day are refreshed, so a re-run sees newer source versions.
stale_lists=0
[ -n "$(find /var/lib/apt/lists -maxdepth 1 -name '*Sources*' -mmin -1440 2>/dev/null | head -1)" ] || stale_lists=1
if [ ${#need_install[@]} -gt 0 ] || [ $need_src -eq 1 ] || [ $stale_lists -eq 1 ]; then
  if [ ! -f "$src_list" ] && [ -f /etc/apt/sources.list.d/debian.sources ]; then
    step="adding deb-src entries ($src_list)"
    # deb-src entries derived from the archive this machine already uses
    sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources | $SUDO tee "$src_list" >/dev/null
  fi
  step="refreshing the package lists (apt-get update): check the network and /etc/apt/sources.list.d"
  if [ ${#need_install[@]} -gt 0 ] || [ $need_src -eq 1 ]; then
    $SUDO apt-get update -qq
  else
    # Only a daily refresh: without the network the lists we have still serve.
    $SUDO apt-get update -qq || echo "bootstrap: could not refresh the package lists; going on with the ones from before (newer source versions are not looked for)"
  fi
fi
if [ ${#need_install[@]} -gt 0 ]; then
  echo "bootstrap: installing ${need_install[*]}"
  step="installing Debian packages (${need_install[*]})"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_install[@]}"
fi

# Debian source packages (apt-get source applies Debian's patches: security fixes), the
# newest version that downloads; the choice is recorded in third_party/VERSIONS.
step="getting the ImGui, libxml2 and zlib sources (tools/fetch_sources.py)"
python3 "$root/tools/fetch_sources.py" "$deps" imgui libxml2 zlib

# npm packages for browser tests and asset generation (versions pinned in package-lock.json)
cd "$root"
step="installing the npm packages (npm ci): check access to the npm registry"
if [ ! -d node_modules/playwright-core ] || [ package.json -nt node_modules/.package-lock.json ]; then
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --loglevel=error; else npm install --no-audit --no-fund --loglevel=error; fi
fi
echo "bootstrap: ok"
