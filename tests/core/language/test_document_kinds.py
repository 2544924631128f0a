"""The kinds of official text are one table (language.documents.KIND_NOUNS) that a citation's words and a file's name
both read: either number, every noun of the kind."""

from readout_viewer.core.attributions import cited
from readout_viewer.core.loading import issuer


def test_a_citation_names_a_kind_in_either_number_and_a_transcript_too():
    assert cited.kind_of("the Kremlin's statements") == "statement"
    assert cited.kind_of("the White House transcript") == "transcript"
    assert cited.kind_of("the Chinese readout") == "readout" and cited.kind_of("Xinhua") is None


def test_a_file_name_says_its_kind_by_every_noun_of_the_kind():
    for stem, kind in [("call-summary", "readout"), ("kremlin-message", "statement"), ("remarks-at-summit", "transcript"),
                       ("call-with-reporters", "briefing")]:
        cues = issuer.infer(stem, "", "Text of it.\n").cues
        assert any(c.kind == kind and "file name says" in c.why for c in cues), (stem, [c.why for c in cues])
