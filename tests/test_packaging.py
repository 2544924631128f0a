"""The standalone build's parts that can be checked without building it (CI builds and checks it in .ci/run)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from readout_viewer.app.startup import desktop, qtcheck

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"


@pytest.mark.parametrize("script", ["build.sh", "check.sh", "install.sh"])
def test_scripts_are_valid_bash_and_executable(script):
    path = PACKAGING / script
    assert path.stat().st_mode & 0o111
    done = subprocess.run(["bash", "-n", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_the_check_samples_are_read_with_claims_linked_to_the_readout(tmp_path):
    """check.sh asks the built program to read these; the source reads them the same way (standard library only
    writes them: it runs without the project's environment)."""
    subprocess.run([sys.executable, "-I", str(PACKAGING / "samples.py"), str(tmp_path)], check=True)
    from readout_viewer.core.analysis import analyze
    analysis = analyze(tmp_path)
    assert sorted(d.path.rsplit(".", 1)[-1] for d in analysis.documents) == ["docx", "html", "md", "pdf", "txt"]
    assert not analysis.problems
    linked = {c for link in analysis.links for c in (link.a, link.b)}
    for doc in analysis.documents:
        assert any(c.id in linked for c in analysis.claims_of[doc.id]), doc.path


def test_the_spec_bundles_what_the_paths_module_looks_for():
    spec = (PACKAGING / "readout-viewer.spec").read_text(encoding="utf-8")
    for name in ("corpus", "resources", "LICENSE"):
        assert f'ROOT / "{name}"' in spec and (ROOT / name).exists()
    assert (ROOT / "resources" / "fonts" / "DejaVuSans.ttf").is_file()


def test_the_standalone_launcher_is_its_own_executable(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/home/jo/.local/share/readout-viewer/app/readout-viewer")
    assert desktop.launcher_command() == "/home/jo/.local/share/readout-viewer/app/readout-viewer"


def test_readme_gives_the_install_commands_the_program_prints():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in qtcheck.install_commands(list(qtcheck.COMMONLY_MISSING)):
        assert re.search(rf"^  {re.escape(command)} +# ", readme, re.M), command


def test_the_check_fails_on_a_broken_build(tmp_path):
    """check.sh is only worth running in CI if it can fail: a program that answers wrongly fails its steps."""
    dist = tmp_path / "readout-viewer"
    (dist / "_internal").mkdir(parents=True)
    fake = dist / "readout-viewer"
    fake.write_text("#!/bin/sh\necho 'readout-viewer 0.0.0'\n", encoding="utf-8")
    fake.chmod(0o755)
    done = subprocess.run(["bash", str(PACKAGING / "check.sh"), str(dist)], capture_output=True, text=True,
                          timeout=600)
    assert done.returncode != 0
    assert "FAIL: --version said 'readout-viewer 0.0.0'" in done.stdout
    assert "FAIL: without a display" in done.stdout and done.stdout.rstrip().endswith("failed")
    assert re.search(r"^\d+ passed, [1-9]\d* failed$", done.stdout, re.M)
