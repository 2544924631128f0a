"""Reports the engine listed as in no readout though they are not a leader's words on the call: a pronoun after a
text is no person's, what a leader "later said" was said at another occasion, and a leader's office speaks for itself
unless it tells what the leaders did."""

from readout_viewer.core.attributions.cue_sides import Cue
from readout_viewer.core.attributions.pronouns import pronoun_cue
from tests.builders import SOUTH, WARSHIPS, one_readout_unreported, unreported_texts

SAID = "\u201cA good will was expressed for closer fishing ties between the two kingdoms,\u201d he said."


def _speaker(text: str, name: str) -> Cue:
    at = text.index(name)
    return Cue(at, at + len(name), at, at + len(name), (), leader=True, person=name == "Berg")


def test_he_after_a_statement_is_not_the_statement():
    text = f"According to an Oslo statement, the leaders spoke at length. {SAID}"
    start = text.index("\u201c")
    assert pronoun_cue(text, start, len(text), _speaker(text, "an Oslo statement")) is None
    named = "According to Berg, the leaders spoke at length. "
    cue = pronoun_cue(named + SAID, len(named), len(named + SAID), _speaker(named + SAID, "Berg"))
    assert cue is not None and cue.antecedent == "Berg"  # a person's "he" goes on as before


def test_what_a_leader_later_said_is_of_another_occasion(tmp_path):
    news = ("Three trawlers were freed in Tromso on Monday. President Berg later said that Norway would send three "
            "warships to the northern strait next month.\n")
    assert not any("later said" in t for t in unreported_texts(tmp_path, news))


def test_later_said_in_the_call_is_the_call(tmp_path):
    news = f"{WARSHIPS.replace('warned', 'later said in the call')}.\n"
    assert any("later said in the call" in t for t in unreported_texts(tmp_path, news))


def _south_only(root, news):
    """The texts listed as in no readout beside the Swedish readout alone (Norway's side has no text)."""
    root.mkdir()
    return one_readout_unreported(root, "Office of the Swedish President", "SE", SOUTH, news)


def test_a_leaders_office_must_tell_what_the_leaders_did(tmp_path):
    own = ("The Office of the Norwegian President noted after the conversation that Oslo verifies the fishing quotas "
           "of every trawler in the northern strait.\n")
    assert not _south_only(tmp_path / "own", own)
    told = f"The Office of the Norwegian President said that {WARSHIPS}.\n"
    assert any(t.startswith("The Office") for t in _south_only(tmp_path / "told", told))
