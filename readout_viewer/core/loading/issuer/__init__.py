"""Who issued a text, read from the text itself: an official body (with its side) or an outlet, and why.

An official text is *issued* by an official body: its headline is worded as one ("Readout of …", "Statement
by …", "Telephone conversation with …", "X speaks with Y on the phone"), its site, signature or file name is
the body's, it speaks in the institution's first person, it opens on the call itself. An article *reports*:
a byline, a wire dateline, "the White House said", "according to a Kremlin readout", photo credits. Each cue
is weighed; the sum decides, and every cue that counted is named in the reason. The side is the issuing
body's, never that of a country the text merely names. The cues are read by cues.py's neighbours: the headline
(headline.py), the file name and address (names.py), the first and last lines (edges.py), the prose (prose.py).
"""

from __future__ import annotations

from readout_viewer.core.language.text import clip
from readout_viewer.core.loading import dispatch, governments
from readout_viewer.core.loading.governments import Body
from readout_viewer.core.loading.issuer.cues import MEDIUM, QUOTED_CHARS, STRONG, Cue, Found, Issuer
from readout_viewer.core.loading.issuer.edges import edge_cues, head_cues
from readout_viewer.core.loading.issuer.headline import REPORTING_TITLE, own_account, title_cue
from readout_viewer.core.loading.issuer.names import name_cues, site_cue
from readout_viewer.core.loading.issuer.prose import body_cues

__all__ = ["Cue", "Found", "Issuer", "infer"]


def infer(stem: str, title: str, text: str, source: str | None = None, url: str | None = None) -> Issuer:
    """Decide who issued a text from its file name, title, text and any source or URL it came with."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    head = title_cue(title) or next((c for c in map(title_cue, lines[:2]) if c), None)
    cues: list[Cue] = [head] if head else []
    own = own_account(title, lines)
    cues += [own] if own else []
    if title and REPORTING_TITLE.search(title) and governments.find_body(title) and not own:
        cues.append(Cue(-MEDIUM, f"its headline reports what a body said ('{clip(title, QUOTED_CHARS)}')"))
    if source:
        body = governments.find_body(source)
        if body is not None:
            cues.append(Cue(STRONG, f"its source is {source}", body))
    if url:
        cues += [c for c in [site_cue(url, "its address")] if c]
    cues += name_cues(stem) + edge_cues(lines) + head_cues(lines) + body_cues(text, lines)
    return Issuer(tuple(_carried(cues, title, lines)))


def _carried(cues: list[Cue], title: str, lines: list[str]) -> list[Cue]:
    """A dispatch from a government's readout channel that reports its own leader's meeting is that government's
    own account (dispatch.own_readout); the channel's dateline is then not a reporter's. Never for labelled
    commentary or analysis."""
    if any(c.kind in ("opinion", "analysis") for c in cues):
        return cues
    found = dispatch.own_readout(title, lines, next((c.channel for c in cues if c.channel), None))
    if found is None:
        return cues
    gov, agency, leader, words = found
    why = (f"a {agency} dispatch on {leader}'s meeting ('{words}'); {agency} carries "
           f"{gov.country[0]}'s own readouts of its leaders' meetings")
    kept = [c for c in cues if not (c.channel is not None and c.weight < 0)]
    return [Cue(STRONG, why, Body(gov.code, agency, agency), kind="readout", source=agency), *kept]
