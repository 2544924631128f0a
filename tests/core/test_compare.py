"""Comparing two documents alone: in A and not in B, in B and not in A, and what both carry."""

from dataclasses import replace

from readout_viewer.core import compare
from readout_viewer.core.model import AGREE, DIVERGE, OUTLET, Link
from tests.builders import build, doc


def test_two_readouts_each_leave_out_what_the_other_says(tiny):
    found = compare.compare(tiny, "e1/ru", "e1/us")
    assert found.only_a == ("e1/ru#3",) and found.only_b == ("e1/us#3",)
    assert [s.claim for s in found.shared_a] == ["e1/ru#1", "e1/ru#2"]
    assert found.diverging("a") == 1 and found.diverging("b") == 1
    assert found.shared_b[1].links[0].reason == "negation"


def test_the_comparison_ignores_every_other_document(tiny):
    # the paper carries e1/us#1 too: it changes nothing between the two readouts
    alone = replace(tiny, links=tuple(lk for lk in tiny.links if not lk.a.startswith("e1/paper")))
    assert compare.compare(alone, "e1/us", "e1/ru") == compare.compare(tiny, "e1/us", "e1/ru")


def test_an_outlet_against_a_readout(tiny):
    found = compare.compare(tiny, "e1/paper", "e1/us")
    assert found.only_a == ("e1/paper#2",)
    assert found.only_b == ("e1/us#2", "e1/us#3")


def test_two_outlets_share_what_they_both_retell_of_an_official_text(tiny):
    other = doc("e1/wire", OUTLET, None, "news", "Wire")
    extra = build("/x", [(other, ["The leaders spoke for two hours, the wire says.", "Fishing quotas were also raised."])])
    analysis = replace(tiny, documents=tiny.documents + extra.documents, claims=tiny.claims + extra.claims,
                       links=tiny.links + (Link("e1/wire#1", "e1/us#1", AGREE, 0.8),))
    found = compare.compare(analysis, "e1/paper", "e1/wire")
    assert found.only_a == ("e1/paper#2",) and found.only_b == ("e1/wire#2",)
    assert found.shared_a[0].links == () and found.shared_a[0].relation == AGREE


def test_questions_are_not_compared(tiny):
    analysis = replace(tiny, claims=tuple(replace(c, kind="question") if c.id == "e1/us#3" else c
                                          for c in tiny.claims))
    assert "e1/us#3" not in compare.compare(analysis, "e1/ru", "e1/us").only_b


def test_a_statement_too_thin_to_stand_alone_is_left_out_of_nothing(tiny):
    # the omissions' rule in one place: "We had a call." leans on what follows, in the comparison as in the findings
    thin = build("/tmp/thin", [
        (doc("e1/us", "official", "US", "readout", "Washington"), ["We had a call.", "Trade tariffs were raised."]),
        (doc("e1/ru", "official", "RU", "readout", "Moscow"), ["The presidents talked about the weather."]),
    ], links=[])
    assert compare.compare(thin, "e1/us", "e1/ru").only_a == ("e1/us#2",)


def test_two_content_words_stand_alone_in_an_account_not_in_a_transcript(tiny):
    # the omissions' floor in one place: a statement's short sentence is a point, a briefer's short turn is not
    short = build("/tmp/short", [
        (doc("e1/us", "official", "US", "statement", "Washington"), ["I'm not happy about that."]),
        (doc("e1/ru", "official", "RU", "briefing", "Moscow"), ["I'm not happy about that."]),
    ], links=[])
    found = compare.compare(short, "e1/us", "e1/ru")
    assert found.only_a == ("e1/us#1",) and found.only_b == ()


def test_a_party_leaves_out_only_what_none_of_its_texts_carries(tiny):
    # the Kremlin's readout skips e1/us#3, its aide's briefing makes the point: the Kremlin leaves out none of it
    briefing = doc("e1/ru-aide", "official", "RU", "briefing", "Moscow")
    extra = build("/x", [(briefing, ["The aide said the same of the last point.", "Nothing else."])])
    analysis = replace(tiny, documents=tiny.documents + extra.documents, claims=tiny.claims + extra.claims,
                       links=tiny.links + (Link("e1/ru-aide#1", "e1/us#3", AGREE, 0.7),))
    assert compare.left_out_by(analysis, "e1/us", ["e1/ru"]) == compare.compare(tiny, "e1/us", "e1/ru").only_a
    assert "e1/us#3" in compare.left_out_by(analysis, "e1/us", ["e1/ru"])
    assert "e1/us#3" not in compare.left_out_by(analysis, "e1/us", ["e1/ru", "e1/ru-aide"])
    assert compare.left_out_by(analysis, "e1/us", []) == ()


def test_a_later_clause_whose_sentence_opening_the_other_carries_is_left_out_of_nothing():
    # the omissions' rule in one place: an outlet that retells a sentence's opening retells the sentence
    joined = build("/tmp/joined", [
        (doc("e1/us", "official", "US", "readout", "Washington"),
         ["The ministers reviewed the harbour fees", "agreed to continue their dialogue.", "Fishing quotas came up."]),
        (doc("e1/paper", OUTLET), ["The ministers talked about harbour fees, the paper says."]),
    ], links=[Link("e1/paper#1", "e1/us#1", AGREE, 0.8)])
    assert compare.compare(joined, "e1/us", "e1/paper").only_a == ("e1/us#3",)


