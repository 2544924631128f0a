"""Builders of tiny literal analyses for the viewer's tests: documents whose text is their claims."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from collections.abc import Generator
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from readout_viewer.core.model import OFFICIAL, OUTLET, Analysis, Attribution, Claim, Document, Link

S = TypeVar("S")
R = TypeVar("R")


def run_to_end(gen: Generator[S, None, R]) -> tuple[list[S], R]:
    """Every step a generator yields, in order, and what it returns."""
    steps = []
    while True:
        try:
            steps.append(next(gen))
        except StopIteration as stop:
            return steps, stop.value


def build(root: str, docs: list[tuple[Document, list[str]]], links=(), omissions=(), quotes=()) -> Analysis:
    """An Analysis from documents given as (Document without text, its claim sentences); text is the sentences."""
    documents, claims = [], []
    for doc, sentences in docs:
        text = ""
        for n, sentence in enumerate(sentences, 1):
            if text:
                text += "\n\n" if sentence.startswith("¶") else " "
            sentence = sentence.lstrip("¶")
            claims.append(Claim(f"{doc.id}#{n}", doc.id, len(text), len(text) + len(sentence), sentence))
            text += sentence
        documents.append(replace(doc, text=text))
    return Analysis(root=root, documents=tuple(documents), claims=tuple(claims), links=tuple(links),
                    omissions=tuple(omissions), quotes=tuple(quotes))


def claims_cut(texts: dict[str, str], cuts: dict[str, list[str]]) -> dict[str, list[Claim]]:
    """Each text's claims: its cuts found in it in order (ids "<doc>#<n>", numbered from 1)."""
    claims_of: dict[str, list[Claim]] = {}
    for d, pieces in cuts.items():
        at, claims = 0, []
        for n, cut in enumerate(pieces, 1):
            at = texts[d].index(cut, at)
            claims.append(Claim(f"{d}#{n}", d, at, at + len(cut), cut))
            at += len(cut)
        claims_of[d] = claims
    return claims_of


def doc(doc_id: str, role: str = OUTLET, side: str | None = None, kind: str | None = None, source: str = "Src",
        event: str = "e1", date: str = "2020-01-01") -> Document:
    return Document(id=doc_id, path=f"{doc_id}.txt", title=f"Title of {doc_id}", text="", role=role, event=event,
                    source=source, side=side, kind=kind, date=date)


def text_doc(doc_id: str, text: str, role: str = OFFICIAL, side: str | None = None, kind: str | None = None,
             event: str = "e") -> Document:
    """A document of one event with its text, for the linking tests (id "<event>/<doc_id>")."""
    return Document(id=f"{event}/{doc_id}", path=f"{event}/{doc_id}.txt", title=doc_id, text=text, role=role,
                    event=event, side=side, kind=kind)


def reading(doc_id: str, text: str, role: str = OUTLET, source: str = "Daily Paper", side: str | None = None,
            excerpt: bool = False) -> Document:
    """A text of event "e1" for the attribution tests (an official one is a readout)."""
    return Document(id=doc_id, path=doc_id + ".txt", title=doc_id, text=text, role=role, event="e1", source=source,
                    side=side, kind="readout" if role == OFFICIAL else None, excerpt=excerpt)


def news_attributions(official: list[Document], news_text: str) -> list[Attribution]:
    """The attributions found in one news text beside `official`, each text's sentences its claims."""
    from readout_viewer.core.attributions.check import check_attributions
    from readout_viewer.core.language.sentences import loose_sentences
    from readout_viewer.core.quotes.check import check_quotes

    docs = [*official, reading("news", news_text)]
    claims = {d.id: [Claim(f"{d.id}#{i}", d.id, s, e, d.text[s:e]) for i, (s, e) in enumerate(loose_sentences(d.text), 1)]
              for d in docs}
    return [a for a in check_attributions(docs, claims, [], check_quotes(docs)) if a.doc == "news"]


def cited_verdicts(official: list[Document], news_text: str) -> list[tuple[str | None, str]]:
    """(cited text, verdict) of each attribution found in one news text beside `official` (news_attributions)."""
    return [(a.cited, a.verdict) for a in news_attributions(official, news_text)]


