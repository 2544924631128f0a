"""A readout that counts the concerns a leader raised without naming them ("various concerns") is what an outlet
sentence reports in which that leader raises concerns or issues, named or not (`concerns.counted_concerns`)."""

from tests.builders import OUTLET, linked_starts, text_doc

READOUT = ("Norwegian Prime Minister Lars Berg held a telephone talk with Swedish Prime Minister Eva Sol.\n\n"
           "Prime Minister Berg expressed his candid views on various concerns between the two nations.\n\n"
           "The two premiers agreed to reopen the ferry line across the northern strait next spring.")
NEWS = ("Berg brought up the issue of the Tallow Reef and the detained fishing crews.\n\n"
        "The two premiers agreed to reopen the ferry line across the northern strait next spring.\n\n"
        "Sol raised concerns about the lighthouse fees.")


def test_a_leader_raising_issues_reports_the_concerns_a_readout_counts():
    pairs = linked_starts(text_doc("news", NEWS, role=OUTLET), text_doc("readout", READOUT, side="N"))
    assert ("Berg brought up the ", "Prime Minister Berg ") in pairs


def test_another_leader_raising_concerns_does_not():
    pairs = linked_starts(text_doc("news", NEWS, role=OUTLET), text_doc("readout", READOUT, side="N"))
    assert not any(a.startswith("Sol raised") for a, _ in pairs)


def test_an_outlet_sentence_already_linked_keeps_its_link_only():
    pairs = linked_starts(text_doc("news", NEWS, role=OUTLET), text_doc("readout", READOUT, side="N"))
    assert ("The two premiers agr", "The two premiers agr") in pairs
    assert ("The two premiers agr", "Prime Minister Berg ") not in pairs


def test_a_leader_discussing_the_issues_reports_them_too():
    news = "Berg told reporters he discussed issues concerning the Tallow Reef and the detained fishing crews."
    pairs = linked_starts(text_doc("news", news, role=OUTLET), text_doc("readout", READOUT, side="N"))
    assert ("Berg told reporters ", "Prime Minister Berg ") in pairs


def test_a_count_made_by_no_leader_is_not_linked():
    briefing = ("Norwegian Prime Minister Lars Berg held a telephone talk with Swedish Prime Minister Eva Sol.\n\n"
                "The call covered a range of issues between the two nations.")
    pairs = linked_starts(text_doc("news", NEWS, role=OUTLET), text_doc("briefing", briefing, side="N"))
    assert not any(b.startswith("The call covered") for _, b in pairs)
