"""What a text's prose says of its issuer: reports of what others said, an institution's own voice, a transcript's
speakers, a labelled speaker's words or the call itself at its opening."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from readout_viewer.core.language import transcripts
from readout_viewer.core.language.sentences import ends_in_stop, sentence_stops
from readout_viewer.core.language.text import PARAGRAPH, clip
from readout_viewer.core.loading import dispatch, governments
from readout_viewer.core.loading.issuer.cues import HINT, MEDIUM, STRONG, Cue

# First-person words outside quotations from which a text speaks for an institution ("our Allies", "we will").
MIN_FIRST_PERSON = 3

_T = r"(?:the\s+)?"
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


def body_cues(text: str, lines: list[str]) -> list[Cue]:
    """Reports of what others said, a transcript's speakers, the institution's own voice, a spokesperson's labelled
    words at the start, the opening (in that order: the first of a kind names the text's kind)."""
    prose, longest_quotation = _blank_quotations(text)
    labels = transcripts.labels(lines)
    # what a transcript's speakers say of readouts or officials is their words, not the text reporting others'
    mentions = [m.group(0) for m in _MENTIONS.finditer(prose)] if len(labels) < transcripts.MIN_SPEAKER_LINES else []
    return [*_reported(mentions), *_transcript(labels), *_first_person(prose, mentions), *_opening_label(lines),
            *_speaks_for_itself(text, mentions, longest_quotation), *_opening(text)]


def _blank_quotations(text: str) -> tuple[str, int]:
    """The text with its quotations blanked out, and how many words the longest of them holds (one pass)."""
    longest = 0

    def blank(m: re.Match[str]) -> str:
        nonlocal longest
        longest = max(longest, len(m.group().split()))
        return " "

    return dispatch.QUOTED.sub(blank, text), longest


def _reported(mentions: list[str]) -> list[Cue]:
    """Reports of what others said: an outlet's mark, stronger when there are several."""
    if not mentions:
        return []
    weight = -STRONG if len(mentions) > 1 else -MEDIUM
    such = clip(mentions[0], 50)
    return [Cue(weight, f"it reports what others said ({len(mentions)}\u00d7, such as '{such}')")]


def _transcript(labels: list[str]) -> list[Cue]:
    """A transcript's speakers' labels, and the body the first label that names one speaks for."""
    if len(labels) < transcripts.MIN_SPEAKER_LINES:
        return []
    cues = [Cue(HINT, f"a transcript with speakers' labels ({len(labels)} lines)", kind="briefing")]
    speaker = next((b for label in labels if (b := governments.find_body(label.title(), leaders=True))), None)
    if speaker is not None:
        cues.append(Cue(MEDIUM, f"its speakers' labels name {speaker.words}, who speaks for {speaker.name}",
                        speaker, kind="briefing"))
    return cues


def _first_person(prose: str, mentions: list[str]) -> list[Cue]:
    """An institution's first person outside quotations (counted only where it can tell: no reports of others)."""
    if mentions:
        return []
    first_person = len(_FIRST_PERSON.findall(prose))
    if first_person >= MIN_FIRST_PERSON:
        return [Cue(HINT, f"it speaks in an institution's first person ('we', 'our': {first_person}\u00d7)")]
    return []


def _opening_label(lines: list[str]) -> list[Cue]:
    """A first line that is a labelled speaker's sentence, naming a body's speaker."""
    label = _OPENING_LABEL.match(lines[0]) if lines and ends_in_stop(lines[0], colon=False) else None
    if label and (body := governments.find_body(label.group("who"), leaders=True)) is not None:
        return [Cue(MEDIUM, f"it opens with the words of {body.words}, who speaks for {body.name} "
                            f"('{clip(lines[0], 40)}')", body, kind="briefing")]
    return []


def _speaks_for_itself(text: str, mentions: list[str], longest_quotation: int) -> list[Cue]:
    """No one's sentence quoted and no one's words reported, over a few sentences."""
    if not mentions and longest_quotation <= SCARE_QUOTE_WORDS and not _SAID.search(text) and \
            _at_least(sentence_stops(text), MIN_PLAIN_SENTENCES - 1):
        return [Cue(HINT, "it quotes no one's sentence and reports no one's words: it speaks for itself")]
    return []


def _opening(text: str) -> list[Cue]:
    """The first real paragraph opening on the call itself, or naming a body as its subject."""
    opening = next((para for para in _paragraphs(text) if len(para) > 80), "")
    wire = dispatch.WIRE.match(opening)
    opening = opening[wire.end():].lstrip() if wire and wire.group(0).rstrip()[-1] in "-\u2013\u2014" else opening
    if (m := _OPENING.match(opening)) and " with " in opening[:300]:
        body = governments.find_body(m.group("who"), leaders=True)
        # a body's name opening on the call ("President Joseph R. Biden, Jr. spoke today with") is its readout;
        # a first person ("I just had a lengthy call with") may be a post or remarks
        return [Cue(HINT, f"it opens on the call itself ('{clip(opening, 50)}')", body,
                    kind="readout" if body is not None else None)]
    if (m := _SUBJECT.match(opening)) and (body := governments.find_body(m.group("who"), leaders=True)):
        return [Cue(0, f"its opening's subject is {body.words}", body)]
    return []


def _paragraphs(text: str) -> Iterator[str]:
    """The text's paragraphs in order, each on one line (a hard-wrapped copy breaks its opening sentence across
    lines); read only as far as they are asked for."""
    for m in PARAGRAPH.finditer(text):
        yield " ".join(m.group().split())


def _at_least(found: Iterator[object], n: int) -> bool:
    """Whether `found` yields n items or more, read only that far (a long text's every sentence end was found
    to tell that it has two)."""
    return sum(1 for _ in islice(found, n)) >= n