def two_readouts(own: tuple[str, str, str, str], other: tuple[str, str, str, str], discussed: str) -> list[Document]:
    """Two governments' readouts of one call, each side given as (code, title, leader, source): the first says
    `discussed` after the call; the second names only energy."""
    code, title, leader, source = own
    o_code, o_title, o_leader, o_source = other
    first = reading(code.lower(), f"{title} {leader} held a telephone conversation with {o_title} {o_leader}. "
                    f"{discussed[0].upper()}{discussed[1:]}.", OFFICIAL, source, code)
    second = reading(o_code.lower(), f"{o_title} {o_leader} spoke with {title} {leader}. The leaders discussed energy.",
                     OFFICIAL, o_source, o_code)
    return [first, second]


def cited_in(official: list[Document], sentence: str) -> list[tuple[str | None, str]]:
    """(cited text, verdict) of each attribution that names a text, in a news text of one sentence after another."""
    return [(a.cited, a.verdict) for a in news_attributions(official, f"Snow fell. {sentence}") if a.cited]


def corpus_folder() -> Path:
    """The bundled example corpus of the source tree."""
    return Path(__file__).resolve().parents[1] / "corpus"


def small_folder(root: Path, decisions: str | None = None) -> Path:
    """A folder of one event: an official readout and an outlet that retells its first sentence."""
    (root / "ev").mkdir(parents=True)
    (root / "ev" / "office.md").write_text("---\ntitle: Readout\nsource: Office\nrole: official\nside: XX\n---\n"
                                           "The minister met the envoy on Monday. They spoke about trade.\n")
    (root / "ev" / "paper.md").write_text("---\ntitle: Report\nsource: Paper\n---\n"
                                          "The minister met the envoy on Monday, the paper learned.\n")
    if decisions is not None:
        (root / ".readout-viewer").mkdir()
        (root / ".readout-viewer" / "decisions.yaml").write_text(decisions)
    return root


# A made-up call of two presidents, Norway's and Sweden's, each with a readout (sides NO and SE), for the tests of
# attributions and reports in no readout; SOUTH is the same in every such test, the north readout varies.
READOUT_FRONT = "---\ntitle: Readout\nsource: {s}\nrole: official\nside: '{side}'\ndate: '2024-01-10'\n---\n"
SOUTH = ("Swedish President Eva Sol had a telephone conversation with Norwegian President Ola Berg. Eva Sol stressed "
         "that the fishing quota must be shared fairly between the two fleets.")


# The Norwegian readout of the attribution tests: the leaders spoke, Berg proposed a patrol and spoke of penalties.
NORTH = ("Norwegian President Ola Berg spoke today with Swedish President Eva Sol. President Berg proposed a joint "
         "patrol of the strait. He said unlicensed trawlers would face penalties.")
# A report of Berg's words that the readout does not carry (no full stop: the tests end it as they need).
WARSHIPS = "President Berg warned that Norway would send three warships to the northern strait next month"


def north_south(root: Path, north: str, news: str) -> Analysis:
    """The analysis of a folder holding the Norwegian readout `north`, the Swedish SOUTH and one news text."""
    from readout_viewer.core.analysis import analyze  # the engine: only for the tests that ask for it
    (root / "north.md").write_text(READOUT_FRONT.format(s="Office of the Norwegian President", side="NO") + north)
    (root / "south.md").write_text(READOUT_FRONT.format(s="Office of the Swedish President", side="SE") + SOUTH)
    (root / "news.txt").write_text(news)
    return analyze(root)


def one_readout_unreported(root: Path, source: str, side: str, readout: str, news: str) -> list[str]:
    """The texts listed as in no readout beside one side's readout alone (`source`, `side`: its front matter; the
    other side has no text in the folder) and one news text."""
    from readout_viewer.core.analysis import analyze  # the engine: only for the tests that ask for it
    (root / "readout.md").write_text(READOUT_FRONT.format(s=source, side=side) + readout)
    (root / "news.txt").write_text(news)
    analysis = analyze(root)
    return [analysis.claim[u.claim].text for u in analysis.unreported]


def unreported_texts(root: Path, news: str, north: str = NORTH) -> list[str]:
    """The texts of the claims listed as in no readout, for the folder of north_south()."""
    analysis = north_south(root, north, news)
    return [analysis.claim[u.claim].text for u in analysis.unreported]



# Outlets long_folder() adds to corpus/: enough that their analysis takes seconds on a fast machine, so that a test of
# stopping it can never see it end first (corpus/ alone is analysed in about half a second, under a loaded
# machine's scheduling delays).
LONG_FOLDER_ARTICLES = 120


