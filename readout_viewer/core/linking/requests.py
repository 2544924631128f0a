"""Who asked for the call: two claims that name the same side as the one that requested, initiated or placed the call
report the same fact, however each words it ("at Starmer's request" / "initiated by the UK" / "Starmer called Xi")."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from readout_viewer.core.language.countries import code_of
from readout_viewer.core.language.lexicon import CALL_NOUN_WORDS
from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.linking.mentions import DocPair
from readout_viewer.core.model import Claim

# A link between two claims that name the same side as the call's initiator: above the outlets' threshold (0.35),
# under a clear paraphrase, as the courtesy and briefing links are (courtesies.COURTESY_SCORE). The two share the
# leaders' names and the setting at most, too little for the score ("The call, reportedly initiated by the UK,
# also covered cooperation in finance ..." / "... the first conversation between the two men took place at
# Starmer's request").
REQUEST_SCORE = 0.4
# How many words before or after a verb or noun of asking may name who asked ("at Prime Minister Keir Starmer's
# request", "at the request of the Russian side", "Russian President Vladimir Putin initiated").
REACH = 5
# "At X's invitation" is a visit's, not a call's.
_ASK = r"(?:request|initiative|behest)"
_WHO = rf"((?:[\w.\-\u2019']+\s+){{0,{REACH - 1}}}[\w.\-]+)"
# Who asked, named before the asking ("at X's request", "X initiated the call", "a call that X requested") ...
_BEFORE = re.compile(
    rf"\bat\s+{_WHO}['\u2019]s?\s+{_ASK}\b"
    rf"|{_WHO}\s+(?:initiated|requested|sought|placed)\s+(?:the|a|this|their)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{CALL_NOUN_WORDS})\b"
    rf"|\b(?:{CALL_NOUN_WORDS})\s+(?:that|which)\s+{_WHO}\s+(?:had\s+)?(?:initiated|requested|sought)\b",
    re.IGNORECASE)
# ... or after it ("at the request of the latter", "initiated by the UK", "requested by Moscow"; not "made by",
# which is as often a leader's remarks as the call).
_AFTER = re.compile(rf"\b(?:at|on|upon|following)\s+(?:the\s+)?{_ASK}\s+of\s+{_WHO}"
                    rf"|\b(?:initiated|requested|sought|placed)\s+by\s+{_WHO}", re.IGNORECASE)
_CALL = re.compile(rf"\b(?:{CALL_NOUN_WORDS})\b", re.IGNORECASE)
# A word every reading of who asked holds (lower case): a claim with none is not searched (most claims hold none).
_ASKING_WORDS = ("request", "initiat", "behest", "sought", "placed")
# A country named in two words ("the UK", "United States") is read before its single words.
_PAIRS = 2


def requester(text: str, leaders: Mapping[str, str]) -> str | None:
    """The code of the side a claim says asked for or initiated the call, or None (`leaders`: the concept of a word
    of a leader's name -> the leader's country code, `terms.leader_concepts`). "The latter" / "the former" is the
    last / first leader the sentence names before it."""
    lowered = text.lower()
    if not any(word in lowered for word in _ASKING_WORDS) or not _CALL.search(text):
        return None
    for m in _BEFORE.finditer(text):
        who = next(g for g in m.groups() if g)
        code = _side(who.split(), leaders, text[:m.start()], last=True)
        if code:
            return code
    for m in _AFTER.finditer(text):
        who = next(g for g in m.groups() if g)
        code = _side(who.split(), leaders, text[:m.start()], last=False)
        if code:
            return code
    return None


def _side(words: list[str], leaders: Mapping[str, str], before: str, last: bool) -> str | None:
    """The side the words name (a leader, a country, its adjective or seat), the last such word or the first;
    "the latter" / "the former" the last / first leader named `before`."""
    folded = [w.strip(".,;:\u2019'").lower() for w in words]
    for pointer, pick in (("latter", -1), ("former", 0)):
        if pointer in folded:
            named = _named(before, leaders)
            return named[pick] if named else None
    for i in (range(len(folded) - 1, -1, -1) if last else range(len(folded))):
        pair = folded[max(0, i - _PAIRS + 1):i + 1] if last else folded[i:i + _PAIRS]
        code = code_of(" ".join(pair)) or code_of(folded[i]) or leaders.get(concept(folded[i]))
        if code:
            return code
    return None


def _named(text: str, leaders: Mapping[str, str]) -> list[str]:
    """The codes of the leaders a text names, in order (each name counted once, at its last word)."""
    out: list[str] = []
    words = re.findall(r"[\w\-]+", text.lower())
    for i, w in enumerate(words):
        code = leaders.get(concept(w))
        if code and not (i + 1 < len(words) and leaders.get(concept(words[i + 1])) == code):
            out.append(code)
    return out


def request_links(doc_pairs: Sequence[DocPair], claims_of: Mapping[str, Sequence[Claim]],
                  leaders: Mapping[str, str]) -> dict[tuple[str, str], float]:
    """The pairs of claims of compared texts that name the same side as the one that asked for the call."""
    asked: dict[str, list[tuple[Claim, str]]] = {}

    def asking(doc: str) -> list[tuple[Claim, str]]:
        if doc not in asked:
            found = ((c, requester(c.text, leaders)) for c in claims_of.get(doc, ()))
            asked[doc] = [(c, code) for c, code in found if code]
        return asked[doc]
    out: dict[tuple[str, str], float] = {}
    for a, b in doc_pairs:
        mine = asking(a.id)
        for ca, code in mine:
            for cb, other in asking(b.id) if mine else ():
                if code == other:
                    out[(ca.id, cb.id)] = REQUEST_SCORE
    return out
