"""A spokesman named by a briefing transcript's labels ("MR. LINDQVIST:") is that briefing's voice: "Lindqvist said"
cites the briefing (people.people_of, language.transcripts)."""

from dataclasses import replace

from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import cited_verdicts, reading

BRIEFING = ("MS. HOLM: Good afternoon. Erik will speak to the call.\n\n"
            "MR. LINDQVIST: The President spoke with the Swedish president this morning. The two leaders agreed to "
            "reopen the river port.\n\nQ Will the port open soon?\n\n"
            "MR. LINDQVIST: In the coming days, I expect.\n")


def _briefing(title: str = "Press Briefing by Press Secretary Anna Holm and Trade Coordinator Erik Lindqvist"):
    return replace(reading("brief", BRIEFING, OFFICIAL, "Office of the President", "NO"), kind="briefing",
                   title=title)


def test_a_labelled_speaker_by_surname_cites_the_briefing():
    assert cited_verdicts([_briefing()], "The two leaders agreed to reopen the river port, Lindqvist said.") == [
        ("brief", SUPPORTED)]


def test_a_labelled_speaker_by_full_name_cites_the_briefing():
    assert cited_verdicts([_briefing()], "According to Erik Lindqvist, the two leaders agreed to reopen the river "
                                         "port.") == [("brief", SUPPORTED)]


def test_a_name_no_label_gives_cites_no_text():
    assert [cited for cited, _ in cited_verdicts([_briefing()], "The two leaders agreed to reopen the river port, "
                                                                "Sandberg said.")] == [None]
