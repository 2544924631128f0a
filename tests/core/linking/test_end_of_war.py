"""Recall: to end a war, a conflict, the fighting or the violence is to stop it; the end of a year is no stop."""

from readout_viewer.core.linking.terms import terms

STOP = terms("They agreed on a cessation of hostilities.").concepts


def test_an_end_to_the_war_is_its_stop():
    for said in ("They want an end to the war.", "Berg wants to end the conflict in the strait.",
                 "Both sides spoke of ending the fighting."):
        assert STOP & terms(said).concepts - terms("They want the war.").concepts


def test_an_end_to_violence_is_its_stop():
    said = "Berg urged an end to violence in the strait."
    assert STOP & terms(said).concepts - terms("Berg urged violence in the strait.").concepts


def test_the_end_of_a_year_is_no_stop():
    assert not STOP & terms("The fleets sail at the end of the year.").concepts
