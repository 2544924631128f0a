"""A quotation a label gives to its speaker ('Quote from Zelenskyy: "...'), and the sentences it runs on over."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from readout_viewer.core.attributions.cited import Source
from readout_viewer.core.attributions.cue_sides import AFTER, BOTH, Cue
from readout_viewer.core.attributions.pronouns import named_source
from readout_viewer.core.language.quote_marks import QUOTE_CHARS
from readout_viewer.core.quotes.marks import Quotation

# A paragraph some outlets open with a label naming whose words the quotation after it holds ('Quote from Zelenskyy:
# "During the hour-long conversation, we discussed ...'): the label is the quotation's cue, as "Zelenskyy said:" is.
_LABEL = re.compile(rf"\W*quote\s+from\s+(?P<name>[^:\n]{{2,60}}?):\s*[{QUOTE_CHARS}]", re.IGNORECASE)


def label_cue(text: str, start: int, end: int, by_name: Mapping[str, Source]) -> Cue | None:
    """The cue of a sentence that opens on a quotation's label naming a source of the folder (`by_name`: the sources
    by folded name), else None."""
    m = _LABEL.match(text, start, end)
    source = named_source(m.group("name"), by_name) if m is not None else None
    if m is None or source is None:
        return None
    return Cue(m.start("name"), m.end("name"), m.start(), m.end(), source.docs, AFTER, source.leader,
               person=source.person)


def runs_on(text: str, start: int, end: int, speaker: Cue, quotations: Sequence[Quotation]) -> Cue | None:
    """The cue of a sentence inside a quotation that opened after the cue of the speaker named before it (`speaker`)
    and runs on over several sentences or paragraphs ('Quote from Zelenskyy: "... \\n\\nNo one wants peace more than
    the Ukrainian people. ..."'): the speaker's words to the quotation's close; else None."""
    body = text[start:end].rstrip(" \\t\\n.!?,;\\u2026" + QUOTE_CHARS)
    if not body.strip() or not any(q.closed and speaker.cue_end <= q.start < start and q.end >= start + len(body)
                                   for q in quotations):
        return None
    return speaker._replace(cue_start=start, cue_end=start, says=BOTH)
