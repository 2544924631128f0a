"""A leader who "cautioned that ..." (the word synonyms.py groups with "warned") or "wished" someone something on the call
is cited as saying it: words no readout carries are listed as in no readout; "wished to ..." (what one wanted) is no
cue."""

import re

from readout_viewer.core.attributions.cue_words import VERBS
from readout_viewer.core.attributions.gates import VERBS as GATED
from tests.builders import WARSHIPS, unreported_texts

_VERB = re.compile(rf"\b(?:{VERBS})\b")


def test_a_leader_who_cautioned_is_cited(tmp_path):
    news = WARSHIPS.replace("warned", "cautioned") + ".\n"
    assert any("warships" in t for t in unreported_texts(tmp_path, news))  # main: no cue, nothing listed


def test_a_leader_who_wished_something_is_cited(tmp_path):
    news = "Berg also wished the Swedish fishermen a record herring season and calm autumn seas.\n"
    assert any("herring season" in t for t in unreported_texts(tmp_path, news))  # main: no cue, nothing listed


def test_the_verbs_and_their_gates():
    assert _VERB.search("Xi cautioned that") and _VERB.search("Berg cautions that")
    assert _VERB.search("Putin wished the leadership a happy Ramadan")
    assert not _VERB.search("Berg wished to avoid a quarrel")  # what he wanted, not what he said
    assert "caution" in GATED and "wished" in GATED  # a sentence holding the verb is searched for the cue


def test_warned_is_listed_as_before(tmp_path):
    assert any("warships" in t for t in unreported_texts(tmp_path, WARSHIPS + ".\n"))  # a guard: passes on main too
