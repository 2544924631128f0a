"""A leader's post the folder holds only as an excerpt leaves what an outlet retells of it "in no readout"; a sentence
that only describes the call, a leader's words to an audience (and a pronoun going on for them), a guest received and
a sentiment expressed in the present perfect are no report of the call."""

from readout_viewer.core.analysis import analyze
from readout_viewer.core.attributions.occasions import describes_the_call, told_elsewhere
from readout_viewer.core.attributions.unreported import Candidate, another_call, find_unreported, standing
from readout_viewer.core.language.text import fold
from readout_viewer.core.model import OFFICIAL, UNSUPPORTED, Attribution, Claim
from tests.builders import NORTH, READOUT_FRONT, SOUTH, WARSHIPS, reading, unreported_texts

POSTED = "President Berg told of the call with Sol in his Telegram channel on Monday evening.\n\n"


def _with_excerpt(root, news):
    """The texts of the claims listed as in no readout, the Norwegian readout marked as an excerpt of Berg's post."""
    front = READOUT_FRONT.format(s="Office of the Norwegian President", side="NO").replace("---\n", "", 1)
    (root / "north.md").write_text("---\nexcerpt: true\n" + front + NORTH)
    (root / "south.md").write_text(READOUT_FRONT.format(s="Office of the Swedish President", side="SE") + SOUTH)
    (root / "news.txt").write_text(news)
    analysis = analyze(root)
    return [analysis.claim[u.claim].text for u in analysis.unreported]


def test_words_retold_from_a_post_the_folder_holds_whole_are_no_report_in_no_readout(tmp_path):
    assert unreported_texts(tmp_path, POSTED + WARSHIPS + ".\n") == []


def test_words_retold_from_a_post_the_folder_holds_only_as_an_excerpt_are_in_no_readout(tmp_path):
    [report] = _with_excerpt(tmp_path, POSTED + WARSHIPS + ".\n")
    assert report.startswith("President Berg warned that Norway would send three warships")


def _listed(said: str) -> list[str]:
    """The claims find_unreported lists for one outlet sentence, a candidate of Berg's words (one claim)."""
    readout, paper = reading("north", NORTH, role=OFFICIAL), reading("paper", said)
    claim = Claim("paper#1", "paper", 0, len(said), said)
    attribution = Attribution("paper", 0, len(said), "north", "President Berg", UNSUPPORTED, score=0.8)
    return [u.claim for u in find_unreported([readout, paper], {"paper": [claim]}, [], [attribution],
                                             {0: Candidate("Berg", "")})]


def test_a_sentence_that_only_describes_the_call_is_no_report():
    assert _listed("President Berg reported on a meaningful and warm conversation with Swedish President Eva Sol.") == []
    assert _listed(WARSHIPS + ".") == ["paper#1"]


def test_describes_the_call_reads_words_beyond_the_scene_and_the_names():
    assert describes_the_call("Berg described the call with Sol as productive and candid.")
    assert not describes_the_call("Berg said in the call that Norway would send three warships to the strait.")
    assert not describes_the_call("Berg described the fishing quota as unfair.")  # no call named


def test_a_leaders_words_to_an_audience_and_a_pronoun_going_on_for_them_are_no_report(tmp_path):
    forum = ("\u201cThe strait is ours to guard,\u201d President Berg told the Harbour Youth forum in Bergen. He added, "
             "\u201cNorway would send three warships to the northern strait next month.\u201d\n")
    assert unreported_texts(tmp_path, forum) == []


def test_told_elsewhere_needs_the_audience_in_the_pronouns_sentence_or_the_one_before():
    text = "\u201cWe guard it,\u201d Berg told the Harbour Youth forum in Bergen. He added, \u201cThree ships.\u201d"
    added = text.index("He added")
    assert told_elsewhere(text, 0, added, "Berg")
    assert told_elsewhere(text, added, len(text), "He (Berg)")
    assert not told_elsewhere(text, added, len(text), "He (Sol)")  # the one before names another speaker
    alone = "\u201cWe guard it,\u201d Berg said. He added, \u201cThree ships.\u201d"
    assert not told_elsewhere(alone, alone.index("He added"), len(alone), "He (Berg)")


def test_a_leader_receiving_a_guest_the_readouts_never_name_is_another_meeting():
    accounts = fold(NORTH + "\n" + SOUTH)
    guest = "In the meantime, Berg welcomed Danish Prime Minister Jens Holm at the palace."
    assert another_call(guest, accounts)
    assert not another_call(guest.replace("Danish Prime Minister Jens Holm", "Swedish President Eva Sol"), accounts)
    assert not another_call("Berg welcomed President Sol's proposal of a joint patrol.", accounts)  # her name, "'s"


def test_a_sentiment_expressed_in_the_present_perfect_is_background():
    assert standing("While Berg has expressed frustration with the trawlers, his government has done nothing.")
    assert not standing("Berg has repeatedly warned Sol that Norway would send warships.")  # may be the call's words
    assert not standing("Berg has expressed in the call his frustration with the trawlers.")  # tied to the call
    assert not standing("The leaders have stressed that the strait must stay open.")  # also how the call is told


def test_what_the_source_the_sentence_opens_on_has_repeatedly_done_is_background():
    assert standing("Berg has repeatedly blamed the fishing dispute on years of Danish diplomacy.", "Berg")
    assert standing("He has long accused the trawlers of ignoring the quota.", "He (Berg)")
    assert not standing("Berg has repeatedly blamed the fishing dispute on years of Danish diplomacy.")  # no source
    assert not standing("According to him, Berg has repeatedly stressed that the strait must stay open.", "Berg")
    assert not standing("Berg has repeatedly warned Sol that Norway would send warships.", "Berg")  # to her
    assert not standing("Berg has repeatedly blamed the trawlers, he said after the call.", "Berg")  # tied to the call
