"""The retelling probe (eval/retell.py, benchmarks/retelling.py): each transformation on literal sentences, and the
engine linking a few literal retellings of a tiny readout to their source and judging "<source> said ..." right."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from readout_viewer.core.analysis import analyze

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "eval"))
import retell  # noqa: E402

US_RU = retell.Speaker(retell.side_of("US", "2021-12-07"), retell.side_of("RU", "2021-12-07"))
IN_US = retell.Speaker(retell.side_of("IN", "2024-08-26"), retell.side_of("US", "2024-08-26"))


def test_the_leader_of_a_side_follows_the_day():
    assert retell.side_of("US", "2021-12-07").leader == "Biden"
    assert retell.side_of("US", "2025-01-10").leader == "Biden"
    assert retell.side_of("US", "2025-02-12").leader == "Trump"
    assert retell.side_of("GB", "2022-11-10").leader == "Sunak"
    assert retell.side_of("GB", "2024-03-12").leader == "Sunak"  # by the day: Starmer from July 2024
    assert retell.side_of("GB", "2024-08-23").leader == "Starmer"
    assert retell.side_of("GB", "2021-01-23").leader == "Johnson"
    assert retell.side_of("KE", "2023-10-03").leader == "Ruto"


@pytest.mark.parametrize("kind, want", [
    ("said", "Biden said that the leaders agreed to stay in touch."),
    ("according", "According to the U.S. readout, the leaders agreed to stay in touch."),
    ("trailing", "The leaders agreed to stay in touch, the White House said."),
    ("statement", "In a statement, the White House said the leaders agreed to stay in touch."),
    ("told", "Biden told Putin that the leaders agreed to stay in touch."),
])
def test_a_frame_puts_the_source_around_the_sentence(kind, want):
    assert retell.frame("The leaders agreed to stay in touch.", US_RU, kind) == want


def test_a_frame_keeps_a_name_that_opens_the_sentence_capitalised():
    assert retell.frame("President Biden spoke with Putin.", US_RU, "said") == \
        "Biden said that President Biden spoke with Putin."


def test_a_briefing_is_cited_by_its_office_not_as_a_readout():
    briefing = retell.Speaker(US_RU.own, US_RU.other, readout=False)
    assert retell.frame("The talks will continue.", briefing, "according") == \
        "According to the White House, the talks will continue."


def test_backshift():
    assert retell.backshift("The United States will respond, and it is ready; we can talk and have met.") == \
        "The United States would respond, and it was ready; we could talk and had met."


def test_backshift_leaves_the_country_alone():
    assert retell.backshift("The US is ready.") == "The US was ready."


def test_person_shift():
    assert retell.person("We will support our partners, and I told him my view.", US_RU) == \
        "They will support their partners, and he told him his view."
    assert retell.person("The President made clear that US forces are ready.", US_RU) == \
        "Biden made clear that US forces are ready."
    assert retell.person("Prime Minister briefed President Biden on his visit.", IN_US) == \
        "Modi briefed President Biden on his visit."


def test_leaders_and_countries_by_surname_and_seat():
    assert retell.references("President Joseph R. Biden, Jr. spoke today with President Vladimir Putin of Russia.",
                             US_RU) == "Biden spoke today with Putin."
    assert retell.references("The Russian side stressed that the United States must answer.", US_RU) == \
        "Moscow stressed that Washington must answer."
    assert retell.references("Prime Minister Shri Narendra Modi received a call from the President of the U.S.A., "
                             "H.E. Mr. Joseph R. Biden.", IN_US) == "Modi received a call from Biden."


def test_leaders_by_role():
    assert retell.roles("President Biden spoke with President Putin of Russia.", US_RU) == \
        "The U.S. leader spoke with the Russian leader."


def test_a_hyphenated_pair_of_countries_stays():
    assert retell.references("The India-US partnership grows.", IN_US) == "The India-US partnership grows."


def test_reporting_verbs_swapped():
    assert retell.verbs("He stressed the need and expressed concern; they discussed trade, agreed that talks "
                        "would go on and reaffirmed their commitment.") == \
        ("He underlined the need and voiced concern; they talked about trade, concurred that talks would go on and "
         "reiterated their commitment.")


def test_a_cut_keeps_the_main_and_first_clause():
    assert retell.cut("While discussing Ukraine, the Prime Minister briefed the President on his recent visit.") == \
        "The Prime Minister briefed the President on his recent visit."
    assert retell.cut("The leaders discussed the situation in the region at length, and they agreed to meet.") == \
        "The leaders discussed the situation in the region at length."
    assert retell.cut("Russia and the United States spoke.") == "Russia and the United States spoke."


def test_every_family_alone_and_in_pairs():
    families = retell.variants()
    assert len(families) == 6 + 15
    assert ("cut", "frame") in families and ("frame", "cut") not in families


def test_retell_applies_the_frame_last_and_names_the_subvariants():
    told, label = retell.retell("We will stay in touch.", US_RU, ("backshift", "frame"), 0)
    assert told == "Biden said that we would stay in touch."
    assert label == "backshift+frame:said"
    _, label = retell.retell("President Biden spoke.", US_RU, ("references",), 1)
    assert label == "references:roles"


READOUT = """---
title: Readout of President Joseph R. Biden, Jr.'s Call with President Vladimir Putin of Russia
source: The White House
role: official
side: US
kind: readout
date: '2021-12-30'
---
President Joseph R. Biden, Jr. spoke today with President Vladimir Putin of Russia.

