"""Concerns counted, not named: a report of a leader raising concerns, linked to the readout that counts them."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from readout_viewer.core.linking.context import Context
from readout_viewer.core.linking.pairs import Pair
from readout_viewer.core.linking.similarity import same_speaker
from readout_viewer.core.system.lazyre import LazyPattern

# A readout sentence in which a leader (`context.speakers`: not a briefer's "The call covered a range of issues")
# counts what was raised without naming it ("expressed his candid views on various concerns between the two
# countries", "a range of issues") ...
COUNTED = re.compile(r"\b(?:various|several|numerous|multiple|a\s+(?:number|range|host|variety|series)\s+of)\s+"
                     r"(?:\w+\s+)?(?:concerns|issues|matters|differences)\b", re.IGNORECASE)
# ... is what an outlet sentence reports in which the leader raises or discusses concerns or issues, whether it names
# them or not ("brought up the issue of Senkaku Islands and the human rights situations in Hong Kong", "I frankly
# raised concerns between both countries", "stated he discussed issues concerning ..."): the readout holds no sentence
# that names them, so the outlet's words share nothing with it but "concerns". Read12: five such sentences, each
# linked to nothing before, all five gold links (link F1 0.833 -> 0.837). "Exchanged views on/about" lists topics
# ("exchanged views about the situations in Afghanistan, Iran and ...") and took a false link (read9 0.835 -> 0.834);
# "discussed" with words between it and "issues" ("discussed Taiwan, ... public health issues") would take it too.
# Compiled on first use: asked on 2 of the 19 readable events, not on corpus/ or the old folder.
RAISED = LazyPattern(r"\b(?:(?:rais(?:ed|es|ing)|brought\s+up|br(?:ing|ings)\s+up|voic(?:ed|es)|flagged|took\s+up)\b"
                     r"[^.]{0,40}?\b(?:concerns?|issues?)\b|discuss(?:ed|es|ing)\s+(?:the\s+)?(?:concerns|issues)\b)",
                     re.IGNORECASE)
# The score such a link is given: that of a topic named on both sides (places_discussed.TOPIC_SCORE), a match of what
# was raised rather than of what was said of it.
CONCERN_SCORE = 0.4


def counted_concerns(kept: Mapping[tuple[str, str], float], pairs: Sequence[Pair], context: Context
                     ) -> dict[tuple[str, str], float]:
    """An outlet sentence linked to nothing in which a leader raises concerns or issues (RAISED) reports the sentence
    of each official text it may report in which a leader counts such concerns (COUNTED), when the two name no
    different leader as the one who spoke."""
    linked = {c for pair in kept for c in pair}
    out: dict[tuple[str, str], float] = {}
    for pair in pairs:
        if pair.a.is_official or not pair.b.is_official:
            continue
        counted = [c for c in context.claims_of.get(pair.b.id, ())
                   if c.id in context.speakers and COUNTED.search(c.text)]
        if not counted:  # nothing to report: the outlet's sentences need no search (corpus/: 1,044 of them)
            continue
        for ca in context.claims_of.get(pair.a.id, ()):
            if ca.id in linked or not RAISED.search(ca.text):
                continue
            out.update({(ca.id, cb.id): CONCERN_SCORE for cb in counted[:1]
                        if same_speaker(context.speakers, ca.id, cb.id)})
    return out

