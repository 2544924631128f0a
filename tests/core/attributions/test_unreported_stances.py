"""A stance a leader takes ("reaffirmed", "assured") is a report in no readout when every official text is an excerpt
and the outlet ties it to the call; words said at a public appearance (a speech, an interview) are no report."""

import re

from readout_viewer.core.attributions.stances import fragments_only, tied_to_the_call
from readout_viewer.core.attributions.unreported import another_call
from readout_viewer.core.language.speakers import AT_AN_APPEARANCE
from readout_viewer.core.language.text import fold
from readout_viewer.core.model import OFFICIAL
from tests.builders import NORTH, READOUT_FRONT, SOUTH, reading, unreported_texts

STANCE = "President Berg reaffirmed that Norway would keep three warships in the northern strait through the winter."
# The outlet goes on telling what was said: the unit before the stance names a source.
TOLD = "\u201cThe quota must be shared,\u201d the Norwegian president's office said. " + STANCE + "\n"
# The story turns to another event; the stance stands alone in its paragraph after it.
BACKGROUND = ("The fishing season opens next week in Tromsø harbour.\n\nThe fleets gather there every spring.\n\n"
              + STANCE + "\n")


def _excerpts_texts(root, news, excerpt=True):
    """The texts of the claims listed as in no readout, both official texts marked excerpts (or not)."""
    from readout_viewer.core.analysis import analyze  # the engine: only for the tests that ask for it

    mark = "---\nexcerpt: true\n" if excerpt else "---\n"
    for name, office, side, text in (("north", "Norwegian", "NO", NORTH), ("south", "Swedish", "SE", SOUTH)):
        front = READOUT_FRONT.format(s=f"Office of the {office} President", side=side).replace("---\n", mark, 1)
        (root / f"{name}.md").write_text(front + text)
    (root / "news.txt").write_text(news)
    analysis = analyze(root)
    return [analysis.claim[u.claim].text for u in analysis.unreported]


def test_a_stance_told_of_the_call_is_in_no_readout_when_every_official_text_is_an_excerpt(tmp_path):
    assert any(t.startswith("President Berg reaffirmed") for t in _excerpts_texts(tmp_path, TOLD))


def test_a_stance_is_no_report_beside_whole_readouts(tmp_path):
    assert not any(t.startswith("President Berg reaffirmed") for t in _excerpts_texts(tmp_path, TOLD, excerpt=False))


def test_a_stance_alone_after_the_story_turned_elsewhere_is_no_report(tmp_path):
    assert not any(t.startswith("President Berg reaffirmed") for t in _excerpts_texts(tmp_path, BACKGROUND))


def test_fragments_only_needs_every_official_text_cut():
    cut = reading("north", NORTH, role=OFFICIAL, excerpt=True)
    whole = reading("south", SOUTH, role=OFFICIAL)
    assert fragments_only([cut])
    assert not fragments_only([cut, whole])
    assert not fragments_only([])


def test_tied_to_the_call_by_a_source_before_or_the_call_in_the_paragraph():
    text = "The fleets gather in spring. During the call, Berg reaffirmed the patrol.\n\nBerg reaffirmed the patrol.\n"
    first, second = text.index("Berg reaffirmed"), text.rindex("Berg reaffirmed")
    assert tied_to_the_call(text, first, text.index("\n"), after_a_source=False)  # "the call" in its paragraph
    assert not tied_to_the_call(text, second, len(text) - 1, after_a_source=False)
    assert tied_to_the_call(text, second, len(text) - 1, after_a_source=True)


def test_words_said_at_a_public_appearance_are_no_report(tmp_path):
    said = "President Berg said{} that Norway would send three warships to the northern strait next month.\n"
    assert unreported_texts(tmp_path, said.format(" on the occasion of an appearance on fisheries in Bergen")) == []
    assert unreported_texts(tmp_path, said.format(" during a speech in Bergen")) == []
    assert unreported_texts(tmp_path, said.format("")) != []  # the same words with no occasion are listed


def test_an_appearance_is_named_by_its_noun_after_a_preposition():
    found = re.compile(AT_AN_APPEARANCE, re.IGNORECASE).search
    assert found("Berg said during a parliamentary speech this month")
    assert found("In a TV interview Tuesday, Berg admitted")
    assert not found("Berg in his remarks congratulated the Swedish athletes")  # a readout's word for the call
    assert not found("in the event of an invasion")


def test_the_counterpart_misspelled_is_no_other_leader():
    accounts = fold("Swedish President Eva Lindqvist spoke with Norwegian Prime Minister Ola Haraldsen.")
    assert not another_call("During a call with Norwegian Prime Minister Ola Haraldson, Lindqvist hoped for peace.",
                            accounts)
    assert another_call("During a call with Danish Prime Minister Mette Frederiksen, Lindqvist hoped for peace.",
                        accounts)


def test_a_time_that_dates_an_event_named_does_not_date_the_words(tmp_path):
    (tmp_path / "held").mkdir()
    (tmp_path / "said").mkdir()
    held = ("President Berg explained the results of the fisheries congress held last month, which gave Norway three "
            "warships for the northern strait.\n")
    assert unreported_texts(tmp_path / "held", held) != []
    said = "President Berg said last month that Norway would send three warships to the northern strait.\n"
    assert unreported_texts(tmp_path / "said", said) == []


def test_a_pronoun_going_on_after_words_said_at_a_speech_is_no_report(tmp_path):
    speech = ("\u201cThe strait is ours to guard,\u201d President Berg said during a speech in Bergen. He added, "
              "\u201cNorway would send three warships to the northern strait next month.\u201d\n")
    assert unreported_texts(tmp_path, speech) == []


def test_an_office_held_only_as_an_excerpt_relays_its_leaders_words_as_an_aide_does(tmp_path):
    relayed = ("The Norwegian president's office said Berg warned that Norway would send three warships to the "
               "northern strait next month.\n")
    (tmp_path / "cut").mkdir()
    (tmp_path / "whole").mkdir()
    assert _excerpts_texts(tmp_path / "cut", relayed) != []
    assert unreported_texts(tmp_path / "whole", relayed) == []  # a whole text is checked as that text
