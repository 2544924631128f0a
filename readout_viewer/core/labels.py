"""Short labels: texts clipped to a length, and names telling documents apart by the words their namesakes lack."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from readout_viewer.core.model import Analysis, Claim, Document

_WORD = re.compile(r"[^\W_]+(?:[’'][^\W_]+)*")
# Characters of a distinguishing name (a column header line; the full title is in the tooltip).
SHORT_CHARS = 18
# The word and mark said of a text the folder holds only part of (front matter `excerpt: true`), after its name or
# title in the app's headers and lists and in the exports: one wording, so a reader learns one sign of a partial text.
EXCERPT_WORD = "excerpt"
EXCERPT_MARK = f" ({EXCERPT_WORD})"
# ... and what a tooltip says of such a text first (the app's documents list and matrix column), each going on with
# what it means there.
EXCERPT_TIP = "An excerpt: the folder holds only part of this text"


def clip(text: str, limit: int) -> str:
    """language.text's clip (the one rule for cutting a text short), for the views, which import it from here. Loaded
    when first called: its module's word rules (11 M instructions) are not needed to paint a cached folder."""
    from readout_viewer.core.language.text import clip as cut
    return cut(text, limit)


# What a claim cut from the middle of its sentence starts with wherever it is shown out of its text (a table, a list,
# a tooltip): "agreed that it would be further promoted going forward." read alone is a broken sentence, "… agreed
# that …" is visibly the rest of one. In the panes it sits in its sentence and needs no sign.
CONTINUES = "\u2026 "
# Characters before a claim read to tell whether they end a sentence (the last word and its stop are enough; the
# whole document before it would be copied for every row of a findings list).
BEFORE_CHARS = 200


def continues(text: str, start: int, words: str) -> bool:
    """Whether `words`, at `start` of a document's `text`, continue a sentence: they begin in lower case, and the text
    before them does not end a sentence (core's rule, language.sentences.ends_sentence) and is not empty (a document's
    first words start it). A paragraph break is no end: a page's break inside a sentence runs on like a line's."""
    if not words[:1].islower():
        return False
    from readout_viewer.core.language.sentences import ends_sentence  # loaded when needed, as clip's rules are
    before = text[max(0, start - BEFORE_CHARS):start]
    if not before.strip() and start > BEFORE_CHARS:
        before = text[:start]
    return bool(before.strip()) and not ends_sentence(before)


def shown(text: str, start: int, words: str) -> str:
    """`words` (a claim's text, at `start` of its document's `text`) as shown out of the document: with CONTINUES
    before them when they continue a sentence (see continues), else as they are."""
    return CONTINUES + words if continues(text, start, words) else words


def quoted(words: str) -> str:
    """`words` in quotation marks, unless they open with one of their own (an outlet's text that is a quotation:
    “"Vladimir Putin informed …” would show two marks): the one rule for a claim quoted in the views and exports."""
    from readout_viewer.core.language.quote_marks import DOUBLE  # loaded when needed, as clip's rules are
    return words if words.startswith(tuple(DOUBLE)) else f"\u201c{words}\u201d"


def claim_shown(analysis: Analysis, claim: Claim) -> str:
    """A claim's text as shown out of its document (see shown): the one rule for tables, lists and tooltips."""
    doc = analysis.document.get(claim.doc)
    return shown(doc.text, claim.start, claim.text) if doc is not None else claim.text


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """A count with its noun in the number it needs ("1 document", "3 documents", "2 entries"), never "document(s)"."""
    return f"{count:,} {noun if count == 1 else plural or noun + 's'}"


def capital(words: str) -> str:
    """A phrase made the start of a sentence or a cell ("the Kremlin readout" → "The Kremlin readout"); unlike
    str.capitalize, the names inside keep their capitals."""
    return words[:1].upper() + words[1:]


def _norm(word: str) -> str:
    """A word as compared: lower case, without a possessive ending ("Kremlin’s" is "kremlin")."""
    word = word.lower()
    return re.sub(r"[’']s$", "", word)


