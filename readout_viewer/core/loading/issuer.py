"""Who issued a text, read from the text itself: an official body (with its side) or an outlet, and why.

An official text is *issued* by an official body: its headline is worded as one ("Readout of …", "Statement
by …", "Telephone conversation with …", "X speaks with Y on the phone"), its site, signature or file name is
the body's, it speaks in the institution's first person, it opens on the call itself. An article *reports*:
a byline, a wire dateline, "the White House said", "according to a Kremlin readout", photo credits. Each cue
is weighed; the sum decides, and every cue that counted is named in the reason. The side is the issuing
body's, never that of a country the text merely names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice

from readout_viewer.core.language.sentences import ends_in_stop, sentence_stops
from readout_viewer.core.language.text import PARAGRAPH
from readout_viewer.core.loading import dispatch, governments
from readout_viewer.core.loading.governments import Body
from readout_viewer.core.system.lazyre import LazyPattern

# Weights: a headline worded as an issued text or a government site is as strong as a reporter's byline or a
# wire dateline; a file name or a signature line is a little weaker; voice, opening, captions are hints.
STRONG = 3
MEDIUM = 2
HINT = 1
# An official text needs at least this much evidence: one medium cue (a file name saying "readout") or a
# headline, never hints alone, since a folder of saved articles is mostly outlets.
OFFICIAL_SCORE = 2
# Lines at the top and bottom of a text where signatures, source lines and bylines stand.
EDGE_LINES = 4
# A signature line is the body's name and little else ("The Kremlin, Moscow", "Office of the Press Secretary").
SIGNATURE_SLACK = 25
# First-person words outside quotations from which a text speaks for an institution ("our Allies", "we will").
MIN_FIRST_PERSON = 3
# Speaker-labelled lines ("MR. SULLIVAN:", "Q  ...") from which a text is a briefing's transcript.
MIN_SPEAKER_LINES = 3

_T = r"(?:the\s+)?"
# Headlines worded as an issued text, with the kind they give and, where the form names one, the issuer.
_ISSUED_FORMS = (
    (re.compile(r"^read-?outs?\b[:\s]*(?:of\s+)?(?P<who>.*)", re.I), "readout"),
    (re.compile(r"^(?:joint\s+)?statements?\s+(?:by|from|of)\s+(?P<who>.*)", re.I), "statement"),
    (re.compile(r"^(?:joint\s+(?:statement|declaration|communiqu[eé])|press\s+(?:release|statement)|"
                r"communiqu[eé]|statement\s+on)\b(?P<who>)", re.I), "statement"),
    (re.compile(r"^remarks\s+(?:by|of)\s+(?P<who>.*)", re.I), "transcript"),
    (re.compile(r"^(?:transcript|press\s+conference)\b(?:.*?\b(?:by|of)\s+(?P<who>.*))?", re.I), "transcript"),
    (re.compile(r"^(?:(?:background\s+)?press\s+(?:briefing|call|gaggle)|background\s+(?:briefing|call)|"
                r"briefing)\b(?:.*?\bby\s+(?P<who>.*))?", re.I), "briefing"),
    (re.compile(r"^(?:telephone|phone|video)\s+(?:conversation|call|talks)\s+with\b(?P<who>)", re.I), "readout"),
    (re.compile(r"^(?:meeting|talks|conversation|telephone\s+conversation)\s+with\b(?P<who>)", re.I), "readout"),
    # "X Speaks with Y on the Phone": the phone after the other party, as issuers word it (outlets put the
    # talks first: "X holds phone talks with Y").
    (re.compile(r"^(?P<who>[^,;:]+?)\s+(?:speaks?|spoke|talks|talked|holds?|held|has|had|conducts?|conducted)\b"
                r"[^,;:]{0,60}?\bwith\b.*\b(?:phone|telephone|video\s+(?:call|link|conference))\b", re.I),
     "readout"),
    (re.compile(r"^(?:entretien|compte[- ]rendu|communiqu[eé]|d[eé]claration)\b(?P<who>)", re.I), "readout"),
    (re.compile(r"^(?:telefonat|telefongespr[aä]ch|pressemitteilung|erkl[aä]rung)\b(?P<who>)", re.I), "readout"),
    (re.compile(r"^(?:телефонный\s+разговор|встреча|заявление|беседа)\b(?P<who>)", re.I), "readout"),
)
# A headline that reports what someone said is an outlet's, whatever body it names.
_REPORTING_TITLE = re.compile(r"\b(?:says?|said|warns?|tells?|told|claims?|accuses?|urges?|denies|rejects?|"
                              r"slams?|according to|reportedly)\b", re.I)
# File-name words that say what a text is.
_NAME_KINDS = (
    (re.compile(r"\b(?:readouts?|read-out)\b"), "readout"),
    (re.compile(r"\b(?:statements?|communiqu[eé]s?|press release|joint declaration)\b"), "statement"),
    (re.compile(r"\b(?:briefings?|background call|press call|press conference)\b"), "briefing"),
    (re.compile(r"\b(?:transcripts?|remarks)\b"), "transcript"),
)
_BYLINE = re.compile(r"^(?:By|BY|Written by|Author:)\s+(?P<name>[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){0,3})")
# Who a text says spoke, in the third person: the body it reports on, or a readout it cites.
_BODY_WORDS = (r"(?:White House|Kremlin|Elysee|Élysée|Downing Street|Chancellery|Bundesregierung|State Department|"
               r"(?:[A-Z]\w+ )?(?:Foreign|Defen[cs]e) Ministry|Ministry of Foreign Affairs|[Ss]pokes(?:man|woman|"
               r"person)|[Pp]ress [Ss]ecretary|(?:senior )?(?:administration )?officials?)")
_MENTION_FORMS = (
    rf"(?:according to|citing|cited)\s+{_T}(?:a\s+)?[\w\s'\u2019.-]{{0,40}}?(?:readout|statement|{_BODY_WORDS})",
    r"(?:a|the|its|his|her|their|in\s+a)\s+(?:[\w'\u2019.-]+\s+){0,3}read-?out\b",
    rf"{_BODY_WORDS}(?:'s|\u2019s)?\s+(?:said|says|stated|announced|added|noted|reported|read-?out|statement)\b",
    rf"(?:said|says|stated|announced|added)\s+(?:the\s+)?{_BODY_WORDS}",
    r"said in a (?:statement|readout)", r"told (?:reporters|journalists|a news conference|a briefing)\b")
# The letters a form above can start with: tested first at each word's start, it spares most words the forms'
# dozens of alternatives (scanning corpus/'s texts took 16 ms with every form tried at each word, 10 ms so).
_MENTION_FIRST = "acthisopA-Z\u00c9"
_MENTIONS = re.compile(rf"\b(?=[{_MENTION_FIRST}])(?:{'|'.join(_MENTION_FORMS)})")
_OPINION = re.compile(r"^(?:Editor['\u2019]s note|Opinion|OPINION|Op-[Ee]d|Commentary|COMMENTARY|Column)\b")
_ANALYSIS = re.compile(r"^(?:Analysis|ANALYSIS)\b\s*[:|-]?")
_SPEAKER = LazyPattern(r"^(?:([A-Z][A-Z.'\u2019 -]{1,40}):\s|Q\s{1,4}[A-Z]|Q:\s)")
# A text that opens on a labelled speaker's sentence ("Yuri Ushakov: Dear colleagues!", "Dmitry Peskov: Good
# afternoon."): the words of whoever the label names, in full (a headline names a leader by one name and ends
# without a full stop: "Trump: No progress made on cease-fire").
_OPENING_LABEL = re.compile(r"^(?P<who>[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){1,3})\s*:\s+\S")
# An issued text tells what its own side did and said: no one "said" or "told" and no one's sentence quoted (a
# report needs both, to say whose words it carries), in at least this many sentences (a caption or a headline
# says little). A quotation of at most SCARE_QUOTE_WORDS words is a term or a principle ('what he described as
# "threatening" movements', 'the principle of "no decisions about Ukraine without Ukraine"'), not someone's words.
SCARE_QUOTE_WORDS = 8
_SAID = re.compile(r"\b(?:said|says|say|told|tells|according\s+to)\b", re.I)
MIN_PLAIN_SENTENCES = 3
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|ours|us)\b")
_OPENING = re.compile(r"^(?:On [^,]{3,40},\s+|Today,?\s+)?(?P<who>(?:[^,;\"\u201c]|,\s(?:Jr|Sr)\.){3,90}?)\s+"
                      r"(?:(?:on \w+day|today)\s+)?"
                      r"(?:held|had|spoke|speaks|met|talked|conducted|took part|hosts?|hosted|received)\b")
# The subject of an opening sentence that says what someone said or did (side-only evidence).
_SUBJECT = re.compile(r"^(?P<who>[^,;\"\u201c]{3,90}?)\s+(?:(?:on \w+day|today|on \w+ \d{1,2})\s+)?"
                      r"(?:said|says|stressed|noted|stated|pointed out|told|urged|warned|called|held|had|spoke|met)\b")
# A leader's own account of the call, opening the text outside any quotation: "Just completed my two hour call
# with President Vladimir Putin", "the results of our telephone conversation with the President of the United
# States" (a post, a statement to the press). An outlet tells it in the third person.
_OWN_ACCOUNT = re.compile(r"\b(?:my|our)\s+(?:[\w\-]+\s+){0,3}?(?:call|conversation|talks|meeting|phone call)\s+"
                          r"with\s+(?:the\s+)?"
                          r"(?:President|Prime Minister|Premier|Chancellor|Chairman|General Secretary)\b")
# ... within this many characters of the text's start (quotations left out) ...
OWN_ACCOUNT_REACH = 300
# ... found in this many of its first characters: room for the quotations an opening may hold before it.
OWN_ACCOUNT_SCAN = 4 * OWN_ACCOUNT_REACH
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"]+", re.I)
_URL_LINE = re.compile(r"^(?:(?:Source|Original url|URL|Link)\s*:?\s*)?<?(?:https?://|www\.)[^\s<>]+>?$", re.I)


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


def _who(phrase: str | None) -> Body | None:
    """The issuer a headline's subject names: a body or a leader, never the one after "with"."""
    if not phrase:
        return None
    head = re.split(r"\s+(?:with|to|and)\s+|[,;:]", phrase, maxsplit=1)[0]
    return governments.find_body(head, leaders=True)


