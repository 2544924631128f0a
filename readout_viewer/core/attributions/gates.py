"""Words a cue pattern's every match holds: a sentence that holds none of a pattern's words is not searched with it.

Most sentences hold no cue, and searching every sentence with each of the cue finder's patterns (cues.py) was most of
the attribution check. Each tuple below lists runs of letters of which a match of its pattern holds one at least;
they are looked for in the sentence made caseless (text.caseless), which holds every letter that a case-insensitive
match takes for an ASCII one, so that no sentence a pattern would match is passed over.
"""

from __future__ import annotations

from collections.abc import Sequence

from readout_viewer.core.language import documents
from readout_viewer.core.language.text import CASE_TWINS, caseless

# cue_words.VERBS, verb by verb: "say" for "says", "say" and "saying", "firmed" for "affirmed" and "confirmed", "quote"
# for "quotes", "quoted" and "was quoted ... as saying", "took" for "took to social media to ...".
VERBS = ("said", "say", "state", "told", "tell", "add", "note", "stress", "emphasi", "deni", "reiterated", "warned",
         "caution", "wished", "insisted", "claim", "announce", "report", "wrote", "writes", "reads", "firmed",
         "explained", "tweeted", "acknowledged", "argued", "made", "urge", "blame", "accuse", "quote", "post",
         "describe", "characteri", "portray", "framed", "frames", "point", "indicate", "inform", "outline", "repl",
         "respond", "answered", "spoke",
         "commented", "took", "call", "raise", "vow", "pledge", "elaborated", "disclose", "reveal", "released",
         "documented", "specified", "clarified", "critici", "demand", "went on", "declared", "asked", "exhorted",
         "implored", "requested", "proposed", "offered", "concluded",
         # cue_words.STANCE_VERBS ("firmed" holds "reaffirmed")
         "underscore", "underline", "highlight", "express", "welcome", "assure", "thanked", "congratulated", "praised",
         "condemned", "conveyed", "voiced", "asserted", "appreciated", "lauded", "hailed", "invited", "briefed",
         "recalled", "called", "pressed")
# named_cues' "Putin and Trump discussed ...".
DISCUSSED = ("discussed",)
# cue_words.TEXT_VERBS: "the statement read", "the statement also mentioned", "the statement continues" (GOES_ON).
TEXT_VERBS = ("read", "mention", "continue", "goes on", "went on")
# cue_words.SUGGESTS: "Kremlin suggests that", "the statement suggested that".
SUGGESTS = ("suggest",)
# "it said", "it only mentions": the pronoun of an institution's cue.
IT = ("it ",)
# cue_words.INVERTED_VERBS ("..., said X"): "add" for "added" and "adds", "read" for "reads" and "read", "report" for
# "reported" and "reports", "state" for "stated" and "states", "tweet" for "tweeted" and "tweets".
INVERTED_VERBS = ("said", "says", "add", "note", "wrote", "writes", "read", "state", "report", "tweet")
# The verbs after "as X": "as the Kremlin's readout reads", "as the White House put it".
AS_SAID = ("reads", "said", "says", "put", "noted", "reported", "stated")
# cue_words.ABSENCE: "did not mention", "made no reference to", "left out", "omitted".
ABSENCE = ("mention", "refer", "include", "left out", "leaves out", "omit")
# cue_words.PARTICIPLES: "..., saying", "..., stating", "..., adding", "..., noting".
PARTICIPLES = ("saying", "stating", "adding", "noting", "suggesting", "indicating")
# The passive cues: "stated by", "described by the White House as", "as assessed by".
BY = ("by",)
ACCORDING = ("according", "as per")  # cue_words.ACCORDING_TO
ACCORDING_OR_CITING = ("according", "as per", "citing", "learned from", "learnt from")
# cue_words.DOC_NOUNS, the document nouns and channels (language.documents), for "published on the Kremlin's
# website", "stated in a press release from ...": each match holds one of them.
DOC_NOUNS = documents.DOCUMENT_NOUNS + documents.DOCUMENT_CHANNELS
# The bare cues' kinds: "the ministry", "the readout" or "the statement", "an official", "a representative" or "the
# spokesperson", "the office".
BARE_KINDS = (("ministry",), documents.BARE_DOCUMENT_NOUNS, ("official", "representative", "source", "spokes"),
              ("office",))


def gate_text(part: str, folded: str) -> str:
    """A sentence `part` made caseless: `folded` (fold(part)) unless it holds a letter that needs more."""
    return caseless(part) if any(twin in part for twin, _ in CASE_TWINS) else folded


def holds(text: str, needles: Sequence[str]) -> bool:
    """Whether the caseless sentence holds one of a pattern's words."""
    return any(map(text.__contains__, needles))


class Seen:
    """A sentence as the gates read it (gate_text), each pattern's words looked for once: the cue finder's patterns
    share them (the verbs' 47 words gate four of its patterns, the document nouns two), and a sentence with none of
    them was looked through once a pattern (corpus/: 16,861 looks for 8,534 answers, 542 sentences)."""

    __slots__ = ("text", "_answers")

    def __init__(self, text: str) -> None:
        self.text = text
        self._answers: dict[tuple[str, ...], bool] = {}

    def holds(self, needles: tuple[str, ...]) -> bool:
        """Whether the sentence holds one of a pattern's words (holds), worked out the first time they are asked."""
        answer = self._answers.get(needles)
        if answer is None:
            answer = self._answers[needles] = holds(self.text, needles)
        return answer
