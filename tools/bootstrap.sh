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
  dpkg-dev xz-utils
  clang-14 libclang-rt-14-dev libfuzzer-14-dev
)

need_install=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need_install+=("$p")
done

SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
src_list=/etc/apt/sources.list.d/debian-src.sources
need_src=0
for d in imgui-1.86 libxml2-2.9.14+dfsg zlib-1.2.13.dfsg; do [ -d "$deps/$d" ] || need_src=1; done
if [ ${#need_install[@]} -gt 0 ] || [ $need_src -eq 1 ]; then
  if [ ! -f "$src_list" ] && [ -f /etc/apt/sources.list.d/debian.sources ]; then
    # deb-src entries derived from the archive this machine already uses
    sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources | $SUDO tee "$src_list" >/dev/null
  fi
  $SUDO apt-get update -qq
fi
if [ ${#need_install[@]} -gt 0 ]; then
  echo "bootstrap: installing ${need_install[*]}"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_install[@]}"
fi

# Debian source packages: apt-get source applies Debian's patches (security fixes).
cd "$deps"
[ -d imgui-1.86 ] || { apt-get source --download-only imgui >/dev/null && tar xf imgui_1.86+ds.orig.tar.xz; }
[ -d libxml2-2.9.14+dfsg ] || apt-get source libxml2 >/dev/null 2>&1
[ -d zlib-1.2.13.dfsg ] || apt-get source zlib >/dev/null 2>&1
[ -f zlib-1.2.13.dfsg/zconf.h ] || cp zlib-1.2.13.dfsg/zconf.h.in zlib-1.2.13.dfsg/zconf.h
rm -f ./*.dsc ./*.debian.tar.* 2>/dev/null || true

# npm packages for browser tests and asset generation (versions pinned in package-lock.json)
cd "$root"
if [ ! -d node_modules/playwright-core ] || [ package.json -nt node_modules/.package-lock.json ]; then
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --loglevel=error; else npm install --no-audit --no-fund --loglevel=error; fi
fi
echo "bootstrap: ok"
