"""The cue patterns that name a source of the folder outright: "according to the Kremlin", "Putin said", "said X"."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from readout_viewer.core.attributions import gates
from readout_viewer.core.attributions.alternations import EVERY, Held
from readout_viewer.core.attributions.cited import Source
from readout_viewer.core.attributions.cue_sides import ABSENT, AFTER, BEFORE, BOTH
from readout_viewer.core.attributions.cue_words import (
    ABSENCE,
    ACCORDING_OR_CITING,
    ACCORDING_TO,
    AIDE_TITLES,
    ALSO,
    AN_AIDE,
    APPOSITIVE,
    AS_BY_VERBS,
    BODY_TIME,
    CALL_BETWEEN,
    DEED_CHARS,
    DOC_VERBS,
    FOLDED_VERBS,
    FOR_AIDE,
    FROM,
    HIS_AIDE,
    IN_THE_KNOW,
    ITS_CHANNEL,
    ON_THE_CALL,
    PARTICIPLES,
    PASSIVE_VERBS,
    PLACED_ON,
    POST_FROM,
    POSTED_AFTER,
    PUBLISHED,
    PUT_OUT_BY_IT,
    PUT_OUT_NAMED,
    PUT_OUT_SAYING,
    PUT_OUT_THAT,
    PUT_OUT_VERB,
    QUOTED_AS_VERBS,
    RELEASED,
    SELF,
    SOURCE_INVERTED_VERBS,
    SUGGESTS,
    TEXT_VERBS,
    WHEN,
    names_pattern,
)
from readout_viewer.core.attributions.folder_words import FolderWords
from readout_viewer.core.language.countries import LEADER_TITLES
from readout_viewer.core.language.triggered import Triggered

# The verbs by which a carrier (a paper, a broadcaster, an agency) gives someone's words "as saying": "the daily
# quoted Xi as saying", "CCTV reported Xi as saying", "Xinhua cited Putin as saying".
CARRIER_VERBS = "quoted|reported|cited"
# A leader's title before the name the carrier quotes ("CCTV quoted President Xi as saying").
LEADER_TITLE = "|".join(LEADER_TITLES)
# What the one quoted did in the words, after "as" (cue_words.QUOTED_AS_VERBS); and the name the one quoted goes by,
# between commas after a leader's aide's title ('the report quoted Ramaphosa's spokesperson, Vincent Magwenya, as
# saying': the fourth attribution probe, eval/attr_probe4.yaml; up to three words, folded).
QUOTED_AS = rf"\s+as\s+(?:{QUOTED_AS_VERBS})\b"
QUOTED_NAME = rf"(?:'s\s+(?:{AIDE_TITLES}))?(?:,\s+(?:[\w\-]+\s+){{0,2}}[\w\-]+,)?"


# What a source made known, named before it after "according to" ("according to information from the Kremlin", "citing
# information from the Office of the President"): the source's account, as "a statement from" names it.
INFORMATION_FROM = r"(?:the\s+)?information\s+(?:from|of|by)\s+"


def mapped(sources: Sequence[Source], held: Held = EVERY) -> list[tuple[Triggered, str, tuple[str, ...]]]:
    """The cue patterns that name a source of the folder outright, with where each one's statement stands and the
    words one of which each match holds (gates.py). A pattern for a rarer construction ("described by X as", "according
    to a readout released by X") is compiled only for a sentence that holds its trigger (triggered.py), the construction
    without the names.

    The patterns are searched in folded text (language.text.fold), which holds no curly double quote or apostrophe
    (fold makes them straight, and lower() makes no character one): their sets name the straight marks alone. A set
    holding a character past Latin-1 in more than two runs ([,"\u201d]) is compiled as a 64 K-character map, twice at
    a pattern's start (re's _optimize_charset, about 1 M instructions each); one of Latin-1 alone as 256 bits.
    `held` leaves out the verbs the texts searched cannot match (alternations.Held)."""
    strong = [s for s in sources if not s.weak]
    verbs = held(FOLDED_VERBS)
    mapped: list[tuple[Triggered, str, tuple[str, ...]]] = []
    if sources:
        # "according to the Kremlin", "citing a statement from the White House", "according to information from the
        # Kremlin" (INFORMATION_FROM)
        mapped.append((Triggered(rf"\b{ACCORDING_OR_CITING}\s+(?P<phrase>(?:{FROM}|{POST_FROM}|{FOR_AIDE}|{INFORMATION_FROM}|"
                                 rf"{CALL_BETWEEN})?"
                                 rf"{names_pattern(sources)})"), BOTH, gates.ACCORDING_OR_CITING))
        mapped.append((Triggered(rf"\b{ACCORDING_TO}\s+(?P<phrase>{RELEASED}\s+{names_pattern(sources)})", RELEASED),
                       BOTH, gates.ACCORDING))
        # "according to a statement posted on the Kremlin's website": the account placed on its source's channel
        mapped.append((Triggered(rf"\b{ACCORDING_OR_CITING}\s+(?P<phrase>{PLACED_ON}{names_pattern(sources)}"
                                 rf"{ITS_CHANNEL})", PLACED_ON), BOTH, gates.ACCORDING_OR_CITING))
        # "according to a statement the Kremlin released": the account put out by its source, named after it
        mapped.append((Triggered(rf"\b{ACCORDING_OR_CITING}\s+(?P<phrase>{PUT_OUT_BY_IT}{names_pattern(sources)}"
                                 rf"{PUT_OUT_VERB})", PUT_OUT_BY_IT), BOTH, gates.ACCORDING_OR_CITING))
    if strong:
        names, subject = names_pattern(strong), names_pattern(strong, subject=True)
        mapped += [(Triggered(p, trigger), says, needles) for p, trigger, says, needles in
                   _as_subject(names, subject, verbs) + _around(names, held(FOLDED_VERBS + TEXT_VERBS),
                                                                   held(POSTED_AFTER))]
        mapped += _texts_and_bodies(strong, verbs, held(FOLDED_VERBS + TEXT_VERBS))
        # "the daily quoted Xi as saying to Kishida", "CCTV reported President Xi as saying": the one quoted speaks,
        # not the carrier that relays the words (the verbs as held: no text may hold them)
        mapped.append((Triggered(rf"\b(?:{held(CARRIER_VERBS)})\s+(?P<phrase>(?:(?:{LEADER_TITLE})\s+)?{names})"
                                 rf"{QUOTED_NAME}{QUOTED_AS}", QUOTED_AS), BOTH, tuple(CARRIER_VERBS.split("|"))))
    return mapped


def _texts_and_bodies(strong: Sequence[Source], verbs: str = FOLDED_VERBS, text_verbs: str = FOLDED_VERBS + TEXT_VERBS
                      ) -> list[tuple[Triggered, str, tuple[str, ...]]]:
    """The patterns of mapped() for what a text or an institution does with its words (each compiled only for a
    sentence holding its verb): '"...," a White House release read.', "the Kremlin statement also mentioned ..." (a
    text named by its source and its noun, DOC_VERBS), "a Kremlin statement released on Tuesday said ..." (the text
    named with its being put out, PUT_OUT_NAMED), "Kremlin suggests that ..." (a source that is no person, SUGGESTS;
    a person who suggests proposes on the call: measured for every source, one report more flagged wrongly on the
    kept-out pool) and "The Kremlin earlier said ..." (an institution's account put out before, BODY_TIME); `verbs`,
    `text_verbs`: those of a person and of a text that the texts may match (alternations.Held)."""
    texts = names_pattern(strong, True, True)
    out: list[tuple[Triggered, str, tuple[str, ...]]] = [
        (Triggered(rf"(?<![\w\-])(?P<phrase>{texts}){DOC_VERBS}", DOC_VERBS), AFTER, gates.TEXT_VERBS),
        (Triggered(rf"(?<![\w\-])(?P<phrase>{texts}{PUT_OUT_NAMED})\s+{ALSO}(?:{text_verbs})\b",
                   PUT_OUT_NAMED), AFTER, gates.VERBS + gates.TEXT_VERBS)]
    bodies = [s for s in strong if not s.person]
    if bodies:
        subject = names_pattern(bodies, subject=True)
        out.append((Triggered(rf"(?<![\w\-])(?P<phrase>{subject}){WHEN}\s+{ALSO}{SUGGESTS}", SUGGESTS), AFTER,
                    gates.SUGGESTS))
        out.append((Triggered(rf"(?<![\w\-])(?P<phrase>{subject}){WHEN}(?:\s+(?:has|had))?{BODY_TIME}{ALSO}"
                              rf"(?:{verbs})\b", BODY_TIME), AFTER, gates.VERBS))
    return out


# "..., adding a personal touch to the conversation": a thing added is the writer's comment on a deed, not words said
# ("saying a deal was close" and "noting a rise" are words said).
NOT_A_THING = r"(?!(?<=adding)\s+(?:a|an)\s)"


# A spokesperson or aide named with the title before the name, after a verb put after the words ('"...," said
# presidential spokesperson Vincent Magwenya', '..., said White House press secretary Jen Psaki'): newswire's order.
TITLED_AIDE = rf"(?:[\w\-]+\s+){{0,2}}?(?:{AIDE_TITLES})\s+"


# A pattern of mapped() as written: its regex, its trigger (None: none), where its statement stands, its gates' words.
_Written = tuple[str, str | None, str, tuple[str, ...]]


def _as_subject(names: str, subject: str, verbs: str = FOLDED_VERBS) -> list[_Written]:
    """The patterns of mapped() in which a strong source (not a weak one, "president") is the subject of what it
    says ("Putin said", "as the Kremlin put it"): `names`, `subject`, the names' patterns (names_pattern); `verbs`,
    FOLDED_VERBS or those of them the texts may match (alternations.Held)."""
    return [
        (rf"\bas\s+(?P<phrase>(?:(?!as\b)[\w\-]+\s+){{0,6}}?{names})\s+"
         rf"(?:reads|said|says|put\s+it|noted|reported|stated)\b", None, BOTH, gates.AS_SAID),
        (rf"(?<![\w\-])(?P<phrase>{subject}{HIS_AIDE}){IN_THE_KNOW}{APPOSITIVE}{WHEN}\s+{SELF}(?:(?:has|had|have)\s+)?"
         rf"(?:\w+ly\s+)?{ALSO}(?:{verbs})\b", None, AFTER, gates.VERBS),
        # "The Kremlin issued a statement saying ...": the account it put out says what follows (PUT_OUT_SAYING;
        # compiled only for a sentence holding the construction)
        (rf"(?<![\w\-])(?P<phrase>{subject}{HIS_AIDE}){APPOSITIVE}{WHEN}\s+{ALSO}{PUT_OUT_SAYING}", PUT_OUT_SAYING,
         AFTER, gates.PARTICIPLES),
        # an unnamed spokesperson after or before the source: compiled only for a sentence holding a title ("the
        # Kremlin spokesman said" too: sentence_cues.py gives it to the spokesperson just named, if one was)
        (rf"(?<![\w\-])(?P<phrase>{subject}{AN_AIDE}){IN_THE_KNOW}{APPOSITIVE}{WHEN}\s+{ALSO}"
         rf"(?:{verbs})\b", rf"(?P<aide>{AIDE_TITLES})", AFTER, gates.VERBS),
        (rf"(?<![\w\-])(?P<phrase>{FOR_AIDE}{names}){APPOSITIVE}{WHEN}\s+{ALSO}(?:{verbs})\b",
         rf"(?P<aide>{AIDE_TITLES})\s+(?:for|to)\s+", AFTER, gates.VERBS),
        # "Putin and Trump discussed several promising joint economic projects": what the two parties discussed
        # on the call is told of both, the second named the cue (a leader's words are checked against either
        # side's account); not "Putin discussed ..." alone, nor "touched on" (measured: a wrong flag each), nor
        # when a verb of saying after it names who tells it ("..., presidential aide Anders Lund said")
        (rf"(?<![\w\-])(?:[\w\-]+\s+){{1,4}}?and\s+(?P<phrase>{subject}){WHEN}\s+{ALSO}discussed\b"
         rf"(?!.*?\b(?:{verbs})\b)", None, AFTER, gates.DISCUSSED),
        # "India's Ministry of External Affairs echoed Modi's claims, stating that ...": what the source did, then
        # what it said (not after a verb of saying: "Xi reiterated China's position, saying ..." is said whole)
        (rf"(?<![\w\-])(?P<phrase>{subject}{HIS_AIDE}){APPOSITIVE}{WHEN}\s+(?!(?:{ALSO})(?:{verbs})\b)"
         rf"[a-z][^,.;:\"]{{1,{DEED_CHARS}}}?,\s+(?:{PARTICIPLES})\b{NOT_A_THING}", None, AFTER, gates.PARTICIPLES),
    ]


def _around(names: str, text_verbs: str = FOLDED_VERBS + TEXT_VERBS, posted: str = POSTED_AFTER) -> list[_Written]:
    """The patterns of mapped() that name a strong source after a passive verb, in a text's name, after a quotation
    or as a text that lacks something (`names`: the names' pattern, names_pattern; `text_verbs`, the verbs of a
    person or a text, and `posted`, a post's verbs after the words, or those of them the texts may match,
    alternations.Held)."""
    described_by = r"\b(?:described|characteri[sz]ed|called|termed)\s+by\s+"
    # "stated in", "published on": before the document and its source, which the pattern holds (compiled only for a
    # sentence holding it: corpus/ has 27 sentences with a document noun, none with this; the pattern is 1.9 ms)
    placed = rf"\b(?:{PASSIVE_VERBS}|published|posted)\s+(?:in|on)\s+"
    return [
        (rf"\bas\s+(?:{AS_BY_VERBS})\s+by\s+(?P<phrase>{names})", rf"\bas\s+(?:{AS_BY_VERBS})\s+by\s+", BOTH,
         gates.BY),
        # "The call, described by the White House as 'candid'": what follows "as" is the source's
        (rf"{described_by}(?P<phrase>{names})\s+as\b", described_by, AFTER, gates.BY),
        # "it was stressed by the U.S. side", "This was announced on Friday by Chinese President Xi Jinping"
        (rf"\b(?:{PASSIVE_VERBS}){WHEN}\s+by\s+(?P<phrase>{names})", rf"\b(?:{PASSIVE_VERBS}){WHEN}\s+by\s+", AFTER,
         gates.BY),
        # "the statement from PMO read": a text named before its source does what a text does too
        (rf"(?<![\w\-])(?P<phrase>{FROM}{names})\s+{ALSO}(?:{text_verbs})\b", None, AFTER,
         gates.VERBS + gates.TEXT_VERBS),
        # "This is stated in a press release published on the Kremlin's website": the document is the source
        (rf"{placed}(?P<phrase>{PUBLISHED}{names})", rf"{placed}{PUBLISHED}", BOTH, gates.DOC_NOUNS),
        (rf"[,\"]\s*(?:{SOURCE_INVERTED_VERBS}|{posted})\s+"
         rf"(?P<phrase>(?:{FROM}|{POST_FROM}|{FOR_AIDE}|{TITLED_AIDE})?{names})\b", None, BEFORE,
         gates.INVERTED_VERBS),
        # an account released by its source, named as "according to" names it (mapped()): after a verb put after what
        # it said ('"...," said a readout of the conversation released by the White House'), or before what it said
        # ("In a statement by the White House, the phone call was made on Tuesday evening")
        # (each compiled only for a sentence holding the construction before the name: Triggered's run across the
        # phrase's bounds; corpus/: their account's part alone in 1-3 sentences each, these runs in none)
        (rf"[,\"]\s*(?:{SOURCE_INVERTED_VERBS})\s+(?P<phrase>{RELEASED}\s+{names})\b",
         rf"[,\"]\s*(?:{SOURCE_INVERTED_VERBS})\s+{RELEASED}", BEFORE, gates.INVERTED_VERBS),
        (rf"\bin\s+(?P<phrase>{RELEASED}\s+{names}){WHEN}\s*,", rf"\bin\s+{RELEASED}", AFTER, gates.DOC_NOUNS),
        (rf"\bin\s+(?P<phrase>{FROM}{names}){WHEN}\s*,", rf"\bin\s+{FROM}", AFTER, gates.DOC_NOUNS),
        (rf"(?<![\w\-])(?P<phrase>(?:{FROM})?{names}){ON_THE_CALL}{PUT_OUT_THAT}\s+(?:{ABSENCE})\b",
         rf"\s+(?:{ABSENCE})\b", ABSENT, gates.ABSENCE),
    ]


def named_in(sources: Sequence[Source], folded: Iterable[str]) -> list[Source]:
    """The sources whose name some text holds (`folded`: the texts, folded; their spaces made single here): a name
    no text holds matches none of them, and leaving it out of the patterns spares compiling it (corpus/: 48 of 115
    names, the patterns that name sources outright 18,100 -> 8,100 characters; a folder's first analysis compiles
    them)."""
    texts = FolderWords(folded)  # each word of the names looked for once: the names share them
    # a name holds each of its words: one whose word no text holds is not looked for whole (corpus/: 544 names of
    # 117 words, 219 names looked for whole)
    return [s for s in sources for name in (" ".join(s.name.split()),)
            if all(texts.holds(word) for word in name.split(" ")) and texts.holds(name)]
