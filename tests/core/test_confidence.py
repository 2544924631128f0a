"""The confidence floor: weak automatic findings go, analyst links stay, official claims left alone become omitted."""

from dataclasses import replace

from readout_viewer.core import confidence, findings
from readout_viewer.core.linking.omissions import find_omissions
from readout_viewer.core.model import MANUAL, MISATTRIBUTED, Attribution, Link, Unreported


def test_a_floor_of_zero_changes_nothing(tiny):
    assert confidence.at_least(tiny, 0.0) is tiny


def test_weak_links_go_and_the_official_claims_they_joined_become_omitted(tiny):
    # e1/ru#2 <-> e1/us#2 diverges at 0.7: above 0.75 it goes, and each readout now leaves the other's claim out
    strict = confidence.at_least(tiny, 0.75)
    assert {(lk.a, lk.b) for lk in strict.links} == {("e1/ru#1", "e1/us#1"), ("e1/paper#1", "e1/us#1")}
    assert "e1/ru" in strict.omission_of["e1/us#2"].missing_from
    assert "e1/us" in strict.omission_of["e1/ru#2"].missing_from
    # found again by the engine's own rule, on the links that are left
    assert [(o.claim, o.missing_from) for o in strict.omissions] == [
        (o.claim, o.missing_from) for o in find_omissions(tiny.documents, tiny.claims_of, strict.links)]


def test_a_statement_left_out_only_under_the_floor_shows_the_hidden_counterpart_as_its_closest_wording(tiny):
    strict = confidence.at_least(tiny, 0.75)  # the 0.7 divergence between e1/us#2 and e1/ru#2 is hidden
    near = strict.omission_of["e1/us#2"].near("e1/ru")
    assert near is not None and (near.claim, near.score) == ("e1/ru#2", 0.7)
    assert near.words == ("meeting", "agreed")  # "They agreed to meet again." / "No new meeting was agreed."
    assert strict.omission_of["e1/us#2"].near("e1/paper") is None  # never linked to the paper: nothing to show
    assert strict.omission_of["e1/ru#2"].near("e1/us").claim == "e1/us#2"


def test_an_outlet_claim_losing_its_link_is_not_an_omission(tiny):
    strict = confidence.at_least(tiny, 0.85)  # the paper's 0.8 link goes: the paper now leaves e1/us#1 out
    assert "e1/paper#1" not in strict.omission_of
    assert "e1/paper" in strict.omission_of["e1/us#1"].missing_from


def test_analyst_links_stay_whatever_their_score(tiny):
    links = (replace(tiny.links[1], confirmed=True), Link("e1/paper#2", "e1/us#2", "agree", 0.1, origin=MANUAL))
    kept = confidence.at_least(replace(tiny, links=tiny.links + links), 0.95)
    assert set(links) <= set(kept.links) and tiny.links[0] not in kept.links


def test_a_non_statement_never_becomes_omitted(tiny):
    claims = tuple(replace(c, kind="question") if c.id == "e1/us#2" else c for c in tiny.claims)
    strict = confidence.at_least(replace(tiny, claims=claims), 0.75)
    assert "e1/us#2" not in strict.omission_of


def test_weak_attributions_and_reports_go_unscored_ones_stay(tiny):
    weak = Attribution("e1/paper", 0, 5, "e1/us", "officials", MISATTRIBUTED, "e1/ru", 0.2)
    sure = replace(weak, score=0.9)
    unscored = replace(weak, score=None)
    analysis = replace(tiny, attributions=(weak, sure, unscored),
                       unreported=(Unreported("e1/paper#2", "why", 0.3), Unreported("e1/paper#1", "why", 0.6)))
    kept = confidence.at_least(analysis, 0.5)
    assert kept.attributions == (sure, unscored)
    assert [u.claim for u in kept.unreported] == ["e1/paper#1"]
    assert confidence.hidden(analysis, 0.5) == {"links": 0, "attributions": 1, "unreported": 1}


def test_findings_use_the_same_floor(tiny):
    rows = findings.findings(tiny, min_score=0.75)
    assert not [f for f in rows if f.kind == findings.DIVERGENCE]
    omitted = {f.claim for f in rows if f.kind == findings.OMISSION}
    assert {"e1/us#2", "e1/ru#2"} <= omitted  # the divergence hidden by the floor shows as what it leaves: omissions


def test_an_analysts_link_is_one_that_was_made_or_confirmed_by_hand():
    from readout_viewer.core.model import MANUAL, Link

    assert Link("a", "b", "agree", 0.1, origin=MANUAL).by_analyst
    assert Link("a", "b", "agree", 0.1, confirmed=True).by_analyst
    assert not Link("a", "b", "agree", 0.9).by_analyst
