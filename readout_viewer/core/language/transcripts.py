"""A transcript's speaker labels ("MR. KIRBY:", "Q  ...") and the people they name, with the title's full names."""

from __future__ import annotations

import re
from collections.abc import Sequence

from readout_viewer.core.system.lazyre import LazyPattern

# A line that opens on a speaker's label: a name or role in capitals and a colon, or a reporter's "Q".
SPEAKER_LABEL = LazyPattern(r"^(?:([A-Z][A-Z.'\u2019 -]{1,40}):\s|Q\s{1,4}[A-Z]|Q:\s)")
# Speaker-labelled lines from which a text is a briefing's transcript (fewer is a headline or a quoted exchange).
MIN_SPEAKER_LINES = 3
# A label that opens on an honorific names a person by surname ("MR. KIRBY", "MS. JEAN-PIERRE"); other labels name
# a role or a leader by title ("THE PRESIDENT", "PRESIDENT XI", "SENIOR ADMINISTRATION OFFICIAL", "MODERATOR"),
# whom the folder's tables of leaders and unnamed officials already name.
_HONORIFIC = re.compile(r"^(?:MR|MS|MRS|DR)\.?\s+")
# A title before the surname in the text's title is no first name ("Secretary Blinken", "Ambassador Smith").
_NOT_FIRST = r"(?!(?:President|Secretary|Minister|Ambassador|Admiral|General|Senator|Spokes\w+|Advis[eo]r)\b)"


def labels(lines: Sequence[str]) -> list[str]:
    """The speaker labels the lines open on, in order ("Q" for a reporter's question)."""
    return [m.group(1) or "Q" for m in map(SPEAKER_LABEL.match, lines) if m]


def _surname(label: str) -> str:
    """A label's last word as a name is written ("JEAN-PIERRE" -> "Jean-Pierre")."""
    return "-".join(part.capitalize() for part in label.split()[-1].strip(".").split("-"))


def speakers(text: str, title: str = "") -> list[str]:
    """The people a transcript's labels name after an honorific, each by the full name its title gives ("John Kirby"
    for "MR. KIRBY" under "... Communications John Kirby") or by surname; none unless the text is a transcript."""
    found = labels(text.splitlines())
    if len(found) < MIN_SPEAKER_LINES:
        return []
    out: list[str] = []
    for label in dict.fromkeys(found):
        if not _HONORIFIC.match(label):
            continue
        surname = _surname(label)
        full = re.search(rf"\b{_NOT_FIRST}([A-Z][\w\-]+\s+){re.escape(surname)}\b", title)
        name = full.group(1) + surname if full else surname
        if name not in out:
            out.append(name)
    return out
