"""A claim's weights are summed exactly, so no result depends on the order a set is read in (the hash seed)."""

import json
import os
import subprocess
import sys
from pathlib import Path

from readout_viewer.core.linking.terms import Terms
from readout_viewer.core.linking.weights import IdfTable, Weights

ROOT = Path(__file__).resolve().parents[3]
TENTHS = frozenset(f"word{i}" for i in range(10))


def _tenths() -> Weights:
    w = Weights([Terms(TENTHS, frozenset())])
    w.weight = IdfTable(dict.fromkeys(TENTHS, 0.1), 0.1)  # 0.1 ten times: 0.9999999999999999 added one by one
    return w


def test_a_claims_mass_is_the_exact_sum_of_its_weights():
    assert _tenths().mass(Terms(TENTHS, frozenset())) == 1.0


def _analysed(folder: Path, seed: str) -> dict:
    env = {**os.environ, "PYTHONHASHSEED": seed, "READOUT_VIEWER_NO_CACHE": "1", "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-m", "readout_viewer", "analyze", str(folder), "--json", "--no-decisions"],
                         env=env, capture_output=True, text=True, check=True, timeout=300).stdout
    data = json.loads(out)
    data.pop("root", None)
    return data


def test_an_event_is_analysed_alike_under_two_hash_seeds():
    # Two of its outlet statements lie equally close to a left-out statement: summed in set order their scores
    # differed in the last bit under some seeds (17 and 19 against 18), and the closest passage shown changed.
    folder = ROOT / "eval" / "events" / "2025-05-19-trump-putin-call"
    assert _analysed(folder, "17") == _analysed(folder, "18")
