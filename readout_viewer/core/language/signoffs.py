"""An outlet's sign-off to its reader: "Stay tuned for more updates", "This is a developing story"."""

from __future__ import annotations

import re

from readout_viewer.core.language.captions import reports_speech

# An outlet addressing its reader about its own coverage, opening the sentence: to wait for more ("Stay tuned for more
# updates on this developing story"), to come back ("Check back later for updates"), that the story is still being
# written ("This is a developing story"), that more will follow ("More updates to follow"). It reports nothing of the
# event. At the sentence's start only, and not as someone's words: "'Stay tuned,' Trump told reporters" reports him.
_SIGN_OFF = re.compile(r"^(?:stay tuned\b|(?:please )?(?:check|come) back (?:later|soon|here|again|for)\b"
                       r"|(?:this|it) is (?:a )?(?:developing|breaking)(?: news)? (?:story|report|news)\b"
                       r"|(?:more|further) (?:updates|details) (?:to follow|will follow|soon)\b"
                       r"|(?:for|keep following us for) (?:more|the latest|further) updates\b)", re.IGNORECASE)
# News still to come, said in a text's last paragraph ("Further details about the call and its implications are
# expected to emerge in the coming days"): the outlet closing its piece, not a claim of the event. "Emerge" and
# "follow" are how a page promises its own next report; "Further details of the deal will be released by the two
# governments on Friday" names who acts, and stays a statement. In the last paragraph only: the same words inside a
# story's body may tell what a side announced.
_MORE_TO_COME = re.compile(r"^(?:further|more|additional|new) (?:details|information|updates)\b[^.]{0,120}?"
                           r"\b(?:are|is) (?:expected|likely|set) to (?:emerge|follow)\b", re.IGNORECASE)


def sign_off(sentence: str, *, closing: bool = False) -> bool:
    """Whether a sentence is an outlet's sign-off to its reader (_SIGN_OFF), or, in a text's closing paragraph
    (`closing`), its promise of more news to come (_MORE_TO_COME)."""
    found = _SIGN_OFF.match(sentence) or closing and _MORE_TO_COME.match(sentence)  # anchored: fails at once
    return bool(found) and not reports_speech(sentence)

