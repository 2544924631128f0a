"""A sentence that opens on a participle of saying before the leader who said it reports that leader
(`reports._PARTICIPLE`), and satisfaction is one concept by any of its words (`synonyms.WORD_GROUPS`)."""

from readout_viewer.core.language.reports import reports_a_leader
from readout_viewer.core.language.synonyms import concept


def test_a_participle_of_saying_before_the_leader_opens_his_report() -> None:
    assert reports_a_leader('"Pointing out that the strengthening and enhancement of Norwegian-Swedish relations is '
                            'pleasing, President Berg expressed that the dialogue will persist."')
    assert reports_a_leader("Expressing his satisfaction over the development of Norwegian-Swedish ties, Berg said "
                            "the dialogue would continue.")


def test_a_long_phrase_of_anything_else_before_the_leader_does_not() -> None:
    assert not reports_a_leader("According to a long description of the conversation released by the broadcaster "
                                "on Monday, Berg said the dialogue would continue.")


def test_pleasing_is_satisfaction() -> None:
    assert concept("pleasing") == concept("satisfaction") == concept("satisfied") == concept("pleased")
