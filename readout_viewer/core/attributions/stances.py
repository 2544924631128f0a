"""When a stance a leader takes ("reaffirmed", "assured", "expressed hope") is an outlet's report of the call."""

from __future__ import annotations

import re
from collections.abc import Iterable

from readout_viewer.core.language.lexicon import CALL_NOUN_WORDS
from readout_viewer.core.model import Document

# A stance is what a whole readout words otherwise (check._candidate's gate since Round 27: "Biden reaffirmed ..." is
# never a report no readout carries while the leader's side has a text in the folder). A readout the folder holds only
# as an excerpt cannot carry what it lacks: when every official text of the event is an excerpt, a stance the outlet
# tells is a report of the call like any other, if the text ties it to the call. Tied: the unit before it names a
# source too (the outlet goes on telling what was said: "..., the office said. Erdogan also expressed Turkey's support
# for ..."), or its paragraph names the call ("During a phone call with ..., Erdogan highlighted his hope ...").
# Not a stance alone in a paragraph after the story has turned to another event ("The conversation came as Trump and
# Putin are readying to meet in Alaska ... | Zelensky underlined that Ukraine won't give any territorial concessions"):
# the writer's background, a standing position.
_CALL = re.compile(rf"\b(?:{CALL_NOUN_WORDS})\b", re.IGNORECASE)


def fragments_only(officials: Iterable[Document]) -> bool:
    """Whether there are official texts and every one of them is only an excerpt (front matter `excerpt: true`)."""
    texts = list(officials)
    return bool(texts) and all(d.excerpt for d in texts)


def tied_to_the_call(text: str, start: int, end: int, after_a_source: bool) -> bool:
    """Whether text[start:end], a stance a leader takes, is told as said on the call: the unit before it names a
    source (`after_a_source`), or the paragraph it stands in names the call (`_CALL`)."""
    if after_a_source:
        return True
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    return bool(_CALL.search(text, para_start, len(text) if para_end < 0 else para_end))
