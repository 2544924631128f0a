"""The call's counterpart named with her title by an outlet ("During a phone call with Swedish President Eva Sol,
Berg stressed ..."), where no official text's words name her: she is one of the event's leaders (the leader the
folder titles with her side's country, or the author her own text's source line names: "Eva Sol, President of Sweden
(post on her account)"), so this is the call, not another one, and Berg's words in it may be in no readout."""

from readout_viewer.core.analysis import analyze
from readout_viewer.core.attributions.unreported import another_call
from readout_viewer.core.language.text import fold

FRONT = "---\ntitle: {t}\nsource: {s}\nrole: official\nside: '{side}'\ndate: '2024-01-10'\n---\n"
# Berg's readout, only an excerpt, never names the Swedish president; her post never names herself.
NORTH = ("[\u2026]\n\nNorwegian Prime Minister Anders Berg proposed a joint patrol of the northern strait and "
         "invited the President of Sweden to Oslo.\n")
POST = "I have just held a very warm conversation with the Norwegian Prime Minister about the fishing accord.\n"
NEWS = ("---\ntitle: Berg and Sol talk\nsource: Daily Paper\n---\nBerg and Sol talk\n\n"
        "During a phone call with {name}, Berg stressed that the trawler fleets must halve "
        "their winter cod catch before the spring thaw.\n")
CUT = "the trawler fleets must halve"


def _listed(root, name: str, author: str = "Eva Sol, President of Sweden (post on her account)") -> list[str]:
    (root / "north.md").write_text(FRONT.format(t="Readout", s="Office of the Prime Minister of Norway", side="NO")
                                   .replace("---\n", "---\nexcerpt: true\n", 1) + NORTH)
    (root / "post.md").write_text(FRONT.format(t="Post", s=author, side="SE") + POST)
    (root / "news.md").write_text(NEWS.format(name=name))
    analysis = analyze(root)
    return [analysis.claim[u.claim].text for u in analysis.unreported]


def test_a_call_with_the_leader_of_the_other_side_is_this_call(tmp_path):
    assert any(CUT in t for t in _listed(tmp_path, "Swedish President Eva Sol"))  # main: held back as another call


def test_a_call_with_the_author_of_the_other_side_s_text_is_this_call(tmp_path):
    assert any(CUT in t for t in _listed(tmp_path, "President Eva Sol"))  # titled by her post alone; main: held back


def test_a_call_with_a_leader_of_no_side_of_the_event_is_another_call(tmp_path):
    assert not any(CUT in t for t in _listed(tmp_path, "Danish Prime Minister Jens Holm"))  # as on main


def test_a_leader_no_text_names_nor_wrote_is_another_call(tmp_path):
    accounts = fold(NORTH + POST) + "\nsol\neva sol"
    assert another_call("During a phone call with Danish Prime Minister Jens Holm, Berg stressed the quota.", accounts)
    assert not another_call("During a phone call with Swedish President Eva Sol, Berg stressed the quota.", accounts)
