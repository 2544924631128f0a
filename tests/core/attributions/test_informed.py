""""Informed" reports what a source said, as "indicated" does ("The Ukrainian president informed that he also
discussed ...", "the Kremlin informed Trump about ...")."""

from readout_viewer.core.model import SUPPORTED
from tests.core.attributions.test_attributions import check, folder, only


def test_informed_that_cites_its_subject():
    a = only(check(folder("Snow fell. The Kremlin informed that the President pledged no new missile batteries "
                          "near the northern border.")))
    assert (a.cited, a.cited_as, a.verdict) == ("ru", "The Kremlin", SUPPORTED)
