"""What a text's first and last lines say of its issuer: signatures, source links, bylines, wire datelines,
opinion and analysis labels, photo credits."""

from __future__ import annotations

import re

from readout_viewer.core.language.text import clip
from readout_viewer.core.loading import dispatch, governments
from readout_viewer.core.loading.issuer.cues import HINT, MEDIUM, QUOTED_CHARS, STRONG, Cue
from readout_viewer.core.loading.issuer.names import site_cue

# Lines at the top and bottom of a text where signatures, source lines and bylines stand.
EDGE_LINES = 4
# A signature line is the body's name and little else ("The Kremlin, Moscow", "Office of the Press Secretary").
SIGNATURE_SLACK = 25
_BYLINE = re.compile(r"^(?:By|BY|Written by|Author:)\s+(?P<name>[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){0,3})")
_OPINION = re.compile(r"^(?:Editor['\u2019]s note|Opinion|OPINION|Op-[Ee]d|Commentary|COMMENTARY|Column)\b")
_ANALYSIS = re.compile(r"^(?:Analysis|ANALYSIS)\b\s*[:|-]?")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"]+", re.I)
_URL_LINE = re.compile(r"^(?:(?:Source|Original url|URL|Link)\s*:?\s*)?<?(?:https?://|www\.)[^\s<>]+>?$", re.I)


def edge_cues(lines: list[str]) -> list[Cue]:
    """Signature lines and source links at the top and bottom of the text."""
    cues = []
    for line in dict.fromkeys(lines[:EDGE_LINES] + lines[-EDGE_LINES:]):
        if _URL_LINE.match(line) and (url := _URL.search(line)):
            cue = site_cue(url.group(0), "its source link")
            cues += [cue] if cue else []
            continue
        body = governments.find_body(line) if len(line) <= 80 else None
        if body is not None and len(line) <= len(body.words) + SIGNATURE_SLACK and not _BYLINE.match(line):
            cues.append(Cue(MEDIUM, f"it is signed by {body.words} ('{clip(line, QUOTED_CHARS)}')", body,
                            source=body.name))
    return cues


def head_cues(lines: list[str]) -> list[Cue]:
    """Bylines, wire datelines, labels and captions among the first lines."""
    cues: list[Cue] = []
    for line in lines[:dispatch.HEAD_LINES]:
        if (m := _BYLINE.match(line)) and governments.find_body(m.group("name")) is None:
            cues.append(Cue(-STRONG, f"a reporter's byline ('{clip(line, 40)}')"))
        elif (m := dispatch.WIRE.search(line[:120])) and len(line) > 40:
            agency = m.group("agency") or m.group("agency2") or m.group("agency3")
            cues.append(Cue(-STRONG, f"a wire dateline ('{clip(line[:m.end()].strip(), 40)}')", kind="news",
                            source=agency, channel=governments.readout_channel_of(agency or "")))
        elif _OPINION.match(line):
            cues.append(Cue(-MEDIUM, f"an opinion label ('{clip(line, 30)}')", kind="opinion"))
        elif _ANALYSIS.match(line) and len(line) < 60:
            cues.append(Cue(-HINT, f"an analysis label ('{line}')", kind="analysis"))
        elif m := dispatch.PHOTO.search(line):
            credit = line[max(0, m.start() - 20):m.end()].strip()
            cues.append(Cue(-HINT, f"a photo credit ('\u2026{credit}')"))
        else:
            continue
    return _first_of_each(cues)


def _first_of_each(cues: list[Cue]) -> list[Cue]:
    """The first cue of each sort (its reason before the quotation), in order: one byline counts once."""
    seen, out = set(), []
    for c in cues:
        key = c.why.split(" (")[0]
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out
