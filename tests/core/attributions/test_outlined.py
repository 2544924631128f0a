""""Outlined" reports what a source said ("Dmitry Peskov, the press secretary of the Russian president, outlined the
details of the conversation"), so that "according to him" in the next sentence speaks for that source."""

from readout_viewer.core.model import SUPPORTED
from tests.core.attributions.test_attributions import check, folder, only


def test_outlined_cites_its_subject():
    a = only(check(folder("Snow fell. The Kremlin outlined that the President pledged no new missile batteries "
                          "near the northern border.")))
    assert (a.cited, a.cited_as, a.verdict) == ("ru", "The Kremlin", SUPPORTED)
