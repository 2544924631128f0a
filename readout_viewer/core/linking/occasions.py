"""Congratulations on taking office: two claims that congratulate a leader on taking office, each naming it its own
way (his assumption of office, inauguration, election victory), greet on the same occasion (courtesies)."""

from __future__ import annotations

import re

from readout_viewer.core.system.lazyre import LazyPattern

# The ways a text names a leader's taking office as the occasion of a congratulation: "his recent assumption of
# office", "assuming the prime minister's role", "his inauguration", "taking office", "sworn in", "his Labour Party's
# election victory", "his appointment to office", "becoming British Prime Minister". Each is one occasion, however
# it is worded; the words share no stem ("assumption" / "assuming" / "inauguration" / "election"), so that the
# greetings (courtesies.courtesy_links) find no occasion in common.
OFFICE = LazyPattern(
    r"\b(?:assum(?:e|es|ed|ing|ption)\s+(?:of\s+)?(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:office|role|post|premiership|presidency|chancellorship|duties)"
    r"|(?:took|taking|takes|take)\s+office|inaugurat(?:ion|ed)|sworn\s+in|swearing[- ]in"
    r"|(?:election|electoral|re-?election)\s+(?:victory|win|success)"
    r"|(?:victory|win|success)\s+in\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,2}?elections?"
    r"|(?:re-?)?elect(?:ion|ed)\s+as|appointment\s+(?:to|as)\s"
    r"|becoming\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,2}?(?:prime\s+minister|president|chancellor|premier))",
    re.IGNORECASE)



def on_taking_office(text: str) -> bool:
    """Whether a congratulation's occasion is a leader's taking office, however worded (OFFICE)."""
    return OFFICE.search(text) is not None
