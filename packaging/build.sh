#!/usr/bin/env bash
# Build the standalone readout-viewer: dist/readout-viewer/ (one folder, runs without Python), with install.sh.
#
#   packaging/build.sh              a fresh build environment in build/package-venv (the project + PyInstaller)
#   packaging/build.sh --python P   build with the Python environment P (that already has the project installed,
#                                   as CI's .venv does): only PyInstaller is added to it
#   packaging/build.sh --archive    also pack dist/readout-viewer-VERSION-linux-ARCH.tar.gz
#
# Prints the build time and the folder's size. Linux only (macOS and Windows: see README, not run here).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
# The PyInstaller release this spec is written for (6.x: one-folder layout with _internal/).
PYINSTALLER='pyinstaller>=6.10,<7'
PYTHON=""
ARCHIVE=0
while [ $# -gt 0 ]; do
  case "$1" in
    --python) PYTHON=$2; shift 2 ;;
    --archive) ARCHIVE=1; shift ;;
    *) echo "usage: packaging/build.sh [--python PYTHON] [--archive]" >&2; exit 2 ;;
  esac
done
start=$(date +%s)
if [ -z "$PYTHON" ]; then
  python3 -m venv build/package-venv
  PYTHON=build/package-venv/bin/python
  "$PYTHON" -m pip install --quiet --upgrade pip
  "$PYTHON" -m pip install --quiet "$ROOT"  # a regular install: the build must not depend on this checkout's state
fi
"$PYTHON" -m pip install --quiet "$PYINSTALLER"
rm -rf dist/readout-viewer
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/readout-viewer.spec
cp packaging/install.sh dist/readout-viewer/install.sh
chmod +x dist/readout-viewer/install.sh
end=$(date +%s)
version=$(dist/readout-viewer/readout-viewer --version | awk '{print $2}')
echo "built dist/readout-viewer (readout-viewer $version) in $((end - start)) s;" \
     "size $(du -sm dist/readout-viewer | cut -f1) MB in $(find dist/readout-viewer -type f | wc -l) files"
if [ "$ARCHIVE" = 1 ]; then
  archive="dist/readout-viewer-$version-linux-$(uname -m).tar.gz"
  tar -C dist -czf "$archive" readout-viewer
  echo "packed $archive ($(du -sm "$archive" | cut -f1) MB)"
fi
