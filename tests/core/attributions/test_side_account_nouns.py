"""A side named by its own account or its leader's office: every noun an official text goes by ("the Chinese
briefing", "the Russian version") and every leader's title ("the Saudi king", "the premier"), from the one list of
each (language/documents.py, countries.LEADER_TITLES)."""

from readout_viewer.core.attributions import cited, side_names
from readout_viewer.core.language.countries import LEADER_TITLES
from readout_viewer.core.language.documents import DOCUMENT_NOUNS
from readout_viewer.core.model import OFFICIAL
from tests.builders import reading


def test_a_side_s_own_account_goes_by_every_document_noun_in_either_number():
    names = set(side_names.SIDE_NAMES["CN"])
    for noun in DOCUMENT_NOUNS:
        assert {f"the chinese {noun}", f"the chinese {noun}s"} <= names, noun


def test_a_side_s_leader_goes_by_every_leader_title():
    table = cited.source_table([reading("sa", "The king received the envoy.", OFFICIAL, "SPA", "SA")])
    leaders = {s.name for s in table if s.leader}
    assert {f"saudi {title}" for title in LEADER_TITLES} <= leaders


def test_every_leader_s_title_before_a_name_names_that_leader_by_office():
    doc = reading("cn", "Premier Li Qiang met the delegation in Beijing.", OFFICIAL, "Xinhua", "CN")
    table = cited.source_table([doc], {"Li": "CN"})
    assert any(s.name == "premier" and s.leader and s.docs == ("cn",) for s in table)
