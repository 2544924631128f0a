#!/usr/bin/env bash
# Install this standalone readout-viewer for the current user (no root): the program under
# ~/.local/share/readout-viewer/app, the command ~/.local/bin/readout-viewer, the application-menu entry and icons.
#   ./install.sh              install (or replace an earlier installation)
#   ./install.sh --uninstall  remove all of it (your settings, log and the folders you compared stay)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
APP=$DATA/readout-viewer/app
BIN=$HOME/.local/bin
ENTRY=$DATA/applications/readout-viewer.desktop

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$APP" "$ENTRY"
  [ -L "$BIN/readout-viewer" ] && rm -f "$BIN/readout-viewer"
  find "$DATA/icons/hicolor" -name 'readout-viewer.*' -delete 2>/dev/null || true
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$DATA/applications" || true
  echo "readout-viewer removed."
  exit 0
fi
if [ ! -x "$HERE/readout-viewer" ] || [ ! -d "$HERE/_internal" ]; then
  echo "install.sh: run it from the unpacked readout-viewer folder (it holds readout-viewer and _internal/)" >&2
  exit 2
fi
mkdir -p "$DATA/readout-viewer" "$BIN"
if [ "$HERE" != "$APP" ]; then
  # Copied beside the old installation first, then swapped in: a failed copy leaves the old one working.
  rm -rf "$APP.new"
  cp -a "$HERE" "$APP.new"
  rm -rf "$APP.old"
  [ -d "$APP" ] && mv "$APP" "$APP.old"
  mv "$APP.new" "$APP"
  rm -rf "$APP.old"
fi
ln -sfn "$APP/readout-viewer" "$BIN/readout-viewer"
# The menu entry and icons: the program writes them itself (Exec points at $APP/readout-viewer).
"$APP/readout-viewer" --install-desktop
echo "readout-viewer installed in $APP."
case ":$PATH:" in
  *":$BIN:"*) echo "Start it from the application menu, or type: readout-viewer" ;;
  *) echo "Start it from the application menu, or type: $BIN/readout-viewer ($BIN is not on your PATH)" ;;
esac
if ! "$APP/readout-viewer" doctor >/dev/null 2>&1; then
  echo "Note: 'readout-viewer doctor' reports a problem on this machine:"
  "$APP/readout-viewer" doctor | grep PROBLEM || true
fi