def long_folder(root: Path, articles: int = LONG_FOLDER_ARTICLES) -> Path:
    """corpus/ copied, with `articles` more outlets made of its own sentences (each distinct): a long analysis."""
    import shutil

    shutil.copytree(corpus_folder(), root)
    sentences = [s for p in sorted(corpus_folder().rglob("*.md")) for s in p.read_text(encoding="utf-8").split(". ")
                 if len(s.split()) >= 6 and "---" not in s and ":" not in s]
    event = next(p for p in sorted(root.iterdir()) if p.is_dir() and not p.name.startswith("."))
    for i in range(articles):
        body = ". ".join(sentences[(i * 7 + j) % len(sentences)] for j in range(12))
        (event / f"long-{i:03d}.md").write_text(f"---\ntitle: Article {i}\nsource: Outlet {i}\n---\n"
                                                f"Article {i}.\n\n{body}.\n", encoding="utf-8")
    return root


def linked_starts(*docs: Document) -> set[tuple[str, str]]:
    """The claims the linker pairs across the texts, each claim by its first 20 characters (the linking tests)."""
    from readout_viewer.core.language.segment import segment
    from readout_viewer.core.linking.align import find_links

    claims_of = {d.id: segment(d) for d in docs}
    text = {c.id: c.text[:20] for cs in claims_of.values() for c in cs}
    return {(text[link.a], text[link.b]) for link in run_to_end(find_links(list(docs), claims_of))[1]}


def paper_links(readout: Document, paper_text: str) -> set[tuple[str, str]]:
    """The links an outlet's text (`paper_text`) gets to a readout, each claim by its first 20 characters, the
    outlet's first (the lede and call-line tests)."""
    from readout_viewer.core.language.segment import segment
    from readout_viewer.core.linking.align import find_links

    paper = text_doc("paper", paper_text, role=OUTLET)
    claims_of = {d.id: segment(d) for d in (readout, paper)}
    text = {c.id: c.text for cs in claims_of.values() for c in cs}
    links = run_to_end(find_links([readout, paper], claims_of))[1]
    return {(text[k.a][:20], text[k.b][:20]) for k in links if text[k.a] in paper_text}


@dataclasses.dataclass(frozen=True)
class PostInitChecked:
    """A record that checks its field in `__post_init__`: the cache's reader must make it through its `__init__`."""

    n: int

    def __post_init__(self) -> None:
        if self.n < 0:
            raise ValueError("negative")


class Refused:
    """Stands in for a pattern, a table or a function that must not be used again: any use fails the test."""

    def __getattr__(self, name):
        raise AssertionError(f"worked out again ({name})")

    def __iter__(self):
        raise AssertionError("worked out again (iterated)")

    def __call__(self, *args):
        raise AssertionError("worked out again (called)")


def asked_again(monkeypatch, ask, *refused):
    """The answers of `ask()` and of a second ask with each (module, name) of `refused` made a Refused: a memoised
    answer is given again without the work."""
    first = ask()
    for module, name in refused:
        monkeypatch.setattr(module, name, Refused())
    return first, ask()


def compiled_at_import(imports: str, patterns: str) -> list[str]:
    """How many of `patterns` (a Python expression, a tuple of lazy patterns) a fresh process has compiled after
    running `imports`, and how many there are: another test of this process may have used them already."""
    code = f"{imports}\nlate = {patterns}\nprint(sum(not hasattr(p, '__dict__') or 'search' in vars(p) for p in late), len(late))\n"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return out.stdout.split()


def related_texts(a: str, b: str) -> Link:
    """The link relations.relate gives two one-sentence claims of two documents (no dates, not a report)."""
    from readout_viewer.core.linking.relations import relate

    return relate(Claim("x#1", "x", 0, len(a), a), Claim("y#1", "y", 0, len(b), b), 0.5)


class StandInModel:
    """A stand-in sentence model for the linking's tests: cosines set by the test, `other` for any other pair; the
    ids it was asked to embed kept in `embedded`."""

    active = True
    unseen: list[str] = []

    def __init__(self, cosines: dict[tuple[str, str], float], other: float = 0.1) -> None:
        self.cosines = cosines
        self.other = other
        self.embedded: list[str] = []

    def embed(self, ids) -> None:
        self.embedded += list(ids)

    def add(self, texts) -> None:
        self.added = dict(texts)

    def save(self) -> None:
        pass

    def cos(self, a: str, b: str) -> float:
        return self.cosines.get((a, b), self.cosines.get((b, a), self.other))
