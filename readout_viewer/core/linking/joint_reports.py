"""Whether an outlet sentence opens on the call's two leaders joined by "and" and what they did, as "the leaders" do."""

from __future__ import annotations

import re

from readout_viewer.core.language.reports import reports_a_leader
from readout_viewer.core.linking.openings import opening_leaders
from readout_viewer.core.linking.terms import terms
from readout_viewer.core.linking.weights import Weights

# The first leader and the "and" that joins the second to him stand within this many characters of the sentence's
# start: a subject, not a list further on ("Russian President Vladimir Putin and his French counterpart Emmanuel
# Macron discussed ..." is 70).
HEAD_CHARS = 160
# The second leader is named within this many words after the "and" ("his French counterpart Emmanuel Macron": 5).
SECOND_WORDS = 6
_AND = re.compile(r"\s+and\s+")
# A first leader's phrase holds no punctuation: "Moscow/Paris, Sept. 12 - ... Putin and ..." opens on a dateline, and
# "Putin, who ..., and Macron" on a clause the verb after the second leader may not belong to.
_PUNCTUATION = re.compile(r"[,;:.]")
# What the verb after the two leaders is read against: the subject a report of both leaders opens on
# (`reports.reports_a_leader`, which reads "the leaders discussed ..." as a report and "Putin and Macron ..." not).
_BOTH = "The leaders "


def opens_on_both_leaders(text: str, w: Weights) -> bool:
    """Whether a sentence opens on one leader of the call, "and", another (`openings.opening_leaders`: by name, each
    of a country the other is not), then a verb of saying or doing on the call, as "the leaders ..." would ("Russian
    President Vladimir Putin and his French counterpart Emmanuel Macron discussed the security situation at the
    nuclear plant, the Kremlin said"): it reports what the two said or did, as a report of either leader does."""
    head = text[:HEAD_CHARS]
    for joined in _AND.finditer(head):
        first = head[:joined.start()]
        if _PUNCTUATION.search(first):
            return False
        one = opening_leaders(terms(first, w.acronyms), w)
        if len(one) != 1:
            continue
        words = text[joined.end():].split()
        # the verb may follow a longer phrase than the first word naming the leader ("his French | counterpart")
        if any(opening_leaders(terms(" ".join(words[:n]), w.acronyms), w) - one and
               reports_a_leader(_BOTH + " ".join(words[n:])) for n in range(1, SECOND_WORDS + 1)):
            return True
    return False
