"""Congratulations on taking office: two claims that congratulate a leader on taking office, each naming it its own
way (his assumption of office, inauguration, election victory), report the same greeting."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from readout_viewer.core.linking.courtesies import CONGRATULATE, COURTESY_SCORE
from readout_viewer.core.linking.greeters import by_another, official_names
from readout_viewer.core.linking.mentions import DocPair
from readout_viewer.core.linking.terms import Terms
from readout_viewer.core.model import Claim

# The ways a text names a leader's taking office as the occasion of a congratulation: "his recent assumption of
# office", "assuming the prime minister's role", "his inauguration", "taking office", "sworn in", "his Labour Party's
# election victory", "his appointment to office", "becoming British Prime Minister". Each is one occasion, however
# it is worded; the words share no stem ("assumption" / "assuming" / "inauguration" / "election"), so that the
# greetings (courtesies.courtesy_links) find no occasion in common.
OFFICE = re.compile(
    r"\b(?:assum(?:e|es|ed|ing|ption)\s+(?:of\s+)?(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:office|role|post|premiership|presidency|chancellorship|duties)"
    r"|(?:took|taking|takes|take)\s+office|inaugurat(?:ion|ed)|sworn\s+in|swearing[- ]in"
    r"|(?:election|electoral|re-?election)\s+(?:victory|win|success)"
    r"|(?:victory|win|success)\s+in\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,2}?elections?"
    r"|(?:re-?)?elect(?:ion|ed)\s+as|appointment\s+(?:to|as)\s"
    r"|becoming\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,2}?(?:prime\s+minister|president|chancellor|premier))",
    re.IGNORECASE)


def office_greetings(doc_pairs: Sequence[DocPair], claims_of: Mapping[str, Sequence[Claim]],
                     terms: Mapping[str, Terms]) -> dict[tuple[str, str], float]:
    """The pairs of claims of compared texts that both congratulate a leader on taking office (OFFICE), as the
    greetings on one occasion are linked (`courtesies.courtesy_links`); not a greeting of another leader
    (`greeters.by_another`)."""
    greets: dict[str, list[Claim]] = {}
    named = official_names(doc_pairs)

    def greeting(doc: str) -> list[Claim]:
        if doc not in greets:
            greets[doc] = [c for c in claims_of.get(doc, ()) if CONGRATULATE in terms[c.id].concepts
                           and OFFICE.search(c.text) and not by_another(c.text, named)]
        return greets[doc]
    return {(ca.id, cb.id): COURTESY_SCORE for a, b in doc_pairs for ca in greeting(a.id)
            for cb in (greeting(b.id) if greets[a.id] else ())}

