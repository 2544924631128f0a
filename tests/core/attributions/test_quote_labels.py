"""A quotation a label gives to its speaker ('Quote from Berg: "...') is the speaker's to its close, over paragraphs:
what it says that no readout carries is listed as in no readout."""

from readout_viewer.core.attributions.cited import Source
from readout_viewer.core.attributions.cue_sides import Cue
from readout_viewer.core.attributions.quote_labels import label_cue, runs_on
from readout_viewer.core.quotes.marks import find_quotations
from tests.builders import unreported_texts

BY_NAME = {"berg": Source("berg", ("north",), leader=True)}
SHIPS = "Norway will send three warships to the northern strait next month and keep them there all winter"
LABELLED = f'Quote from President Berg: "We spoke about the fishing season today.\n\n{SHIPS}."\n\nThe talks go on.'


def test_a_labelled_quotation_running_over_paragraphs_is_the_leaders(tmp_path):
    assert any(t.startswith(SHIPS) for t in unreported_texts(tmp_path, LABELLED + "\n"))


def test_the_label_names_the_speaker_and_the_quotation_runs_to_its_close():
    cue = label_cue(LABELLED, 0, 70, BY_NAME)
    assert cue is not None and cue.leader and LABELLED[cue.start:cue.end] == "President Berg"
    assert label_cue("Quote from Lund: \"We spoke.\"", 0, 28, BY_NAME) is None  # no source of the folder
    quotations = find_quotations(LABELLED)
    inside = LABELLED.index(SHIPS)
    assert runs_on(LABELLED, inside, inside + len(SHIPS) + 2, cue, quotations) is not None
    after = LABELLED.index("The talks")
    assert runs_on(LABELLED, after, len(LABELLED), cue, quotations) is None  # past the close
    assert runs_on(LABELLED, inside, inside + len(SHIPS), Cue(0, 0, inside + 1, inside + 2, ()), quotations) is None
