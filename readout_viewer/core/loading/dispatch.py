"""Wire dispatches: their datelines, their leads, and the leader a lead has meet, talk or speak with another."""

from __future__ import annotations

import re

from readout_viewer.core.language.sentences import sentences
from readout_viewer.core.loading import governments
from readout_viewer.core.system.lazyre import LazyPattern

# Lines at the top of a text where a dateline, a byline or a label stands.
HEAD_LINES = 10
# A wire dateline ("MOSCOW, Dec. 30 (Reuters) -", "BEIJING, April 2 (Xinhua) --") or an agency named in brackets.
WIRE = re.compile(
    r"^[A-Z][A-Za-z .'\u2019-]{1,30}?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*"
    r"(?:\((?P<agency>[A-Za-z][\w .'/-]{1,30})\)\s*)?(?:--?|\u2013|\u2014)\s"
    r"|\((?P<agency2>Reuters|AP|AFP|Xinhua|TASS|Sputnik|Interfax|Bloomberg|dpa|Kyodo|Yonhap|ANI|PTI|IANS|UNI|"
    r"Anadolu|EFE|ANSA|Ukrinform|KCNA|VNA|IRNA|BelTA|SPA)\)|^/?(?P<agency3>TASS|RIA Novosti|Interfax)/")
# A photo credit ("/ AFP", "(Photo: ...)", "Getty Images").
PHOTO = re.compile(r"(?:/\s?(?:VCG|AFP|Reuters|Xinhua|AP|TASS|Sputnik|Getty Images)\s*$|\bFILE PHOTO\b|"
                    r"\bGetty Images\b|\((?:Photo|Image)[^)]*\)|^(?:Photo|Image|Credit)\s*:|\bAP Photo\b)", re.I)
# A quotation, in curly, straight or angle quotes.
QUOTED = re.compile(r"\u201c[^\u201d]{0,2000}\u201d|\"[^\"\n]{0,2000}\"|\u00ab[^\u00bb]{0,2000}\u00bb")
# A headline or first line labelled as something other than the news of the meeting ("Commentary: ...").
LABELLED = LazyPattern(r"^(?:[\w'\u2019]+\s+)?(?:Commentary|News Analysis|Analysis|Opinion|Editorial|Op-Ed|Interview|"
                      r"Feature|Spotlight|Backgrounder|Profile|Explainer|Fact ?box|Roundup|Review)\s*[:|\u2013\u2014]",
                      re.I)
# A photo caption's credit ("... (Xinhua/Yue Yuewei)", "(Photo: ...)"): no part of the lead.
_CAPTION = LazyPattern(r"\((?:[A-Z][\w .'-]*/[^)]*|Photo\b[^)]*)\)\s*$")
# The lead: this many paragraphs from the dateline on (a dispatch names the meeting in its first two).
LEAD_PARAGRAPHS = 2
MIN_LEAD_WORDS = 8
_MEET_WORDS = r"(?:meeting|meetings|talks|summit|call|conversation|meets?|met|spoke|speaks|talked)"
# The leader meets someone ("Xi held talks with", "Xi ... during a virtual meeting with", "Xi spoke with") ...
_MEETS = LazyPattern(r"^[^;]*?\b(?:(?:meets?|met|spoke|speaks|talked|talks)\b[^;]{0,30}?|"
                    r"(?:meeting|talks|summit|call|conversation)\s+)with\b")
# ... is met ("a virtual meeting with Chinese President", "talks between Biden and"), or is the one whose talks
# with another name the sentence's subject ("In his phone talks with U.S. President Joe Biden, Xi noted") ...
_MET = LazyPattern(rf"\b{_MEET_WORDS}(?:\s+[a-z][\w-]*){{0,3}}\s+(?:with|between)\s+"
                  r"(?:(?:[A-Z][\w.'-]*|and)\s+){0,6}(?:[A-Z][\w.'-]*,\s+)?$")
# ... or meets with another named first ("Xi and U.S. President Joe Biden held talks").
_AND = LazyPattern(r"^\s+and\s+(?:[A-Z][\w.'-]*\s+){1,5}(?:on \w+\s+)?(?:held|hold|had|have|met|meet|spoke|talked)\b")


