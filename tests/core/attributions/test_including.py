"""What a sentence lists after "including" is a part of its own (statements._STATEMENT_PARTS): the cited text may carry
the example without the summary around it ("discussed Russia's air terror ..., including a strike on the Kharkiv TV
tower")."""

from readout_viewer.core.model import SUPPORTED
from tests.core.attributions.test_attributions import check, folder, only


def test_the_example_after_including_is_checked_on_its_own():
    a = only(check(folder("Snow fell. The Kremlin said the leaders discussed the grave security situation across the "
                          "whole continent and the energy markets of Europe, including new missile batteries near the "
                          "northern border.")))
    assert (a.cited, a.verdict) == ("ru", SUPPORTED)
