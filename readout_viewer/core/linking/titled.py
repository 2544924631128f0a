"""A leader a sentence names by title and country, or by the capital the call came from, rather than by name."""

from __future__ import annotations

import re

from readout_viewer.core.language.countries import LEADER_TITLE_TEXT, code_of
from readout_viewer.core.linking.weights import Weights

# A leader the sentence names by title and country alone, not by name ("the President of the United States spoke by
# phone with the Italian Prime Minister, Giorgia Meloni"), or by the capital the call came from ("the president-elect
# got a call from Washington"); not a former one.
_TITLED = re.compile(rf"(?<!former\s)\b(?:the\s+)?([A-Z][\w.-]+)\s+(?i:{LEADER_TITLE_TEXT})\b|"
                     rf"(?<!former\s)\b(?i:{LEADER_TITLE_TEXT})\s+of\s+(?:the\s+)?([A-Z]\w+(?:\s+[A-Z]\w+)?)|"
                     r"\b(?:call|conversation)\s+from\s+([A-Z]\w+)")


def titled_leaders(text: str, w: Weights) -> frozenset[str]:
    """The countries of the event's leaders a sentence names by title and country or by capital alone (_TITLED)."""
    found = {code for m in _TITLED.finditer(text) if (code := code_of(next(g for g in m.groups() if g)))}
    return frozenset(found) & frozenset(w.leaders.values())