def test_a_sentence_that_opens_by_saying_they_spoke_is_carried_by_what_it_was_about():
    # the omissions' rule in one place: an outlet that reports the topic of the call carries the call sentence
    called = build("/tmp/called", [
        (doc("e1/us", "official", "US", "readout", "Washington"),
         ["The ministers spoke today with the mayor", "to discuss the harbour fees."]),
        (doc("e1/paper", OUTLET), ["Harbour fees were on the table, the paper says."]),
    ], links=[Link("e1/paper#1", "e1/us#2", AGREE, 0.8)])
    assert compare.compare(called, "e1/us", "e1/paper").only_a == ()


def _press(tiny):
    """tiny plus a wire that carries the readout's trade point and tells its meeting differently."""
    wire = doc("e1/wire", OUTLET, None, "news", "Wire")
    extra = build("/x", [(wire, ["Trade was discussed at length, the wire says.", "A meeting was ruled out."])])
    return replace(tiny, documents=tiny.documents + extra.documents, claims=tiny.claims + extra.claims,
                   links=tiny.links + (Link("e1/wire#1", "e1/us#3", AGREE, 0.8),
                                       Link("e1/wire#2", "e1/us#2", DIVERGE, 0.6, reason="negation")))


def test_where_the_press_stands_on_an_official_statement(tiny):
    press = _press(tiny)
    assert compare.reported_by(press, "e1/us#3") == (("e1/wire", AGREE),)
    assert compare.reported_by(press, "e1/us#2") == (("e1/wire", DIVERGE),)
    assert compare.reported_by(press, "e1/us#1") == (("e1/paper", AGREE),)  # the other readout is no outlet
    assert compare.reported_by(press, "e1/paper#1") == ()  # an outlet's claim: outlets are never linked to it


def test_the_left_out_statement_the_press_reports_comes_first():
    def statements(n):
        return [f"Point number {i} was raised." for i in range(1, n + 1)]
    press = build("/x", [(doc("e1/us", "official", "US", "readout", "Washington"), statements(3)),
                         (doc("e1/a", OUTLET, None, "news", "A"), statements(2)),
                         (doc("e1/b", OUTLET, None, "news", "B"), statements(1))],
                  links=[Link("e1/a#1", "e1/us#3", AGREE, 0.9), Link("e1/b#1", "e1/us#3", AGREE, 0.9),
                         Link("e1/a#2", "e1/us#2", AGREE, 0.9)])
    assert compare.most_reported_first(press, ["e1/us#1", "e1/us#2", "e1/us#3"]) == ("e1/us#3", "e1/us#2", "e1/us#1")
    assert compare.most_reported_first(press, ["e1/us#1"]) == ("e1/us#1",)


def test_the_press_in_words(tiny):
    press = _press(tiny)
    assert compare.reach_words(press, "e1/us#2") == "reported by 1 of 2 outlets: Wire (told differently)"
    assert compare.reach_words(press, "e1/ru#3") == "reported by 0 of 2 outlets"
    assert compare.reach_words(press, "e1/paper#1") == ""
    both = replace(press, links=press.links + (Link("e1/wire#1", "e1/us#1", AGREE, 0.5),))
    assert compare.reach_words(both, "e1/us#1", names=1) == "reported by 2 of 2 outlets: The Paper and 1 more"


def _three_points():
    """A readout's three points: two outlets report the third, one the second, none the first."""
    return build("/x", [(doc("e1/us", "official", "US", "readout", "Washington"),
                         ["Point one was raised.", "Point two was raised.", "Point three was raised."]),
                        (doc("e1/a", OUTLET, None, "news", "A"), ["Point three, says A.", "Point two, says A."]),
                        (doc("e1/b", OUTLET, None, "news", "B"), ["Point three, says B."])],
                 links=[Link("e1/a#1", "e1/us#3", AGREE, 0.9), Link("e1/b#1", "e1/us#3", AGREE, 0.9),
                        Link("e1/a#2", "e1/us#2", AGREE, 0.9)])


def test_findings_list_each_documents_left_out_statements_the_most_reported_first():
    """The findings list (and its CSV) gave what one side leaves out in text order while Compare and the PDF put
    the most reported first (seen by helper ux8): one order for the same list. Other findings keep their place."""
    from readout_viewer.core.findings import DIVERGENCE, OMISSION, Finding

    press = _three_points()

    def left(n):
        return Finding(OMISSION, "e1/us", n, n + 1, f"point {n}", f"e1/us#{n}")
    diverges = Finding(DIVERGENCE, "e1/a", 0, 5, "Point three, says A.", "e1/a#1")
    found = [diverges, left(1), left(2), left(3)]
    assert [f.claim for f in compare.press_first(press, found)] == ["e1/a#1", "e1/us#3", "e1/us#2", "e1/us#1"]


def test_the_press_order_moves_left_out_statements_only_not_the_divergences_of_the_same_claims():
    """press_first ranked every finding of a left-out claim by its press, so a readout's divergences (claims it
    also leaves out of another text) left text order too: only the Left out rows take the press order."""
    from readout_viewer.core.findings import DIVERGENCE, OMISSION, Finding

    press = _three_points()
    found = [Finding(kind, "e1/us", n, n + 1, f"point {n}", f"e1/us#{n}")
             for kind in (DIVERGENCE, OMISSION) for n in (1, 2, 3)]
    assert [(f.kind, f.claim) for f in compare.press_first(press, found)] == [
        (DIVERGENCE, "e1/us#1"), (DIVERGENCE, "e1/us#2"), (DIVERGENCE, "e1/us#3"),
        (OMISSION, "e1/us#3"), (OMISSION, "e1/us#2"), (OMISSION, "e1/us#1")]
