#!/usr/bin/env bash
# Check the standalone build as a user would run it: in a clean environment (no virtual environment, no
# PYTHONPATH, an empty home, not inside this checkout), each step prints ok or FAIL, then one summary line.
#
#   packaging/check.sh [DIST_FOLDER] [--reference PYTHON]
#
# --reference PYTHON: also compare the build's analysis of the bundled corpus, byte for byte, with the one the
# source gives when run by PYTHON (a Python environment with readout-viewer installed).
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
DIST=$ROOT/dist/readout-viewer
REFERENCE=""
while [ $# -gt 0 ]; do
  case "$1" in
    --reference) REFERENCE=$2; shift 2
                 # absolute (the steps run elsewhere), without resolving a venv's python symlink
                 case "$REFERENCE" in */*) REFERENCE=$(cd "$(dirname "$REFERENCE")" && pwd)/$(basename "$REFERENCE") ;; esac ;;
    *) DIST=$(cd "$1" && pwd); shift ;;
  esac
done
APP=$DIST/readout-viewer
# One step's limit: the analysis and the screenshot take seconds; a hang must not stall CI.
STEP_TIMEOUT=300
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
passed=0
failed=0
ok() { echo "ok: $1"; passed=$((passed + 1)); }
fail() { echo "FAIL: $1"; failed=$((failed + 1)); }
# The clean environment: only what any desktop session has. LANG is UTF-8, as on every current desktop.
clean() { (cd "$WORK" && env -i HOME="$WORK/home" PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"); }
mkdir -p "$WORK/home"

if [ ! -x "$APP" ]; then
  echo "FAIL: no built program at $APP (run packaging/build.sh first)"
  echo "0 passed, 1 failed"
  exit 1
fi

# 1. --version names the version pyproject.toml gives.
want=$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | head -1)
got=$(clean timeout $STEP_TIMEOUT "$APP" --version 2>&1)
[ "$got" = "readout-viewer $want" ] && ok "--version: $got" || fail "--version said '$got', expected 'readout-viewer $want'"

# 2. doctor: a standalone build that can draw (offscreen, as asked), with its corpus and fonts inside the folder.
report=$(clean QT_QPA_PLATFORM=offscreen timeout $STEP_TIMEOUT "$APP" doctor 2>&1); rc=$?
if [ $rc = 0 ] && grep -q "standalone build" <<<"$report" && grep -q "Window: *can open" <<<"$report" \
   && grep -q "Example corpus: *$DIST/" <<<"$report" && grep -q "PDF fonts: *DejaVuSans" <<<"$report"; then
  ok "doctor (standalone build, window can open, corpus and fonts inside the folder)"
else
  fail "doctor (exit $rc):"; echo "$report" | sed 's/^/    /'
fi

# 3. analyze on the bundled corpus: the JSON contract, every document read.
CORPUS=$DIST/_internal/corpus
if clean timeout $STEP_TIMEOUT "$APP" analyze "$CORPUS" --json --no-decisions >"$WORK/corpus.json" 2>"$WORK/err"; then
  summary=$(python3 - "$WORK/corpus.json" <<'PY'
import json, sys
a = json.load(open(sys.argv[1], encoding="utf-8"))
print(len(a["documents"]), len(a["claims"]), len(a["links"]), len(a["problems"]))
PY
)
  read -r docs claims links problems <<<"$summary"
  [ "$docs" -ge 13 ] && [ "$links" -gt 0 ] && [ "$problems" = 0 ] \
    && ok "analyze on the bundled corpus: $docs documents, $claims claims, $links links" \
    || fail "analyze on the bundled corpus: $docs documents, $claims claims, $links links, $problems problems"
else
  fail "analyze on the bundled corpus: $(head -3 "$WORK/err")"
fi
if [ -n "$REFERENCE" ]; then
  # as the build runs: without numpy, so without the sentence model, even where the reference has them
  (cd "$WORK" && "$REFERENCE" -c "import sys; sys.modules['numpy'] = None; from readout_viewer.cli import main; \
sys.exit(main())" analyze "$CORPUS" --json --no-decisions >"$WORK/reference.json")
  cmp -s "$WORK/corpus.json" "$WORK/reference.json" && ok "the build's analysis is byte-identical to the source's" \
    || fail "the build's analysis differs from the source's ($REFERENCE)"
fi

# 3b. A large folder's analysis runs in worker processes (core/system/pool.py); in the build they are the
# program itself started again, which must not open a second program: the same JSON with a worker forced.
if clean timeout $STEP_TIMEOUT env READOUT_VIEWER_WORKERS=1 "$APP" analyze "$CORPUS" --json --no-decisions \
    >"$WORK/lanes.json" 2>"$WORK/err" && cmp -s "$WORK/corpus.json" "$WORK/lanes.json"; then
  ok "analyze with a worker process: the same analysis"
else
  fail "analyze with a worker process: $(head -3 "$WORK/err")"
fi

# 4. Every kind of document: Markdown, text, web page, PDF, Word, each read with claims linked to the readout.
python3 packaging/samples.py "$WORK/samples"
if clean timeout $STEP_TIMEOUT "$APP" analyze "$WORK/samples" --json >"$WORK/samples.json" 2>"$WORK/err"; then
  verdict=$(python3 - "$WORK/samples.json" <<'PY'
import json, sys
a = json.load(open(sys.argv[1], encoding="utf-8"))
linked = {c for link in a["links"] for c in (link["a"], link["b"])}
bad = [d["path"] for d in a["documents"] if not any(c["doc"] == d["id"] and c["id"] in linked for c in a["claims"])]
kinds = sorted(d["path"].rsplit(".", 1)[-1] for d in a["documents"])
print("ok" if kinds == ["docx", "html", "md", "pdf", "txt"] and not bad and not a["problems"] else
      f"kinds {kinds}, without linked claims {bad}, problems {a['problems']}")
PY
)
  [ "$verdict" = ok ] && ok "analyze reads .md, .txt, .html, .pdf and .docx, each with claims linked" \
    || fail "analyze of the sample documents: $verdict"
else
  fail "analyze of the sample documents: $(head -3 "$WORK/err")"
fi

# 5. --screenshot: the window drawn offscreen (asked for), 1600x1000.
if clean timeout $STEP_TIMEOUT "$APP" --screenshot "$WORK/shot.png" >"$WORK/out" 2>&1; then
  size=$(python3 -c "import struct,sys; d=open(sys.argv[1],'rb').read(24); print(*struct.unpack('>II', d[16:24]))" \
         "$WORK/shot.png")
  [ "$size" = "1600 1000" ] && ok "--screenshot wrote a 1600x1000 PNG" || fail "--screenshot wrote a PNG of $size"
  [ -n "${KEEP_SCREENSHOT:-}" ] && cp "$WORK/shot.png" "$KEEP_SCREENSHOT"
else
  fail "--screenshot: $(tail -3 "$WORK/out")"
fi

# 6. No display: one sentence saying so, exit 2, no window and no silent offscreen run.
clean timeout $STEP_TIMEOUT "$APP" >"$WORK/out" 2>&1; rc=$?
[ $rc = 2 ] && grep -q "^readout-viewer cannot open its window: no display was found" "$WORK/out" \
  && ok "without a display: exit 2 and the sentence" || fail "without a display: exit $rc, '$(head -2 "$WORK/out")'"

# 7. The log file is written in the user's log directory.
log=$(find "$WORK/home" -name readout-viewer.log 2>/dev/null | head -1)
[ -n "$log" ] && grep -q "(standalone build)" "$log" && ok "log file ${log#"$WORK/home/"}" || fail "no log file under the home"

# 8. Every shared library in the folder finds what it needs (as the program's loader sees them).
if command -v ldd >/dev/null; then
  missing=$(find "$DIST/_internal" -name '*.so*' -type f -print0 | while IFS= read -r -d '' lib; do
    LD_LIBRARY_PATH="$DIST/_internal" ldd "$lib" 2>/dev/null | grep "not found" | sed "s|^|${lib#"$DIST/"}: |"
  done | sort -u)
  [ -z "$missing" ] && ok "every bundled library resolves" || { fail "bundled libraries miss:"; echo "$missing" | head; }
fi

# 9. install.sh for a user without root: menu entry, icons, command; --uninstall takes them away again.
if clean XDG_DATA_HOME="$WORK/home/.local/share" "$DIST/install.sh" >"$WORK/out" 2>&1; then
  entry="$WORK/home/.local/share/applications/readout-viewer.desktop"
  installed="$WORK/home/.local/share/readout-viewer/app/readout-viewer"
  if grep -q "^Exec=$installed %f" "$entry" 2>/dev/null \
     && [ -f "$WORK/home/.local/share/icons/hicolor/48x48/apps/readout-viewer.png" ] \
     && [ "$(clean "$WORK/home/.local/bin/readout-viewer" --version)" = "readout-viewer $want" ]; then
    ok "install.sh: menu entry, icons and ~/.local/bin/readout-viewer"
  else
    fail "install.sh installed something else:"; cat "$WORK/out" "$entry" 2>&1 | sed 's/^/    /'
  fi
  clean XDG_DATA_HOME="$WORK/home/.local/share" "$(dirname "$installed")/install.sh" --uninstall >/dev/null 2>&1
  [ ! -e "$entry" ] && [ ! -e "$installed" ] && [ ! -L "$WORK/home/.local/bin/readout-viewer" ] \
    && ok "install.sh --uninstall" || fail "install.sh --uninstall left files behind"
else
  fail "install.sh: $(tail -3 "$WORK/out")"
fi

# 10. On a machine without the X11 libraries a source install lacks (hidden here, in a private mount namespace:
#     nothing is uninstalled), the build still finds every library: it gets as far as asking the X server.
LIBDIR=/usr/lib/x86_64-linux-gnu
if [ "$(id -u)" = 0 ] && [ -e "$LIBDIR/libxcb-cursor.so.0" ] && unshare --mount true 2>/dev/null; then
  mkdir -p "$WORK/upper" "$WORK/overlay-work"
  for lib in "$LIBDIR"/libxcb-cursor.so* "$LIBDIR"/libxcb-icccm.so* "$LIBDIR"/libxcb-keysyms.so*; do
    mknod "$WORK/upper/$(basename "$lib")" c 0 0  # an overlay whiteout: the file is not there inside
  done
  hidden=$(unshare --mount --propagation private sh -c "mount -t overlay overlay -o lowerdir=$LIBDIR,upperdir=\
$WORK/upper,workdir=$WORK/overlay-work $LIBDIR && cd '$WORK' && env -i HOME='$WORK/home' PATH=/usr/bin:/bin \
LANG=C.UTF-8 DISPLAY=:97 '$APP'" 2>&1); rc=$?
  if [ $rc = 2 ] && grep -q "does not answer" <<<"$hidden"; then
    ok "without libxcb-cursor0, libxcb-icccm4 and libxcb-keysyms1 on the machine the build needs none of them"
  elif grep -q "overlay\|mount" <<<"$hidden"; then
    echo "skipped: libraries cannot be hidden here ($hidden)"
  else
    fail "with the X11 libraries hidden: exit $rc, '$hidden'"
  fi
fi

echo "check took $SECONDS s"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
