"""Who asked for the call: an outlet's sentence saying so, linked to the official lines that say so too."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from readout_viewer.core.language.text import fold, holds
from readout_viewer.core.model import Claim

# A claim that says at whose request or initiative the call took place ("The call took place at the request of the
# Russian side", "a 50-minute phone call that Putin requested", "Xinhua said Putin initiated the phone call" / "a phone
# conversation with ... Putin at the latter's request", "this call took place at the government of Russia's request")
# reports the official claims of its event that say so, whatever else their words share: who asked is the one thing
# the two have in common, too little for the score (read17: six gold links, no false one; dev: one optional, one false).
REQUEST_SCORE = 0.4
CALL_REQUEST = re.compile(r"\bat\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:request|initiative|behest)\b|"
                          r"\b(?:initiated|requested)\s+(?:by\b|(?:the|a|this)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:call|conversation|talks?)\b)|"
                          r"\b(?:call|conversation|talks)\s+(?:that|which)\s+(?:[\w'.-]+\s+){1,3}?(?:had\s+)?"
                          r"(?:requested|initiated)\b")
# ... in a claim that names the call (an aid sent "at Kyiv's request" is no call asked for) ...
CALL_NOUN = re.compile(r"\b(?:call|conversation|talks|phone|telephone|videoconference)\b")
# ... searched (in folded text) only in a claim holding one of these words: most hold none.
_REQUEST_WORDS = ("request", "initiat", "behest")


def asks_for_call(text: str) -> bool:
    """Whether a claim says at whose request or initiative the call took place (CALL_REQUEST, CALL_NOUN)."""
    folded = fold(text)
    return holds(folded, _REQUEST_WORDS) and CALL_REQUEST.search(folded) is not None \
        and CALL_NOUN.search(folded) is not None


def call_requests(left: Sequence[Claim], right: Sequence[Claim]) -> dict[tuple[str, str], float]:
    """Every claim of `left` (an outlet's, of the event of `right`, an official text) that says at whose request the
    call took place reports each claim of `right` that says so too (`asks_for_call`), at REQUEST_SCORE."""
    asked = [cb for cb in right if asks_for_call(cb.text)]
    return {(ca.id, cb.id): REQUEST_SCORE for ca in (left if asked else ()) if asks_for_call(ca.text) for cb in asked}


def request_part(claim: Claim) -> Claim:
    """The words of a claim that say at whose request the call took place: what its link to a claim saying so too
    (`call_requests`) reports, whose relation is judged on them alone ("this call took place at the government of
    Russia's request, it's consistent with our view that ... not next year" negates nothing "a phone call that Putin
    requested" says)."""
    found = CALL_REQUEST.search(fold(claim.text))
    return replace(claim, text=claim.text[found.start():found.end()]) if found else claim
