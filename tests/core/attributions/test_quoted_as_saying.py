"""Whoever a text quotes "as saying" speaks ("..., the daily quoted Xi as saying to Kishida")."""

from readout_viewer.core.model import SUPPORTED
from tests.core.attributions.test_attributions import check, folder

LEAD = "Russian President Vladimir Putin spoke with the Chancellor on Monday. "


def test_the_one_quoted_as_saying_speaks():
    found = [(a.cited_as, a.verdict) for a in check(folder(
        LEAD + "\u201cNo new missile batteries would be placed near the northern border,\u201d the daily quoted Putin "
               "as saying.")) if a.doc == "news"]
    assert ("Putin", SUPPORTED) in found
