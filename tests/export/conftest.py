"""A tiny literal analysis for the export tests: two official readouts and one article of one event."""

import pytest

from readout_viewer.core.model import (
    Analysis,
    Attribution,
    Claim,
    Document,
    Link,
    Note,
    Omission,
    Problem,
    Quote,
    Span,
)

US = "ev/us-readout"
RU = "ev/ru-readout"
NEWS = "ev/paper"
US_TEXT = "The leaders spoke for two hours.\n\nThey agreed to talk again in “January”.\n\nSanctions were discussed."
RU_TEXT = "Разговор длился два часа. The leaders spoke for ninety minutes.\n\nThey agreed to talk again."
NEWS_TEXT = ("The two presidents spoke for two hours, the White House said.\n\n"
             "They promised to “talk again in January” and to meet soon.")


def _claims(doc: str, text: str, cuts: list[tuple[int, int]]) -> list[Claim]:
    return [Claim(f"{doc}#{i}", doc, s, e, text[s:e]) for i, (s, e) in enumerate(cuts, 1)]


def _sentences(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch in ".":
            out.append((start, i + 1))
            start = i + 1
            while start < len(text) and text[start].isspace():
                start += 1
    return out


@pytest.fixture
def tiny_analysis() -> Analysis:
    docs = (
        Document(US, "ev/us-readout.md", "Readout of the call", US_TEXT, role="official", event="ev",
                 source="The White House", side="US", kind="readout", date="2021-12-30", url="https://example.org/us"),
        Document(RU, "ev/ru-readout.md", "Телефонный разговор", RU_TEXT, role="official", event="ev",
                 source="Kremlin", side="RU", kind="readout", date="2021-12-30"),
        Document(NEWS, "ev/paper.txt", "Presidents talk", NEWS_TEXT, event="ev", source="Daily Paper"),
    )
    us, ru, news = (_claims(d.id, d.text, _sentences(d.text)) for d in docs)
    links = (
        Link(news[0].id, us[0].id, "agree", 0.9),
        Link(ru[1].id, us[0].id, "diverge", 0.8, reason="number", detail="two hours against ninety minutes"),
        Link(news[1].id, us[1].id, "agree", 0.7, origin="manual"),
    )
    quote_start = NEWS_TEXT.index("“") + 1
    us_quote = US_TEXT.index("talk again")
    return Analysis(
        root="/tmp/tiny-folder",
        documents=docs,
        claims=tuple(us + ru + news),
        links=links,
        omissions=(Omission(us[2].id, (RU, NEWS)), Omission(us[1].id, (RU,))),
        quotes=(Quote(NEWS, quote_start, NEWS_TEXT.index("”"), "altered", Span(US, us_quote, us_quote + 26),
                      ((0, "talk again in "), (-1, "“January”"), (1, "early January"))),),
        attributions=(Attribution(NEWS, 0, NEWS_TEXT.index(".") + 1, US, "the White House", "misattributed", RU),),
        problems=(Problem("ev/notes.docx", "not a text file"),),
        notes=(Note(us[2].id, "Check against the briefing.", author="Ann", at="2026-11-21"),),
    )
