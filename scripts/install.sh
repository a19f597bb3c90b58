#!/usr/bin/env bash
# Installs what layout_app needs on a fresh Debian/Ubuntu machine, then the app itself.
#   scripts/install.sh          the app (system libraries for Qt, the Python package)
#   scripts/install.sh --test   the app plus what the tests use (poppler-utils, qpdf, pytest …)
set -euo pipefail
cd "$(dirname "$0")/.."

with_tests=0
[ "${1:-}" = "--test" ] && with_tests=1

# Qt's libraries for a window (xcb) and for the offscreen platform the tests use.
packages=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
          libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0)
# The real tools the tests check PDFs with.
[ $with_tests = 1 ] && packages+=(poppler-utils qpdf)

if command -v apt-get >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" != 0 ] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -q
  $sudo apt-get install -y -q --no-install-recommends "${packages[@]}"
else
  echo "install.sh: no apt-get here; install these with your package manager: ${packages[*]}" >&2
fi

python3 -m pip install -q --upgrade pip
if [ $with_tests = 1 ]; then
  python3 -m pip install -q -e ".[test]"
else
  python3 -m pip install -q -e .
fi
