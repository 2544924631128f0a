"""Parts of an outlet's story that tell no report of the call: its headline and its background section."""

from __future__ import annotations

import re

from readout_viewer.core.model import Document
from readout_viewer.core.system.lazyre import LazyPattern

# The outlet's own background section: a paragraph that opens on the label "Background:" (Ukrainska Pravda's and
# European Pravda's house style: "Background:\n\n- On 10 September, the Ukrainian president paid his first official
# visit to Romania ... - Following the talks, Zelenskyy indicated that Romania had agreed to help Ukraine with ...").
# What it tells of a leader's words is what the writer recalls of earlier occasions, not a report of this call. The
# section runs to the next paragraph that opens on another one-word label ("Quote:", "Details:") or to the text's end.
# Counted on the read events' wrong flags (docs/engine-history.md, Round 44, helper unrep16): of 196 flags, the one in
# such a section is wrong, and no right flag lies in one.
_BACKGROUND = re.compile(r"^[ \t]*background[ \t]*:", re.IGNORECASE | re.MULTILINE)
_NEXT_LABEL = LazyPattern(r"^[ \t]*[A-Z][a-z]+[ \t]*:", re.MULTILINE)


def in_background(text: str, at: int) -> bool:
    """Whether offset `at` lies in the text's background section (`_BACKGROUND`), after its label and before the next
    paragraph label."""
    return any(_NEXT_LABEL.search(text, m.end(), at) is None for m in _BACKGROUND.finditer(text, 0, at))


def in_headline(doc: Document, at: int) -> bool:
    """Whether offset `at` lies in the document's headline: the first line of its text, when that line repeats the
    title its metadata gives. A headline condenses the story beneath it in the desk's words ("Putin tells Biden
    Russia is ready to completely break off relations"): it is no report of words on the call, and the story's own
    sentences, which tell the same words with their source, are checked themselves. A title inferred from the text
    is not enough: a text with no headline is titled by its first line or sentence, which is prose."""
    title = doc.title.strip()
    opening = len(doc.text) - len(doc.text.lstrip())
    return bool(title) and "title" not in doc.inferred and doc.text.startswith(title, opening) and \
        at < opening + len(title)
