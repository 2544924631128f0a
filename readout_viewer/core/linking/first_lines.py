"""Two sides' official texts: one's call line and the other's first line, which tells how the call went."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from readout_viewer.core.language.call_partner import spoken_with
from readout_viewer.core.language.lexicon import CALL_NOUN_WORDS
from readout_viewer.core.linking.ledes import LEDE_SCORE, call_lines
from readout_viewer.core.linking.omissions import is_transcript
from readout_viewer.core.linking.readouts import partners
from readout_viewer.core.linking.terms import Terms
from readout_viewer.core.linking.weights import Weights
from readout_viewer.core.model import Claim, Document

# A first line whose subject is the call and which says how it went or how long it took ("The conversation was very
# warm and friendly and continued for approximately one hour", "The phone call lasted ..."): the text's account of
# the call itself, where the other text has its call line. Not "So while this call took place at ..." (no article:
# a briefer's aside) nor "In particular, they talked about ..." (the leaders are the subject, a topic follows).
_CALL_SUBJECT = re.compile(rf"^\W*(?:the|this|their|today['\u2019]s)\s+(?:[\w-]+\s+)?(?:{CALL_NOUN_WORDS})\s+"
                           r"(?:was|were|lasted|went|took|continued)\b", re.IGNORECASE)

# ... or a first line in which the text's own leader, in the first person, says he held the call ("On the road to a
# more intense and normal diplomatic relationship I have just held a very friendly conversation with U.S. President
# Biden", a post): the call told in his words, whatever the words before it say the call was for; its partner is the
# other text's first line that says its leader spoke with someone (`call_partner.spoken_with`: the folder's table of
# leaders may lack him, a president-elect), of the same event, whose own leader the first-person line names.
_HELD_IN_PERSON = re.compile(rf"\b(?:I|We)\s+(?:have\s+|had\s+)?(?:just\s+)?(?:held|had)\s+(?:an?|the)\s+"
                             rf"(?:[\w-]+\s+){{0,3}}?(?:{CALL_NOUN_WORDS})\s+with\b")


def first_lines(kept: Mapping[tuple[str, str], float], docs: tuple[Document, Document], left: Sequence[Claim],
                right: Sequence[Claim], terms: Mapping[str, Terms], w: Weights) -> dict[tuple[str, str], float]:
    """Two official accounts (not transcripts; `left`, `right`: their claims; `kept`: the pairs kept so far) whose
    first claims are both left without a partner: they pair, at LEDE_SCORE (as a lede and a call line), when one is a
    call line (`ledes.call_lines`) and the other has the call for its subject (_CALL_SUBJECT), or when one says whom
    its leader spoke with and the other's leader says in the first person he held the call with him
    (_HELD_IN_PERSON). The general cause: a text that opens on the call tells in its first line what the other's
    call line tells, in no word of it but the call's (the names and the day are in its headline, not its sentences),
    or in words of its own around them."""
    if not left or not right or is_transcript(docs[0]) or is_transcript(docs[1]):
        return {}
    taken = partners(kept)
    a, b = left[0], right[0]
    if a.id in taken or b.id in taken:
        return {}
    for line, doc, other in ((a, docs[0], b), (b, docs[1], a)):
        side = frozenset((doc.side,)) if doc.side else frozenset()
        if _CALL_SUBJECT.match(other.text) and call_lines([line], terms, w, side):
            return {(a.id, b.id): LEDE_SCORE}
        if _HELD_IN_PERSON.search(other.text) and docs[0].event == docs[1].event and spoken_with(line.text) \
                and doc.side in {w.leaders[c] for c in terms[other.id].concepts if c in w.leaders}:
            return {(a.id, b.id): LEDE_SCORE}
    return {}
