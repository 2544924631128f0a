"""A gold file the scorer cannot read as written is refused, with its file and item named (eval/scoring.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "eval"))
from scoring import GoldError, check_gold, load_gold  # noqa: E402


def test_an_attribution_verdict_of_the_quotations_is_refused() -> None:
    gold = {"attributions": [{"in": ["A", "x"], "cited": "W", "verdict": "supported"},
                             {"in": ["A", "y"], "cited": "W", "verdict": "not_found"}]}
    with pytest.raises(GoldError, match=r"g\.yaml: attributions item 2 has verdict 'not_found'"):
        check_gold(gold, "g.yaml")


def test_a_quotation_verdict_and_a_relation_are_checked() -> None:
    with pytest.raises(GoldError, match="quotes item 1"):
        check_gold({"quotes": [{"in": ["A", "x"], "verdict": "supported"}]}, "g")
    with pytest.raises(GoldError, match="links item 1 has relation 'agrees'"):
        check_gold({"links": [{"from": ["A", "x"], "to": [], "relation": "agrees"}]}, "g")


def test_an_unknown_section_and_a_non_mapping_are_refused() -> None:
    with pytest.raises(GoldError, match="unknown section"):
        check_gold({"link": []}, "g")
    with pytest.raises(GoldError, match="a mapping"):
        check_gold(["links"], "g")


def test_a_well_formed_gold_passes_unchanged() -> None:
    gold = {"links": [{"from": ["A", "x"], "to": [["B", "y"]]}], "quotes": [], "attributions": None}
    assert check_gold(gold, "g") is gold


def test_every_gold_of_the_project_is_well_formed() -> None:
    golds = sorted((ROOT / "eval" / "events").glob("*/gold.yaml")) + [ROOT / "tests/data/heldout/gold.yaml"]
    assert len(golds) > 50
    for path in golds:
        load_gold(path)  # raises GoldError on a value the scorer cannot read
