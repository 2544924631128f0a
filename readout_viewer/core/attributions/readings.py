"""Two readings of an attributed statement: its acronyms spelled out, and the topics it only says were discussed."""

from __future__ import annotations

from collections.abc import Iterable

from readout_viewer.core.attributions.statements import Statement, content
from readout_viewer.core.language.acronyms import acronyms_of, spelled_out
from readout_viewer.core.language.synonyms import CANON

# The words that say a statement lists what the leaders discussed: "discuss" itself, and the synonym group of topics
# ("topic", "issue", "matter", "subject"). "During his phone conversation" alone sets the scene of any report.
DISCUSSED_STEMS = content("discuss discussed")
TOPIC_GROUP = "issu"
# The words that place a topic among others ("was among the topics", "in addition to Ukraine", "also"): no part of
# what is said to have been discussed.
LISTING_STEMS = content("among addition including also")
# A topic is named in a word or two ("Bangladesh", "the Quad", "energy security"): a statement with more words
# left says more than what was discussed, and is judged by the claims that hold it.
TOPIC_MAX_WORDS = 3


def spelled(written: str, statement: Statement, officials: Iterable[str]) -> Statement:
    """The statement (`written`: its text) with each acronym it writes ("the upcoming UNGA sessions") read as the
    words the first of the `officials`' texts that spells it out has ("the United Nations General Assembly
    meetings"): the outlet's one word stands for the readout's four."""
    texts, words = list(officials), statement.words
    for acronym in acronyms_of(written):
        stems = content(acronym) & words
        spelled_as = next((w for text in texts if (w := spelled_out(acronym, text))), None) if stems else None
        if spelled_as:
            words = (words - stems) | content(spelled_as)
    if words == statement.words:
        return statement
    gone, extra = statement.words - words, words - statement.words
    return statement._replace(words=words, parts=tuple((p - gone) | extra if p & gone else p for p in statement.parts))


def topics_named(statement: Statement, scene_free: Statement) -> frozenset[str] | None:
    """The topics a statement says were discussed (`scene_free`: the statement without the call's scene,
    scene.without_scene), or None when it says more than that, or says nothing was discussed."""
    if not any(w in DISCUSSED_STEMS or CANON.get(w) == TOPIC_GROUP for w in statement.words):
        return None
    named = frozenset(w for w in scene_free.words - LISTING_STEMS - DISCUSSED_STEMS if CANON.get(w) != TOPIC_GROUP)
    return named if 0 < len(named) <= TOPIC_MAX_WORDS else None
