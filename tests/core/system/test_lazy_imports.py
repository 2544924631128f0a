"""An analysis that starts no lane imports neither multiprocessing (core/system/lanes.py) nor the modules that only
writing a file or finding the user's directories needs."""

import subprocess
import sys

from readout_viewer.core.system import pool

UNUSED = ("multiprocessing", "readout_viewer.core.system.lanes", "platformdirs", "secrets")
CODE = ("import sys\nfrom readout_viewer.core.analysis import analyze\nanalyze(sys.argv[1])\n"
        f"print(sorted(m for m in {UNUSED!r} if m in sys.modules))")


def test_a_small_folder_imports_none_of_them(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("The premier spoke with the envoy on Monday about the harbour fees.\n")
    (tmp_path / "b.txt").write_text("The envoy said the fees would fall next year, an aide told reporters.\n")
    monkeypatch.setenv("READOUT_VIEWER_NO_CACHE", "1")
    monkeypatch.setenv("READOUT_VIEWER_MODEL", "none")
    out = subprocess.run([sys.executable, "-c", CODE, str(tmp_path)], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_the_lanes_names_are_still_the_pools():
    from readout_viewer.core.system import lanes

    assert pool.Lane is lanes.Lane and pool.Writer is lanes.Writer
    assert pool.main_module_hidden is lanes.main_module_hidden


def test_no_lane_is_started_for_none():
    assert pool.start(0) == []
