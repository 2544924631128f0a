"""The nouns English names an official text by ("the readout", "the statement") and the channels it comes out on."""

from __future__ import annotations

# Nouns for an official text, singular: after its source's name ("the Kremlin's readout", "the White House
# statement"), before it ("a statement from the White House"), or as the subject of a verb of saying ("the statement
# also mentioned", which tells what the text holds, not how a leader spoke). Both spellings of "communiqué".
DOCUMENT_NOUNS = ("readout", "statement", "message", "summary", "account", "briefing", "release", "transcript",
                  "version", "communique", "communiqué")
# The channels a source puts a text out on, named as the text is ("the press service of the Kremlin", "published on
# the Kremlin's website", "the White House press call"): a source's, never the subject of what a text holds.
DOCUMENT_CHANNELS = ("press release", "press call", "press service", "press office", "website")


def document_nouns_pattern() -> str:
    """A regex alternation of the document nouns and channels, plurals taken ("readouts", "statements"); longest
    first, so that "press release" is tried before "release"."""
    words = sorted(DOCUMENT_NOUNS + DOCUMENT_CHANNELS, key=len, reverse=True)
    return "|".join(word.replace(" ", r"\s+") + "s?" for word in words)


def document_words() -> frozenset[str]:
    """The document nouns as single words, singular and plural ("statement", "statements")."""
    return frozenset(DOCUMENT_NOUNS) | {noun + "s" for noun in DOCUMENT_NOUNS}