# Titles whose words are kept: every call names a document against all its namesakes, so each title is read
# once per namesake (one outlet's 50 articles: 2,500 readings on every event the matrix shows).
TITLE_CACHE = 1 << 12


@lru_cache(maxsize=TITLE_CACHE)
def _title_words(title: str) -> frozenset[str]:
    """The words of a title as compared (see _norm)."""
    return frozenset(_norm(w) for w in _WORD.findall(title))


def _runs(title: str, shared: set[str]) -> list[list[str]]:
    """Runs of consecutive title words that are neither function words nor shared with the namesakes."""
    # Function words never make a name; the lexicon is loaded with the docks' lists, not with the window.
    from readout_viewer.core.language.lexicon import STOPWORDS
    runs: list[list[str]] = [[]]
    for word in _WORD.findall(title):
        key = _norm(word)
        if key in shared or key in STOPWORDS or key.isdigit():
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append(word)
    return [run for run in runs if run]


def _fit(words: Sequence[str], limit: int = SHORT_CHARS) -> str:
    """As many words as fit in `limit` characters (the first one always, cut with an ellipsis if too long)."""
    out = clip(words[0], limit)
    for word in words[1:]:
        if len(out) + 1 + len(word) > limit:
            break
        out += " " + word
    return out


def distinguishing(doc: Document, namesakes: Iterable[Document]) -> str:
    """The longest run of title words the namesakes lack (first of equals), else the file name's own part."""
    others = [d for d in namesakes if d.id != doc.id]
    if not others:
        return ""
    shared = set().union(*(_title_words(d.title) for d in others))
    runs = _runs(doc.title, shared)
    if runs:
        return _fit(max(runs, key=len))
    stem = doc.id.rsplit("/", 1)[-1]
    return _fit(stem.split()) if stem else doc.id


def short_names(docs: Sequence[Document]) -> Mapping[str, str]:
    """For each document that shares its source and kind with another, the words that tell it apart."""
    groups: dict[tuple, list[Document]] = {}
    for d in docs:
        groups.setdefault((d.source or d.id, d.kind or d.role), []).append(d)
    names = {}
    for group in groups.values():
        if len(group) > 1:
            for d in group:
                names[d.id] = distinguishing(d, group)
    return names


# Characters of the title part of a document label: enough to recognise the text, short enough for a table cell.
TITLE_CHARS = 48


def short_title(title: str, limit: int = TITLE_CHARS) -> str:
    """The title on one line, cut at a word boundary (with an ellipsis) when longer than `limit` characters."""
    title = " ".join(title.split())
    if len(title) <= limit:
        return title
    cut = title[:limit - 1]
    space = cut.rfind(" ")
    whole = title[limit - 1] == " "  # the cut falls between two words: the last one is whole
    cut = cut[:space] if space > limit // 2 and not whole else cut
    return cut.rstrip(" ,;:—–-") + "…"


def _compose(source: str | None, title: str, date: str | None) -> str:
    head = f"{source} — {title}" if source and title else (source or title)
    return f"{head} ({date})" if date else head


def document_titles(docs: Sequence[Document], limit: int = TITLE_CHARS) -> dict[str, str]:
    """The title part of each document's label (see document_labels), for places that set it apart."""
    titles = {d.id: short_title(d.title, limit) for d in docs}
    for group in _same(docs, _labels(docs, titles)):
        for d in group:
            titles[d.id] = f"{short_title(d.title, limit // 2)} [{distinguishing(d, group)}]"
    for group in _same(docs, _labels(docs, titles)):
        for d in group:
            titles[d.id] += f" [{d.id.rsplit('/', 1)[-1]}]"
    return titles


def document_labels(docs: Sequence[Document], limit: int = TITLE_CHARS) -> dict[str, str]:
    """A name for each document, unique among `docs`: "source — short title (date)".

    Titles are cut to `limit` characters; documents whose labels would still read the same get the words that
    tell them apart (see distinguishing) after a shorter cut title, and, failing that, their file name.
    """
    return _labels(docs, document_titles(docs, limit))


def _labels(docs: Sequence[Document], titles: Mapping[str, str]) -> dict[str, str]:
    return {d.id: _compose(d.source, titles[d.id], d.date) for d in docs}


