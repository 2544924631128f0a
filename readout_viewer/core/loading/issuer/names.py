"""What a text's file name and web address say of its issuer: the body, the kind of text, who speaks, the site."""

from __future__ import annotations

import re

from readout_viewer.core.language.documents import kind_named
from readout_viewer.core.loading import governments
from readout_viewer.core.loading.governments import Body
from readout_viewer.core.loading.issuer.cues import HINT, MEDIUM, STRONG, Cue


def site_cue(url: str, where: str) -> Cue | None:
    """A government's site (strong, with its side) or any other site (a hint of an outlet, named as the source)."""
    g = governments.government_of_site(url)
    if g is not None:
        host = re.sub(r"^[a-z]+://", "", url).split("/")[0]
        return Cue(STRONG, f"{where} is on {g.name}'s site ({host})", Body(g.code, host, g.name), source=g.name)
    host = re.sub(r"^(?:[a-z]+://)?(?:www\.)?", "", url.strip("<>"), flags=re.I).split("/")[0]
    return Cue(-HINT, f"{where} is on a site that is not a government's ({host})", source=host) if host else None


def name_cues(stem: str) -> list[Cue]:
    """What the file name says: the issuing body, the kind of text, and who speaks (a leader, a country, a
    government's readout channel)."""
    words = re.sub(r"[-_.]+", " ", stem).strip().lower()
    titled = words.title()
    cues = []
    body = governments.find_body(words) or governments.find_body(titled)
    if body is not None:
        cues.append(Cue(MEDIUM, f"the file name names {body.name} ('{stem}')", body, source=body.name))
    kind = kind_named(words)
    if kind is not None:
        cues.append(Cue(MEDIUM, f"the file name says {kind[0]} ('{stem}')", kind=kind[0]))
    if (channel := governments.readout_channel_of(titled, any_case=True)) is not None:
        cues.append(Cue(0, f"the file name names {channel[1]}, {channel[0].code}'s readout channel ('{stem}')",
                        channel=channel))
    elif body is None:
        cues += _speaker_in_name(stem, titled, words[:kind[1].start()].split() if kind else [])
    return cues


def _speaker_in_name(stem: str, titled: str, before_kind: list[str]) -> list[Cue]:
    """Side-only evidence from a file name: a leader ("trump-truth-social"), or the country or unknown name
    just before the kind word ("russia-readout", "valdoria-statement", "cgtn-america-chinese-readout")."""
    who = governments.find_body(titled, leaders=True)
    if who is not None:
        return [Cue(0, f"the file name names {who.words}, who speaks for {who.name} ('{stem}')", who)]
    if not before_kind:
        return []
    # the words nearest the kind first: "cgtn-america-chinese-readout" is the Chinese readout a broadcaster carries
    country, code = next(((" ".join(before_kind[i:]), c) for i in range(len(before_kind) - 1, -1, -1)
                          if (c := governments.country_code(" ".join(before_kind[i:]))) is not None),
                         (" ".join(before_kind), None))
    if code is None and len(before_kind) == 1 and before_kind[0].isalpha():
        code = before_kind[0].capitalize()  # a country missing from the table: its own name is its side
    elif code is None:
        return []
    name = governments.BY_CODE[code].name if code in governments.BY_CODE else code
    return [Cue(0, f"the file name puts {country} before the kind of text ('{stem}')", Body(code, country, name))]
