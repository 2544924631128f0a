"""An issuer's evidence: the weighed cues a text gives, and what they add up to (role, side, kind, source)."""

from __future__ import annotations

from dataclasses import dataclass

from readout_viewer.core.loading import governments
from readout_viewer.core.loading.governments import Body

# Weights: a headline worded as an issued text or a government site is as strong as a reporter's byline or a
# wire dateline; a file name or a signature line is a little weaker; voice, opening, captions are hints.
STRONG = 3
MEDIUM = 2
HINT = 1
# An official text needs at least this much evidence: one medium cue (a file name saying "readout") or a
# headline, never hints alone, since a folder of saved articles is mostly outlets.
OFFICIAL_SCORE = 2
# The characters of the text a cue's reason quotes at the most (language/text.clip): enough to recognise the line.
QUOTED_CHARS = 60


@dataclass(frozen=True)
class Cue:
    """One piece of evidence: its weight (+ issued, - reported), why, and what it says of side, kind, source."""

    weight: int
    why: str
    body: Body | None = None
    kind: str | None = None
    source: str | None = None
    channel: tuple[governments.Government, str] | None = None  # a government's readout channel, and its name


@dataclass(frozen=True)
class Found:
    """An inferred value and why (None when nothing in the text says)."""

    value: str | None
    why: str | None = None


@dataclass(frozen=True)
class Issuer:
    """The cues found in a text and what they add up to: the role, and the side, kind and source for a role."""

    cues: tuple[Cue, ...]

    @property
    def score(self) -> int:
        return sum(c.weight for c in self.cues)

    @property
    def official(self) -> bool:
        return self.score >= OFFICIAL_SCORE

    def why_role(self) -> str:
        pro = [c for c in self.cues if (c.weight > 0) == self.official]
        if not pro:
            return "outlet: nothing in the file name, headline or text says an official body issued it"
        return f"{'official' if self.official else 'outlet'}: " + "; ".join(c.why for c in pro[:3])

    def _issuing(self) -> Cue | None:
        """The strongest cue that names the issuing body (a file name's leader or country counts, last)."""
        return max((c for c in self.cues if c.body is not None and c.weight >= 0), key=lambda c: c.weight,
                   default=None)

    def side(self) -> Found:
        """The issuing body's side: from the strongest cue that names a body (None: nothing names one)."""
        by = self._issuing()
        if by is None or by.body is None:
            return Found(None, "no side: nothing names the government that issued it")
        return Found(by.body.side, f"issued by {by.body.name}: {by.why}")

    def kind(self, official: bool) -> Found:
        """What kind of text it is for its role: readout, statement, briefing, transcript; news, opinion, analysis."""
        cue = next((c for c in self.cues if c.kind and (c.weight > 0) == official), None)
        return Found(cue.kind, cue.why) if cue else Found(None)

    def source(self, official: bool) -> Found:
        """The issuing body's usual name for an official text; the wire or site for an outlet."""
        if official:
            side = self._issuing()
            return Found(side.body.name, f"the issuing body: {side.why}") if side and side.body else Found(None)
        cue = next((c for c in self.cues if c.source and c.weight < 0), None)
        return Found(cue.source, cue.why) if cue else Found(None)