President Biden urged Russia to de-escalate tensions with Ukraine.

He made clear that the United States and its Allies will respond decisively if Russia further invades Ukraine.
"""
# One retelling per family of each of the readout's last two statements, after the lede an outlet opens with.
RETOLD = {
    "frame": "Biden told Putin that the United States and its Allies will respond decisively if Russia further "
             "invades Ukraine.",
    "backshift": "He made clear that the United States and its Allies would respond decisively if Russia further "
                 "invades Ukraine.",
    "person": "Biden made clear that the United States and its Allies will respond decisively if Russia further "
              "invades Ukraine.",
    "references": "Biden urged Moscow to de-escalate tensions with Ukraine.",
    "verbs": "President Biden called on Russia to de-escalate tensions with Ukraine.",
    "cut": "He made clear that the United States and its Allies will respond decisively.",
}


@pytest.fixture(scope="module")
def retold(tmp_path_factory):
    root = tmp_path_factory.mktemp("retold")
    (root / "readout.md").write_text(READOUT, encoding="utf-8")
    for name, text in RETOLD.items():
        (root / f"{name}.txt").write_text(
            f"---\ntitle: {name}\nsource: Wire {name}\nrole: outlet\nkind: news\ndate: '2021-12-31'\n---\n"
            f"U.S. President Joe Biden spoke with Russian President Vladimir Putin on Thursday.\n\n{text}\n",
            encoding="utf-8")
    return analyze(root)


@pytest.mark.parametrize("family", sorted(RETOLD))
def test_the_engine_links_a_retelling_to_its_source(retold, family):
    source = next(c.id for c in retold.claims_of["readout"]
                  if ("urged" in c.text) == (family in ("references", "verbs")) and "spoke" not in c.text)
    told = next(c for c in retold.claims_of[family] if "spoke with" not in c.text)
    assert source in {link.other(told.id) for link in retold.links_of.get(told.id, ())}


def test_the_engine_finds_a_leaders_words_in_his_sides_readout(retold):
    found = retold.attributions_in("frame")
    assert [(a.cited, a.verdict) for a in found] == [("readout", "supported")]


def test_two_statements_merged_into_one_sentence():
    assert retell.merge("The leaders discussed Ukraine.", "They agreed to stay in touch.") == \
        "The leaders discussed Ukraine, and they agreed to stay in touch."


def test_a_misattribution_pins_the_sentence_on_the_other_partys_account():
    assert retell.misattributed("The leaders agreed to stay in touch.", US_RU, 0) == \
        ("According to the Russian readout, the leaders agreed to stay in touch.", "other:according")
    assert retell.misattributed("The leaders agreed to stay in touch.", US_RU, 1) == \
        ("The leaders agreed to stay in touch, the Kremlin said.", "other:trailing")