def own_readout(title: str, lines: list[str], channel: tuple[governments.Government, str] | None
                ) -> tuple[governments.Government, str, str, str] | None:
    """A dispatch from a government's readout channel (a Xinhua dispatch: China; `channel`, from the text's other
    cues, unless its dateline names one) that reports a meeting or call its government is a party to: its lead
    names the government's leader as one who meets, talks or speaks with another, or is met. As (government,
    agency, leader, the words that say so); None when the dispatch is another agency's (its dateline), labelled
    ("Commentary:"), cites the channel as others do ("Xinhua reported"), or reports a meeting without its
    government's leader (Xinhua on a US-Russia call stays an outlet)."""
    dated = dateline(lines)
    if dated is not None and dated[1] and dated[2] is None:
        return None  # another agency's dispatch, whatever its file name says
    channel = (dated[2] if dated is not None else None) or channel
    if channel is None or any(LABELLED.match(line) for line in [title, *lines[:2]]):
        return None
    gov, agency = channel
    leaders = governments.leaders_pattern(gov.code)
    if leaders is None or cites(agency, lines):
        return None
    found = party(lead(lines, dated[0] if dated is not None else None), leaders)
    return None if found is None else (gov, agency, *found)


def dateline(lines: list[str]) -> tuple[int, str | None, tuple[governments.Government, str] | None] | None:
    """The index of the wire dateline's line among the first lines, the agency it names (if any) and the
    readout channel that agency is (if it is one); None when there is no dateline."""
    for i, line in enumerate(lines[:HEAD_LINES]):
        if (m := WIRE.search(line[:120])) and len(line) > 40:
            agency = m.group("agency") or m.group("agency2") or m.group("agency3")
            return i, agency, governments.readout_channel_of(agency or "")
    return None


def cites(agency: str, lines: list[str]) -> bool:
    """Whether the text cites the channel as another outlet does ("Xinhua reported", "according to Xinhua")."""
    name = re.escape(agency)
    return bool(re.search(rf"\b(?:according to|citing|cited by|quoted by|reported by)\s+(?:[\w-]+\s+){{0,3}}?{name}\b"
                          rf"|\b{name}(?:\s+[Nn]ews\s+[Aa]gency)?\s+(?:said|says|reported|reports)\b",
                          governments.plain(" ".join(lines))))


def lead(lines: list[str], dated: int | None) -> list[str]:
    """The lead's sentences: the first paragraphs of prose from the dateline on (its wire prefix cut), captions
    and short lines skipped."""
    paragraphs = []
    for i, line in enumerate(lines[dated or 0:], start=dated or 0):
        if i == dated and (m := WIRE.match(line)) and m.group(0).rstrip()[-1] in "-\u2013\u2014":
            line = line[m.end():].lstrip()
        if len(line.split()) >= MIN_LEAD_WORDS and not _CAPTION.search(line) and not PHOTO.search(line):
            paragraphs.append(line)
        if len(paragraphs) == LEAD_PARAGRAPHS:
            break
    return [p[s:e] for p in paragraphs for s, e in sentences(p)]  # not cut after "U.S." nor "Nov. 16"


def party(sentences: list[str], leaders: re.Pattern) -> tuple[str, str] | None:
    """The leader a sentence of the lead has meet, talk or speak with another, and the words that say so."""
    for sentence in sentences:
        flat = governments.plain(QUOTED.sub(" ", sentence))
        for m in leaders.finditer(flat):
            if meets := _MEETS.search(flat[m.end():]) or _AND.match(flat[m.end():]):
                return m.group(0), _excerpt(flat[m.start():m.end() + meets.end()], len(m.group(0)))
            if met := _MET.search(flat[:m.start()]):
                return m.group(0), _excerpt(flat[met.start():m.end()], 0)
    return None


def _excerpt(words: str, keep: int, n: int = 70) -> str:
    """`words` as they stand when short; else their first `keep` characters (the leader), an ellipsis and as
    many of their last words as fit."""
    if len(words) <= n:
        return words
    tail = words[-(n - keep - 3):]
    return f"{words[:keep]} \u2026 {tail[tail.find(' ') + 1:] if ' ' in tail else tail}"
