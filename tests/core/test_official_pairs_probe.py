"""The official-pairs probe (benchmarks/official_pairs.py) on a tiny literal folder of two readouts: the gold's
official links it finds and misses, and what it prints of a miss."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import official_pairs  # noqa: E402

US = """---
title: Readout of a call
role: official
side: US
kind: readout
date: '2030-03-02'
---
President Biden spoke today with President Putin of Russia.

The leaders discussed the grain corridor through the straits and the safety of shipping.

President Biden raised the case of the detained journalists.
"""
RU = """---
title: Telephone conversation with Joseph Biden
role: official
side: RU
kind: readout
date: '2030-03-02'
---
Vladimir Putin had a telephone conversation with President of the United States Joseph Biden.

The presidents discussed the operation of the grain corridor through the straits and the safety of shipping.

The sides agreed to continue contacts.
"""
GOLD = """docs: {US: us-readout, RU: ru-readout}
links:
- id: grain
  from: [US, 'The leaders discussed the grain corridor through the straits']
  to:
  - [RU, 'The presidents discussed the operation of the grain corridor through the straits']
  relation: agree
- id: contacts
  from: [US, 'President Biden raised the case of the detained journalists']
  to:
  - [RU, 'The sides agreed to continue contacts']
  relation: agree
"""


def test_a_gold_link_between_readouts_found_and_one_missed(tmp_path, capsys):
    (tmp_path / "us-readout.md").write_text(US, encoding="utf-8")
    (tmp_path / "ru-readout.md").write_text(RU, encoding="utf-8")
    (tmp_path / "gold.yaml").write_text(GOLD, encoding="utf-8")
    (tmp_path / "readout-viewer.yaml").write_text("ignore:\n  - gold.yaml\nfiles: {}\n", encoding="utf-8")
    required, missed, _, false = official_pairs.one_gold(tmp_path, tmp_path / "gold.yaml")
    shown = capsys.readouterr().out
    assert (required, missed) == (2, 1)
    assert "missed contacts" in shown and "missed grain" not in shown
    assert "detained journalists" in shown and "score 0.000" in shown
    assert false == shown.count("  false ")


def test_kept_out_events_are_never_read(monkeypatch, capsys):
    hidden = sorted(official_pairs.kept_out())[0]
    listed = [(f"event: {name}", Path("/nowhere") / name, Path("/nowhere") / name / "gold.yaml")
              for name in (hidden, "2030-01-01-readable-call")]
    read: list[str] = []
    monkeypatch.setattr(official_pairs, "golds", lambda: listed)
    monkeypatch.setattr(official_pairs, "one_gold", lambda folder, gold: read.append(folder.name) or (1, 0, 0, 0))
    monkeypatch.setattr(sys, "argv", ["official_pairs.py", "--counts"])
    official_pairs.main()
    assert read == ["2030-01-01-readable-call"]
    assert hidden not in capsys.readouterr().out
