"""Decisions saved in a folder reach every analysis of it: session.analyze_folder and `analyze --json`."""

import json

import pytest

from readout_viewer import cli
from readout_viewer.core.decisions import (
    REJECT,
    DecisionStore,
    decision_for_claims,
    decision_for_link,
    note_decision,
)
from readout_viewer.core.session import analyze_folder, run_folder

READOUT = """---
title: Readout of the call
role: official
side: A
---
The two foreign ministers spoke by telephone for ninety minutes on Monday evening.

They agreed that their deputies would meet in Vienna before the end of the month.

The ministers also reviewed grain shipments through the southern ports in detail.
"""
PAPER = """---
title: A long call
source: The Daily Example
---
The two foreign ministers spoke by telephone for ninety minutes on Monday evening.

Officials hinted that a further meeting of deputies was still possible at some point.
"""


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "folder"
    (root / "ev").mkdir(parents=True)
    (root / "ev" / "readout.md").write_text(READOUT, encoding="utf-8")
    (root / "ev" / "paper.md").write_text(PAPER, encoding="utf-8")
    return root


def _claim(analysis, doc, words):
    return next(c for c in analysis.claims_of[doc] if words in c.text)


def _decide(folder):
    """Reject the engine's link, link two claims it missed, and note one; returns the analysis decided on."""
    found = analyze_folder(folder)
    store = DecisionStore.open(folder)
    link = next(lk for lk in found.links if "ninety" in found.claim[lk.a].text)
    store.add(decision_for_link(REJECT, link, found))
    store.add(decision_for_claims(_claim(found, "ev/paper", "hinted"), _claim(found, "ev/readout", "Vienna"),
                                  "diverge", "hedge", found))
    store.add(note_decision(_claim(found, "ev/readout", "grain"), "Only in this readout.", analysis=found))
    return found


def test_analyze_folder_applies_the_saved_decisions(folder):
    found = _decide(folder)
    decided = analyze_folder(folder)
    ninety = _claim(decided, "ev/readout", "ninety").id
    assert not any(ninety in (lk.a, lk.b) for lk in decided.links)
    assert "ev/paper" in decided.omission_of[ninety].missing_from
    manual = [lk for lk in decided.links if lk.origin == "manual"]
    assert len(manual) == 1 and manual[0].a.startswith("ev/paper#") and manual[0].reason == "hedge"
    assert [n.text for n in decided.notes] == ["Only in this readout."]
    assert analyze_folder(folder, use_decisions=False).links == found.links


def test_run_folder_reads_decisions_saved_while_it_runs(folder):
    gen = run_folder(folder)
    next(gen)
    _decide(folder)
    with pytest.raises(StopIteration) as stop:
        while True:
            next(gen)
    assert len(stop.value.value.notes) == 1


def test_analyze_json_carries_the_decisions(folder, tmp_path):
    _decide(folder)
    out = tmp_path / "a.json"
    assert cli.main(["analyze", str(folder), "--json", "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [(lk["relation"], lk["reason"]) for lk in data["links"] if lk["origin"] == "manual"] == [("diverge", "hedge")]
    assert data["notes"][0]["text"] == "Only in this readout." and data["notes"][0]["author"]
    assert cli.main(["analyze", str(folder), "--json", "--no-decisions", "-o", str(out)]) == 0
    assert "notes" not in json.loads(out.read_text(encoding="utf-8"))


def test_analyze_json_lists_orphans_when_a_document_changed(folder, tmp_path):
    _decide(folder)
    paper = folder / "ev" / "paper.md"
    paper.write_text(PAPER.replace("Officials hinted that a further meeting of deputies was still possible",
                                   "Nobody said anything about any other meeting"), encoding="utf-8")
    out = tmp_path / "a.json"
    assert cli.main(["analyze", str(folder), "--json", "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [o["action"] for o in data["orphaned_decisions"]] == ["link"]
    assert not any(lk["origin"] == "manual" for lk in data["links"])
    assert len(DecisionStore.open(folder).decisions) == 3  # never dropped from the file


def test_an_unusable_decisions_file_is_a_problem_of_the_analysis(folder):
    path = folder / ".readout-viewer" / "decisions.yaml"
    path.parent.mkdir()
    path.write_text("version: 99\n", encoding="utf-8")
    analysis = analyze_folder(folder)
    assert any("newer readout-viewer" in p.message for p in analysis.problems)
    assert path.read_text(encoding="utf-8") == "version: 99\n"
