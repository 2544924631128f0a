"""What of a statement a verdict weighs: the call's scene set aside, its long clauses, its words before a clause
describing the call."""

from __future__ import annotations

from readout_viewer.core.attributions.statements import Statement, content
from readout_viewer.core.attributions.verdicts import MISATTRIBUTION_MIN_WORDS
from readout_viewer.core.language.figures import NUMBER_WORDS
from readout_viewer.core.language.lexicon import SETTING_WORDS
from readout_viewer.core.language.synonyms import CANON
from readout_viewer.core.system.lazyre import LazyPattern

# A relative clause describing the call ("the phone call between the two leaders which also featured other
# discussions"): what follows it is the writer's account of the call, not what its source is said to have made public.
_CALL_RELATIVE = LazyPattern(r"\b(?:call|conversation|talks)\b[^,;:.]*?\s(?:which|where|during\s+which|in\s+which)\b")
# Words of the scene (the leaders met, talked, discussed: lexicon.SETTING_WORDS and the synonym groups of talking and
# meeting): no part of what a text is said to lack ("does not mention that Biden and Modi discussed Bangladesh" is
# about Bangladesh).
SETTING_STEMS = content(" ".join(SETTING_WORDS))
SCENE_GROUPS = ("talk", "meeting")
# When the call was, besides the days and months (statements.STOPWORDS) and a date's numbers: "last Monday", "earlier on
# Thursday", "next week".
WHEN_STEMS = content("last next earlier")


def without_scene(statement: Statement) -> Statement:
    """The statement without the call's scene: that the leaders talked or met (the setting words and the synonym groups
    of talking and meeting), and when (a number, WHEN_STEMS). "Modi claimed that Bangladesh was among the topics
    discussed during his phone conversation with Biden last Monday (August 26), in addition to Ukraine" says that
    Bangladesh and Ukraine were topics: a leader's account that names both carries it."""
    scene = {w for w in statement.words if w in SETTING_STEMS or w in WHEN_STEMS or w.isdigit() or
             CANON.get(w, w) in SCENE_GROUPS}
    return statement._replace(words=statement.words - scene, parts=tuple(p - scene for p in statement.parts))


# A count is no point of an account retold (`_spread`): "two" of "the two leaders" is the call's scene, and a
# statement's "two IAEA staff members" shares no point with it (measured: one readable verdict out of the golds, "The
# Russian side also confirmed the shutdown of the power plant, where two IAEA staff members are still on site", no
# longer carried by the Kremlin's "The two leaders had an in-depth and frank exchange of views on the situation ...";
# no scored verdict moves).
COUNTS = content(" ".join(NUMBER_WORDS))


def long_clauses(statement: Statement) -> Statement:
    """The statement with only its clauses of MISATTRIBUTION_MIN_WORDS content words or more (the whole when none):
    the evidence a charge of misattribution may rest on. A short clause matches another account by chance ("The
    White House confirmed Wednesday the phone call ... including economic development and security": two of the
    three listed words are in the Kenyan release's "the place of technology in development, ... food security"), as a
    short statement does (MISATTRIBUTION_MIN_WORDS)."""
    long = tuple(p for p in statement.parts if len(p) >= MISATTRIBUTION_MIN_WORDS)
    return statement._replace(parts=long or (statement.words,))


def call_confirmed(text: str, statement: Statement) -> frozenset[str]:
    """The statement's words (`text` is its sentence's span); when a relative clause describes the call ("confirmed
    Wednesday the phone call between the two leaders which also featured other discussions ..."), those before it,
    less the call's scene and counts: that the source made the call public is what the sentence pins on it."""
    m = _CALL_RELATIVE.search(text)
    if m is None:
        return statement.words
    head = statement._replace(words=statement.words - content(text[m.end():]))
    return without_scene(head).words - COUNTS


# A clause telling what happened on the call, set off by a comma or not ("a phone conversation with ... Al Nahyan,
# during which both heads of state voiced ..."): what follows is what was said on the call, what comes before its
# scene. Not "which" alone: "the phone call between the two leaders which also featured other discussions" describes
# the call in the writer's words (call_confirmed).
_CALL_RELATIVE_TOLD = LazyPattern(r"\b(?:call|conversation|talks)\b[^,;:.]*?,?\s(?:during|in)\s+which\b")


def told_on_call(text: str, statement: Statement) -> Statement | None:
    """The statement's words after a relative clause describing the call opens (`text` is its sentence's span:
    "Putin had a phone conversation with UAE President Mohamed bin Zayed Al Nahyan, during which both heads of state
    voiced significant concern ..."): what was said on the call, the call's scene before it being in every account of
    it; None when no such clause opens."""
    m = _CALL_RELATIVE_TOLD.search(text)
    if m is None:
        return None
    told = content(text[m.end():])
    return statement._replace(words=statement.words & told, parts=tuple(p & told for p in statement.parts))
