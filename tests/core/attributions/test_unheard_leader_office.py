"""The office of the leader of a side with no text in the folder ("the king's office") speaks for that side's
government: a source of the call's other party, listed when it tells what the leaders did."""

from readout_viewer.core.attributions.side_names import unheard_bodies
from tests.builders import READOUT_FRONT

# The Swedish readout alone: Norway, whose leader it titles king, has no text in the folder.
SOUTH = ("Swedish Prime Minister Eva Sol had a telephone conversation with Norwegian King Ola Berg. Prime Minister Sol "
         "stressed that the fishing quota must be shared fairly between the two fleets.")


def _analysis(root, news):
    from readout_viewer.core.analysis import analyze  # the engine: only for the tests that ask for it

    root.mkdir()
    (root / "south.md").write_text(READOUT_FRONT.format(s="Office of the Swedish Prime Minister", side="SE") + SOUTH)
    (root / "news.txt").write_text(news)
    analysis = analyze(root)
    return analysis, [analysis.claim[u.claim].text for u in analysis.unreported]


def test_offices_by_a_title_no_heard_leader_holds():
    names = unheard_bodies({"NO"}, {"prime minister"})
    assert {"king's office", "office of the king", "norwegian king's office"} <= set(names)
    assert not {"prime minister's office", "leader's office"} & set(names)  # the heard side's title; any side's
    assert "king's office" not in unheard_bodies({"NO"}, {"prime minister"}, alone=False)  # two such sides: whose?
    assert "king's office" not in unheard_bodies({"NO"})  # without the heard titles: the bodies only


def test_the_kings_office_is_the_source(tmp_path):
    news = "The king's office said that King Berg warned Norway would send three warships to the strait next month.\n"
    analysis, listed = _analysis(tmp_path / "told", news)
    assert [x.cited_as for x in analysis.attributions] == ["The king's office"]
    assert listed == [news.strip()]  # it tells what the leaders did: the other party's account, in no readout here


def test_the_kings_office_on_its_own_position(tmp_path):
    news = "The king's office noted that Oslo verifies the fishing quotas of every trawler in the northern strait.\n"
    assert not _analysis(tmp_path / "own", news)[1]