def title_cue(title: str) -> Cue | None:
    """The headline worded as an issued text, with its kind and the issuer its subject names."""
    title = governments.plain(title.strip().strip("#*").strip())
    if _REPORTING_TITLE.search(title):
        return None
    for form, kind in _ISSUED_FORMS:
        m = form.match(title)
        who = m.group("who") if m else None
        if m and form.pattern.startswith("^(?P<who>") and re.search(r",|&| and ", who or ""):
            continue  # "Xi, Biden hold phone talks": two parties are an outlet's headline, not an issuer's
        if m:
            return Cue(STRONG, f"its headline is worded as an issued {kind} ('{_clip(title)}')", _who(who), kind)
    return None


def _clip(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[:n - 1].rstrip() + "\u2026"


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def _paragraphs(text: str) -> Iterator[str]:
    """The text's paragraphs in order, each on one line (a hard-wrapped copy breaks its opening sentence across
    lines); read only as far as they are asked for."""
    for m in PARAGRAPH.finditer(text):
        yield " ".join(m.group().split())


def _site_cue(url: str, where: str) -> Cue | None:
    g = governments.government_of_site(url)
    if g is not None:
        host = re.sub(r"^[a-z]+://", "", url).split("/")[0]
        return Cue(STRONG, f"{where} is on {g.name}'s site ({host})", Body(g.code, host, g.name), source=g.name)
    host = re.sub(r"^(?:[a-z]+://)?(?:www\.)?", "", url.strip("<>"), flags=re.I).split("/")[0]
    return Cue(-HINT, f"{where} is on a site that is not a government's ({host})", source=host) if host else None


def _name_cues(stem: str) -> list[Cue]:
    """What the file name says: the issuing body, the kind of text, and who speaks (a leader, a country, a
    government's readout channel)."""
    words = re.sub(r"[-_.]+", " ", stem).strip().lower()
    titled = words.title()
    cues = []
    body = governments.find_body(words) or governments.find_body(titled)
    if body is not None:
        cues.append(Cue(MEDIUM, f"the file name names {body.name} ('{stem}')", body, source=body.name))
    kind = next(((m, k) for p, k in _NAME_KINDS if (m := p.search(words))), None)
    if kind is not None:
        cues.append(Cue(MEDIUM, f"the file name says {kind[1]} ('{stem}')", kind=kind[1]))
    if (channel := governments.readout_channel_of(titled, any_case=True)) is not None:
        cues.append(Cue(0, f"the file name names {channel[1]}, {channel[0].code}'s readout channel ('{stem}')",
                        channel=channel))
    elif body is None:
        cues += _speaker_in_name(stem, titled, words[:kind[0].start()].split() if kind else [])
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


def _edge_cues(lines: list[str]) -> list[Cue]:
    """Signature lines and source links at the top and bottom of the text."""
    cues = []
    for line in dict.fromkeys(lines[:EDGE_LINES] + lines[-EDGE_LINES:]):
        if _URL_LINE.match(line) and (url := _URL.search(line)):
            cue = _site_cue(url.group(0), "its source link")
            cues += [cue] if cue else []
            continue
        body = governments.find_body(line) if len(line) <= 80 else None
        if body is not None and len(line) <= len(body.words) + SIGNATURE_SLACK and not _BYLINE.match(line):
            cues.append(Cue(MEDIUM, f"it is signed by {body.words} ('{_clip(line)}')", body, source=body.name))
    return cues


def _head_cues(lines: list[str]) -> list[Cue]:
    """Bylines, wire datelines, labels and captions among the first lines."""
    cues: list[Cue] = []
    for line in lines[:dispatch.HEAD_LINES]:
        if (m := _BYLINE.match(line)) and governments.find_body(m.group("name")) is None:
            cues.append(Cue(-STRONG, f"a reporter's byline ('{_clip(line, 40)}')"))
        elif (m := dispatch.WIRE.search(line[:120])) and len(line) > 40:
            agency = m.group("agency") or m.group("agency2") or m.group("agency3")
            cues.append(Cue(-STRONG, f"a wire dateline ('{_clip(line[:m.end()].strip(), 40)}')", kind="news",
                            source=agency, channel=governments.readout_channel_of(agency or "")))
        elif _OPINION.match(line):
            cues.append(Cue(-MEDIUM, f"an opinion label ('{_clip(line, 30)}')", kind="opinion"))
        elif _ANALYSIS.match(line) and len(line) < 60:
            cues.append(Cue(-HINT, f"an analysis label ('{line}')", kind="analysis"))
        elif m := dispatch.PHOTO.search(line):
            credit = line[max(0, m.start() - 20):m.end()].strip()
            cues.append(Cue(-HINT, f"a photo credit ('\u2026{credit}')"))
        else:
            continue
    return _first_of_each(cues)


def _first_of_each(cues: list[Cue]) -> list[Cue]:
    seen, out = set(), []
    for c in cues:
        key = c.why.split(" (")[0]
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def _blank_quotations(text: str) -> tuple[str, int]:
    """The text with its quotations blanked out, and how many words the longest of them holds (one pass)."""
    longest = 0

    def blank(m: re.Match[str]) -> str:
        nonlocal longest
        longest = max(longest, len(m.group().split()))
        return " "

    return dispatch.QUOTED.sub(blank, text), longest


def _body_cues(text: str, lines: list[str]) -> list[Cue]:
    """Reports of what others said, the institution's own voice, a transcript's speakers, a spokesperson's labelled
    words at the start, the opening."""
    cues = []
    prose, longest_quotation = _blank_quotations(text)
    labels = [m.group(1) or "Q" for m in map(_SPEAKER.match, lines) if m]
    # what a transcript's speakers say of readouts or officials is their words, not the text reporting others'
    mentions = [m.group(0) for m in _MENTIONS.finditer(prose)] if len(labels) < MIN_SPEAKER_LINES else []
    if mentions:
        weight = -STRONG if len(mentions) > 1 else -MEDIUM
        such = _clip(mentions[0], 50)
        cues.append(Cue(weight, f"it reports what others said ({len(mentions)}\u00d7, such as '{such}')"))
    if len(labels) >= MIN_SPEAKER_LINES:
        cues.append(Cue(HINT, f"a transcript with speakers' labels ({len(labels)} lines)", kind="briefing"))
        speaker = next((b for label in labels if (b := governments.find_body(label.title(), leaders=True))), None)
        if speaker is not None:
            cues.append(Cue(MEDIUM, f"its speakers' labels name {speaker.words}, who speaks for {speaker.name}",
                            speaker, kind="briefing"))
    first_person = 0 if mentions else len(_FIRST_PERSON.findall(prose))  # counted only where it can tell
    if first_person >= MIN_FIRST_PERSON and not mentions:
        cues.append(Cue(HINT, f"it speaks in an institution's first person ('we', 'our': {first_person}\u00d7)"))
    label = _OPENING_LABEL.match(lines[0]) if lines and ends_in_stop(lines[0], colon=False) else None
    if label and (body := governments.find_body(label.group("who"), leaders=True)) is not None:
        cues.append(Cue(MEDIUM, f"it opens with the words of {body.words}, who speaks for {body.name} "
                                f"('{_clip(lines[0], 40)}')", body, kind="briefing"))
    if not mentions and longest_quotation <= SCARE_QUOTE_WORDS and not _SAID.search(text) and \
            _at_least(sentence_stops(text), MIN_PLAIN_SENTENCES - 1):
        cues.append(Cue(HINT, "it quotes no one's sentence and reports no one's words: it speaks for itself"))
    opening = next((para for para in _paragraphs(text) if len(para) > 80), "")
    wire = dispatch.WIRE.match(opening)
    opening = opening[wire.end():].lstrip() if wire and wire.group(0).rstrip()[-1] in "-\u2013\u2014" else opening
    if (m := _OPENING.match(opening)) and " with " in opening[:300]:
        body = governments.find_body(m.group("who"), leaders=True)
        # a body's name opening on the call ("President Joseph R. Biden, Jr. spoke today with") is its readout;
        # a first person ("I just had a lengthy call with") may be a post or remarks
        cues.append(Cue(HINT, f"it opens on the call itself ('{_clip(opening, 50)}')", body,
                        kind="readout" if body is not None else None))
    elif (m := _SUBJECT.match(opening)) and (body := governments.find_body(m.group("who"), leaders=True)):
        cues.append(Cue(0, f"its opening's subject is {body.words}", body))
    return cues


def _at_least(found: Iterator[object], n: int) -> bool:
    """Whether `found` yields n items or more, read only that far (a long text's every sentence end was found
    to tell that it has two)."""
    return sum(1 for _ in islice(found, n)) >= n


def infer(stem: str, title: str, text: str, source: str | None = None, url: str | None = None) -> Issuer:
    """Decide who issued a text from its file name, title, text and any source or URL it came with."""
    lines = _lines(text)
    head = title_cue(title) or next((c for c in map(title_cue, lines[:2]) if c), None)
    cues: list[Cue] = [head] if head else []
    own = _own_account(title, lines)
    cues += [own] if own else []
    if title and _REPORTING_TITLE.search(title) and governments.find_body(title) and not own:
        cues.append(Cue(-MEDIUM, f"its headline reports what a body said ('{_clip(title)}')"))
    if source:
        body = governments.find_body(source)
        if body is not None:
            cues.append(Cue(STRONG, f"its source is {source}", body))
    if url:
        cues += [c for c in [_site_cue(url, "its address")] if c]
    cues += _name_cues(stem) + _edge_cues(lines) + _head_cues(lines) + _body_cues(text, lines)
    return Issuer(tuple(_carried(cues, title, lines)))


def _own_account(title: str, lines: list[str]) -> Cue | None:
    """A leader's own account of the call at the text's start (its first sentence may have become the title)."""
    # the quotations are cut from the opening alone (a text of one long line is not scanned whole a second time)
    start = dispatch.QUOTED.sub(" ", " ".join([title] + lines[:3])[:OWN_ACCOUNT_SCAN])[:OWN_ACCOUNT_REACH]
    own = _OWN_ACCOUNT.search(start)
    return Cue(MEDIUM, f"a leader's own account of the call ('{_clip(own.group(0), 50)}')", kind="statement") \
        if own else None


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
