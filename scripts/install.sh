#!/usr/bin/env bash
# Installs what layout_app needs on a fresh Debian/Ubuntu machine, then the app itself into .venv/.
#   scripts/install.sh          the app (system libraries for Qt, the Python package)
#   scripts/install.sh --test   the app plus what the tests use (poppler-utils, qpdf, Ghostscript, pytest …)
# Everything Python goes into the project's own virtual environment (.venv), so nothing relies on
# what the machine's Python happens to have, and it works where the system Python refuses pip.
set -euo pipefail
cd "$(dirname "$0")/.."

with_tests=0
[ "${1:-}" = "--test" ] && with_tests=1

# Qt's libraries for a window (xcb) and for the offscreen platform the tests use.
packages=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
          libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0)
# The real tools the tests check PDFs with; a real PostgreSQL server for the newsroom store's tests.
[ $with_tests = 1 ] && packages+=(poppler-utils qpdf ghostscript postgresql)

if command -v apt-get >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" != 0 ] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -q
  $sudo apt-get install -y -q --no-install-recommends "${packages[@]}"
  # Debian's python3 needs its venv module as a package of its own
  python3 -m venv --help >/dev/null 2>&1 || $sudo apt-get install -y -q --no-install-recommends python3-venv
else
  echo "install.sh: no apt-get here; install these with your package manager: ${packages[*]}" >&2
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
if [ $with_tests = 1 ]; then
  .venv/bin/python -m pip install -q -e ".[test]"
else
  .venv/bin/python -m pip install -q -e .
fi
echo "install.sh: installed into $(pwd)/.venv — run the app with .venv/bin/layout-app (or .venv/bin/python -m layout_app)"
