"""Shared runs of words: an outlet sentence that repeats an official claim's unusual phrase without quotation marks."""

from __future__ import annotations

from collections.abc import Sequence

from readout_viewer.core.language.lexicon import STOPWORDS
from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.language.text import raw_words
from readout_viewer.core.linking.similarity import SETTING
from readout_viewer.core.linking.weights import Weights
from readout_viewer.core.model import Claim

# Three words in a row, beginning and ending with a content word ("playing with fire", "cross the red line"):
# a phrase, not two words that happen to meet.
RUN_WORDS = 3
# ... each content word in at most this share of the folder's claims: a turn of phrase the outlet took from the
# official text, not the vocabulary every account of the event uses ("peace and stability", "human rights
# issues"). On every gold, 0.05 added only true links (the Biden-Xi event's "playing with fire" twice and
# "cross the red line"); 0.10 let in "range of topics" and "interests and values".
RARE_SHARE = 0.05
# In a small folder a word is rare when only the outlet sentence and the official claim use it.
RARE_MIN = 2
# ... and held by at most this many official claims in the folder: a phrase every readout repeats is a formula.
MAX_HOLDERS = 3
# At least this many words of a run are content words: "with the" is not a phrase.
RUN_CONTENT = 2


# What each word of a run is: a stop word (false), an unusual content word, or another content word.
_STOP, _UNUSUAL, _USUAL = 0, 1, 2


def _words(text: str) -> list[str]:
    return raw_words(text)


class Runs:
    """Where the official claims of a folder hold each unusual run of words."""

    def __init__(self, official_claims: Sequence[Claim], w: Weights):
        self._w = w
        self._held: dict[str, list[Claim]] = {}
        for claim in official_claims:
            for run in self.runs(claim.text):
                self._held.setdefault(run, []).append(claim)
        self._found: dict[str, dict[str, list[Claim]]] = {}

    def _unusual(self, word: str) -> bool:
        c, w = concept(word), self._w
        rare = w.df.get(c, 0) <= max(RARE_MIN, RARE_SHARE * w.claims)
        return rare and c not in w.names and c not in w.common and c not in SETTING

    def runs(self, text: str) -> set[str]:
        """The unusual runs of words of a text: each starts and ends on a content word, holds RUN_CONTENT of them and
        no content word that is not unusual (each word is judged once, not in each of the runs holding it)."""
        words = _words(text)
        kinds = [_STOP if x in STOPWORDS else _UNUSUAL if self._unusual(x) else _USUAL for x in words]
        out = set()
        for i in range(len(words) - RUN_WORDS + 1):
            window = kinds[i:i + RUN_WORDS]
            if window[0] and window[-1] and _USUAL not in window and window.count(_UNUSUAL) >= RUN_CONTENT:
                out.add(" ".join(words[i:i + RUN_WORDS]))
        return out

    def echoed(self, text: str, doc: str) -> list[Claim]:
        """The claims of official document `doc` whose unusual phrase an outlet claim's `text` repeats (what it says
        besides the quotation that anchors it, if one does: a run inside that quotation is the anchor's)."""
        if text not in self._found:
            found: dict[str, list[Claim]] = {}
            for run in self.runs(text):
                holders = self._held.get(run, [])
                if len(holders) <= MAX_HOLDERS:
                    for h in holders:
                        found.setdefault(h.doc, []).append(h)
            self._found[text] = found
        return self._found[text].get(doc, [])
