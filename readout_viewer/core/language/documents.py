"""The nouns English names an official text by ("the readout", "the statement"), its kinds, and its channels."""

from __future__ import annotations

import re

# Nouns for an official text, singular: after its source's name ("the Kremlin's readout", "the White House
# statement"), before it ("a statement from the White House"), or as the subject of a verb of saying ("the statement
# also mentioned", which tells what the text holds, not how a leader spoke). Both spellings of "communiqué"; and
# "announcement", a statement's other name in translated news ("The Kremlin's announcement states that ...").
# "Note": what European outlets call a government's readout ("a note from Palazzo Chigi", "the Elysée's note");
# "handout", what South Asia's press calls one ("according to a handout issued by the Prime Minister's Office": the
# second attribution probe, eval/attr_probe2.yaml).
DOCUMENT_NOUNS = ("readout", "statement", "message", "summary", "account", "briefing", "release", "transcript",
                  "version", "communique", "communiqué", "announcement", "note", "handout")
# Nouns that stand for an account only when named alone, as the subject or after "according to" ('"...," stated the
# report', "added the report": the account the story cited before, a state agency's or a readout an outlet cites),
# never after a source's name ("a Reuters report" is the news, not an official text).
BARE_DOCUMENT_NOUNS = (*DOCUMENT_NOUNS, "report")
# The channels a source puts a text out on, named as the text is ("the press service of the Kremlin", "published on
# the Kremlin's website", "the White House press call"): a source's, never the subject of what a text holds.
DOCUMENT_CHANNELS = ("press release", "press call", "press service", "press office", "website")
# The kinds of official text and the nouns that name each, in either number ("the Kremlin's readout", "a press
# call", a file named "mfa-statement"); a phrase holding nouns of two kinds is of the first kind in this order.
# "Account" and "summary" are what outlets call a readout. (The citations and the file names had a table each.)
KIND_NOUNS = {
    "readout": ("readout", "read-out", "summary", "account"),
    "statement": ("statement", "message", "communique", "communiqué", "release", "press release", "joint declaration",
                  "handout"),
    "briefing": ("briefing", "press call", "press conference", "background call", "call with reporters"),
    "transcript": ("transcript", "remarks"),
}
_KIND_PATTERNS = tuple((re.compile(rf"\b(?:{'|'.join(sorted(nouns, key=len, reverse=True))})s?\b"), kind)
                       for kind, nouns in KIND_NOUNS.items())


def document_nouns_pattern() -> str:
    """A regex alternation of the document nouns and channels, plurals taken ("readouts", "statements"); longest
    first, so that "press release" is tried before "release". The plural's "s?" follows the group once, not each
    noun: the same matches in the same order, and less to compile (the cue finder's patterns hold it 22 times)."""
    words = sorted(DOCUMENT_NOUNS + DOCUMENT_CHANNELS, key=len, reverse=True)
    return "(?:" + "|".join(word.replace(" ", r"\s+") for word in words) + ")s?"


def document_words() -> frozenset[str]:
    """The document nouns as single words, singular and plural ("statement", "statements")."""
    return frozenset(DOCUMENT_NOUNS) | {noun + "s" for noun in DOCUMENT_NOUNS}


def kind_named(phrase: str) -> tuple[str, re.Match[str]] | None:
    """The kind of official text a lower-case phrase names (KIND_NOUNS) and where its noun stands, or None."""
    return next(((kind, m) for pattern, kind in _KIND_PATTERNS if (m := pattern.search(phrase))), None)
