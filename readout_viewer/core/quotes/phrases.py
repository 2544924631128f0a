"""Short quoted phrases: two to four words that an official text holds word for word are that text's, exact."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from readout_viewer.core.language.text import tokens
from readout_viewer.core.model import EXACT, Quote, Span
from readout_viewer.core.quotes.match import exact
from readout_viewer.core.quotes.regions import Region
from readout_viewer.core.quotes.source_text import SourceText
from readout_viewer.core.quotes.words import quote_words, word_key

# Shorter quotations are phrases ("threatening", "red lines"), not statements worth checking.
MIN_QUOTE_WORDS = 5
# A quoted phrase shorter than a checked quotation is not a statement: it may be the writer's
# scare quotes ("occupied Crimea") as well as the source's words. It is shown as exact, with its passage, when an
# official text holds it word for word, and gets no verdict otherwise: a phrase no text holds may be the writer's
# own, so it is never "not found" nor "altered". One word stays out: a term or a scare quote ("threatening").
MIN_PHRASE_WORDS = 2


def held_phrases(phrases: Sequence[Region], quotes: Sequence[Quote], sources: Mapping[str, SourceText],
                 officials: Sequence[str]) -> list[Quote]:
    """The short quoted phrases of one document (`phrases`) that an official text holds word for word, each exact
    with the first such text's passage (`officials`: best first); none inside a quotation checked (`quotes`)."""
    out = []
    for region in phrases:
        if any(q.start <= region.start and region.end <= q.end for q in quotes):
            continue
        for doc_id in officials:
            found = exact(region.words, sources[doc_id]) if doc_id != region.doc.id else None
            if found is not None:
                start, end = sources[doc_id].span(found.first, found.last)
                out.append(Quote(region.doc.id, region.start, region.end, EXACT, Span(doc_id, start, end)))
                break
    return out


def is_phrase(text: str, quote: Quote, solid: Callable[[], frozenset[str]]) -> bool:
    """Whether a quote of `text` (its document's) is a short phrase, shown for where its words stand but no
    quotation a statement may be checked by (attributions read only quotations). Its words are counted as the check
    counted them: a hyphenated word is one word where the folder writes it solid (`solid()`: the folder's
    solid_words, asked only when the count turns on it)."""
    most = quote_words(text, quote.start, quote.end)  # every hyphenated word in its parts
    if len(most) < MIN_QUOTE_WORDS:
        return True
    hyphenated = frozenset(word_key(norm) for norm, _, _ in tokens(text[quote.start:quote.end]) if "-" in norm)
    if not hyphenated or len(quote_words(text, quote.start, quote.end, hyphenated)) >= MIN_QUOTE_WORDS:
        return False  # long enough even with every hyphenated word whole
    return len(quote_words(text, quote.start, quote.end, solid())) < MIN_QUOTE_WORDS
