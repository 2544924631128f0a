"""Benchmark of the PDF export on the bundled corpus: prints analysis and export times, pages and annotations.

Run: python benchmarks/export.py [FOLDER]   (target: export of corpus/ in 2 s or less)
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pypdf import PdfReader  # noqa: E402

from readout_viewer.core.paths import bundled_corpus  # noqa: E402
from readout_viewer.core.session import analyze_folder  # noqa: E402
from readout_viewer.export.fonts import ensure_gui_app  # noqa: E402
from readout_viewer.export.pdf import export_pdf  # noqa: E402

RUNS = 3  # best of three: the first run also pays for loading fonts


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else bundled_corpus()
    if folder is None or not folder.is_dir():
        print("no corpus folder found", file=sys.stderr)
        return 2
    ensure_gui_app()
    t0 = time.perf_counter()
    analysis = analyze_folder(folder)
    print(f"analysis of {folder}: {time.perf_counter() - t0:.2f} s "
          f"({len(analysis.documents)} documents, {len(analysis.claims)} claims, {len(analysis.links)} links)")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "corpus.pdf"
        times = []
        for _ in range(RUNS):
            t0 = time.perf_counter()
            export_pdf(analysis, out)
            times.append(time.perf_counter() - t0)
        reader = PdfReader(out)
        kinds = Counter(a.get_object()["/Subtype"] for p in reader.pages for a in p.get("/Annots", []))
        print(f"export: best {min(times):.2f} s, first {times[0]:.2f} s (target <= 2 s); "
              f"{len(reader.pages)} pages, {out.stat().st_size / 1e6:.1f} MB")
        print("annotations: " + ", ".join(f"{k[1:]} {n}" for k, n in sorted(kinds.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
