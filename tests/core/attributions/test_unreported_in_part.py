"""Reports in no readout the engine did not list: a pronoun for the leader the sentence before opens on, the sentences
of a leader's quoted unit that no text carries though one does, and a point told twice listed at its first telling."""

from readout_viewer.core.attributions.cited import Source
from readout_viewer.core.attributions.pronouns import opened_on
from tests.builders import NORTH, unreported_texts

SHIPS = "Norway would send three warships to the northern strait next month"
BY_NAME = {"berg": Source("berg", ("north",), leader=True), "oslo": Source("oslo", ("north",))}


def test_a_pronoun_goes_on_for_the_leader_the_sentence_before_opens_on(tmp_path):
    news = f"Berg provided an update on the fishing season. He emphasized that {SHIPS}.\n"
    assert any(t.startswith("He emphasized") for t in unreported_texts(tmp_path, news))


def test_the_leader_a_sentence_opens_on_whatever_the_act():
    text = "Berg provided an update on the season. Oslo hosted talks. Lund reported nothing."
    cue = opened_on(text, 0, 39, BY_NAME)
    assert cue is not None and cue.leader and text[cue.start:cue.end] == "Berg"
    assert opened_on(text, 40, 58, BY_NAME) is None  # a seat, no leader
    assert opened_on(text, 59, len(text), BY_NAME) is None  # no source of the folder


def test_a_pronouns_words_quoted_to_an_audience_next_are_that_occasions(tmp_path):
    news = (f"Berg also addressed the fishing season. He stressed that {SHIPS}. \u201cWe will guard the strait,\u201d "
            "Berg told the Arctic forum in Tromso.\n")
    assert not any(t.startswith("He stressed") for t in unreported_texts(tmp_path, news))


def test_the_sentences_of_a_supported_unit_that_no_text_carries_are_listed(tmp_path):
    said = "unlicensed trawlers would face penalties"
    north = NORTH.replace(f"He said {said}.", "He said: \u201cUnlicensed trawlers would face penalties.\u201d")
    news = f"\u201cUnlicensed trawlers would face penalties. {SHIPS},\u201d Berg said.\n"
    flagged = unreported_texts(tmp_path, news, north)
    assert any(SHIPS in t for t in flagged)
    assert not any(t.startswith("\u201cUnlicensed trawlers") for t in flagged)  # the readout carries that one


def test_a_point_told_twice_is_listed_at_its_first_telling(tmp_path):
    news = (f"{SHIPS}, President Berg said on Tuesday after his call with Eva Sol.\n\n"
            f"\u201c{SHIPS.replace('would', 'will')},\u201d Berg said.\n")
    flagged = unreported_texts(tmp_path, news)
    assert any(t.startswith(SHIPS) for t in flagged)
    assert not any(t.startswith("\u201cNorway will") for t in flagged)


def test_a_demand_made_and_words_said_next_are_words_said(tmp_path):
    for verb in ("demanded that", "went on to say"):
        news = f"President Berg said the fishing season went well. He {verb} {SHIPS.lower()}.\n"
        assert any(t.startswith(f"He {verb}") for t in unreported_texts(tmp_path, news)), verb