def _same(docs: Sequence[Document], labels: Mapping[str, str]) -> list[list[Document]]:
    """The groups of documents (two or more) that share a label."""
    by_label: dict[str, list[Document]] = {}
    for d in docs:
        by_label.setdefault(labels[d.id], []).append(d)
    return [group for group in by_label.values() if len(group) > 1]


def excerpt_mark(doc: Document) -> str:
    """EXCERPT_MARK (" (excerpt)") when the folder holds only part of `doc`, else nothing."""
    return EXCERPT_MARK if doc.excerpt else ""


def short_name(doc: Document, excerpt: bool = True) -> str:
    """A document in a few words: its source and kind ("Kremlin readout"), its title when it has no source;
    "(excerpt)" after it when the folder holds only part of it (unless `excerpt` is False)."""
    name = doc.source or doc.title
    return f"{name} {doc.kind}" + (excerpt_mark(doc) if excerpt else "") if doc.kind else name


def prose_names(docs: Sequence[Document]) -> dict[str, str]:
    """A name for each document in a sentence of a verdict's detail: its short name ("Kremlin readout"), with
    the title words that tell it apart from another of the same source, kind and event in quotation marks
    ("The White House readout “…Zelenskyy…”"). A detail names
    a text two or three times: its source and full title ("Kremlin: Telephone conversation with President of
    the United States Joseph Biden") each time made a line of evidence a paragraph."""
    by_event: dict[str, list[Document]] = {}
    for d in docs:
        by_event.setdefault(d.event, []).append(d)  # a detail speaks of one event: other events' texts are no namesakes
    apart = {k: v for group in by_event.values() for k, v in short_names(group).items()}
    return {d.id: f"{short_name(d, excerpt=False)} \u201c\u2026{apart[d.id]}\u2026\u201d" if apart.get(d.id)
            else short_name(d, excerpt=False) for d in docs}


# What every count of a folder's claims a reader sees counts: its statements, the claims compared (linked, found left
# out, counted in the findings). A text's other passages (questions, procedure, captions, page furniture) are shown
# muted and never compared, so they are named apart where they are counted at all: `analyze` said "82 claims" of
# the folder whose PDF said "81 statements" (helper qa17), one question between them, read as two counts of one thing.
OTHER_PASSAGES = "passage", "passages"
OTHER_PASSAGES_WHY = "not compared: questions, procedure, captions, page furniture"


def statement_counts(analysis: Analysis, ids: Iterable[str] | None = None) -> tuple[int, int]:
    """The statements of the documents `ids` (all of the folder's when None) and their other passages: the one count
    of them for the CLI's summary, the viewer's status bar and documents list, and the PDF's title page and tables."""
    docs = analysis.claims_of.keys() if ids is None else set(ids)
    claims = [c for d in docs for c in analysis.claims_of.get(d, ())]
    statements = sum(1 for c in claims if c.is_statement)
    return statements, len(claims) - statements


def statements_told(analysis: Analysis, ids: Iterable[str] | None = None, others: bool = True, why: bool = True
                    ) -> str:
    """"516 statements (128 other passages, not compared: …)": statement_counts in words, the other passages named
    when there are any and `others` asks for them (a line of figures that gives statements only passes False), what
    they are when `why` does (a document's line under the folder's, which said it, passes False)."""
    statements, rest = statement_counts(analysis, ids)
    told = counted(statements, "statement")
    if others and rest:
        passages = counted(rest, f"other {OTHER_PASSAGES[0]}", f"other {OTHER_PASSAGES[1]}")
        told += f" ({passages}, {OTHER_PASSAGES_WHY})" if why else f" ({passages}, not compared)"
    return told


def left_out_count(analysis: Analysis, ids: Iterable[str] | None = None) -> int:
    """The official statements of the documents `ids` (all when None) that some document of their event leaves out:
    the one count of them for the CLI's summary and the PDF's title page."""
    docs = None if ids is None else set(ids)
    return sum(1 for o in analysis.omissions
               if o.missing_from and (docs is None or o.claim.split("#", 1)[0] in docs))
