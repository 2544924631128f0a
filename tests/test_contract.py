"""End-to-end: `readout-viewer analyze corpus --json` speaks the readout-viewer.analysis/1 contract."""

import json

import pytest

from readout_viewer.cli import main
from readout_viewer.core import jsonio
from readout_viewer.core.model import ATTRIBUTION_VERDICTS, QUOTE_VERDICTS, REASONS, SCHEMA

DOC_KEYS = {"id", "path", "title", "source", "author", "role", "side", "kind", "date", "url", "event", "excerpt",
            "text"}


@pytest.fixture(scope="module")
def contract(tmp_path_factory, corpus):
    out = tmp_path_factory.mktemp("contract") / "a.json"
    assert main(["analyze", str(corpus), "--json", "-o", str(out), "--no-decisions"]) == 0
    return json.loads(out.read_text(encoding="utf-8"))


def test_documents_of_the_bundled_corpus(contract):
    assert contract["schema"] == SCHEMA
    docs = contract["documents"]
    assert len(docs) == 13
    assert sum(d["role"] == "official" for d in docs) == 8
    assert sum(d["role"] == "outlet" for d in docs) == 5
    assert all(d.keys() >= DOC_KEYS for d in docs)
    assert {d["event"] for d in docs} == {"2021-12-07-video-call", "2021-12-30-phone-call"}
    wh = next(d for d in docs if d["id"] == "2021-12-07-video-call/white-house-readout")
    assert wh["path"] == "2021-12-07-video-call/white-house-readout.md"
    assert wh["side"] == "US" and wh["date"] == "2021-12-07" and wh["excerpt"] is False
    assert contract["problems"] == []


def test_claims_are_exact_spans_in_order(contract):
    text = {d["id"]: d["text"] for d in contract["documents"]}
    claims = contract["claims"]
    assert len(claims) >= 200
    last = {}
    for c in claims:
        assert 0 <= c["start"] < c["end"] <= len(text[c["doc"]])
        assert c["id"].startswith(c["doc"] + "#")
        assert c["start"] >= last.get(c["doc"], 0), "claims overlap or are out of order"
        last[c["doc"]] = c["end"]
        assert text[c["doc"]][c["start"]:c["end"]].strip() == text[c["doc"]][c["start"]:c["end"]]


def test_links_of_both_relations_with_reasons(contract):
    ids = {c["id"] for c in contract["claims"]}
    links = contract["links"]
    assert {lk["relation"] for lk in links} == {"agree", "diverge"}
    for lk in links:
        assert lk["a"] in ids and lk["b"] in ids and lk["a"] != lk["b"]
        assert 0.0 <= lk["score"] <= 1.0
        assert lk["origin"] == "auto"
        assert (lk["reason"] in REASONS) if lk["relation"] == "diverge" else lk["reason"] is None


def test_omissions_quotes_and_attributions(contract):
    docs = {d["id"]: d for d in contract["documents"]}
    claim_doc = {c["id"]: c["doc"] for c in contract["claims"]}
    assert contract["omissions"]
    for o in contract["omissions"]:
        assert docs[claim_doc[o["claim"]]]["role"] == "official"
        assert o["missing_from"] and all(docs[m]["event"] == docs[claim_doc[o["claim"]]]["event"]
                                         for m in o["missing_from"])
    assert contract["quotes"]
    for q in contract["quotes"]:
        assert q["verdict"] in QUOTE_VERDICTS
        assert (q["source"] is None) == (q["verdict"] == "not_found")
        assert (q["diff"] is not None) == (q["verdict"] == "altered")
        words = len(docs[q["doc"]]["text"][q["start"]:q["end"]].split())
        assert words >= 5 or q["verdict"] == "exact"  # a short phrase only where a text holds it ("give-and-take")
    for a in contract["attributions"]:
        assert a["verdict"] in ATTRIBUTION_VERDICTS and a["cited_as"]


def test_same_input_same_output(contract, corpus, tmp_path):
    out = tmp_path / "again.json"
    assert main(["analyze", str(corpus), "--json", "-o", str(out), "--no-decisions"]) == 0
    assert json.loads(out.read_text(encoding="utf-8")) == contract


def test_contract_reads_back_into_the_model(contract):
    again = jsonio.to_dict(jsonio.from_dict(contract))
    assert again == contract


def _every_field_set():
    """An analysis whose records set every field of the model to something other than its default."""
    from readout_viewer.core.model import (
        ALTERED,
        DIVERGE,
        MANUAL,
        MISATTRIBUTED,
        OFFICIAL,
        Analysis,
        Attribution,
        Claim,
        Document,
        Link,
        Near,
        Note,
        Omission,
        Problem,
        Quote,
        Span,
        Unreported,
    )
    one = Document("ev/one", "ev/one.md", "One", "Alpha beta. Gamma.", OFFICIAL, "ev", "Src", "An Author", "us",
                   "readout", "2020-01-02", "https://example.org/one", True, {"tags": ["a", 1], "n": 2.5},
                   {"side": "the White House issued it"}, "fr")
    two = Document("ev/two", "ev/two.txt", "Two", "Alpha bet. Said Q.", event="ev")
    return Analysis(
        "/folder", (one, two),
        (Claim("ev/one#1", "ev/one", 0, 11, "Alpha beta."), Claim("ev/two#1", "ev/two", 0, 10, "Alpha bet."),
         Claim("ev/two#2", "ev/two", 11, 18, "Said Q.", "question")),
        (Link("ev/two#1", "ev/one#1", DIVERGE, 0.25, "wording", MANUAL, "beta / bet", True),),
        (Omission("ev/one#1", ("ev/two",), (Near("ev/two", "ev/two#1", 0.12, ("Alpha",)),)),),
        (Quote("ev/two", 0, 9, ALTERED, Span("ev/one", 0, 10), ((0, "Alpha "), (-1, "beta"), (1, "bet")),
               "the source is a translation"),),
        (Attribution("ev/two", 0, 10, "ev/one", "Src", MISATTRIBUTED, "ev/one", 0.75, "only ev/one says it"),),
        (Problem("ev/x.pdf", "not text"),),
        (Note("ev/one#1", "check", "ev/two#1", "ed", "2020-01-03T10:00"),),
        ({"kind": "link", "a": {"doc": "ev/gone"}},),
        (Unreported("ev/two#1", "a report of the call no readout carries", 0.5,
                    (Near("ev/one", "ev/one#1", 0.08, ("Alpha",)),)),),
        {"engine": "readout-viewer 0.2.0", "model": "lexical"},
    )


def test_every_field_of_the_model_survives_the_contract():
    from dataclasses import MISSING, fields
    analysis = _every_field_set()
    records = [analysis, *analysis.documents, *analysis.claims, *analysis.links, *analysis.omissions,
               *analysis.quotes, *analysis.attributions, *analysis.problems, *analysis.notes, *analysis.unreported]
    unset = {(type(r).__name__, f.name) for r in records for f in fields(r)}
    for record in records:  # a field added to the model without a value here fails, until the contract has it
        for f in fields(record):
            default = f.default_factory() if f.default_factory is not MISSING else f.default
            if getattr(record, f.name) != default:
                unset.discard((type(record).__name__, f.name))
    assert not unset, f"fields left at their defaults: {sorted(unset)}"
    again = jsonio.from_dict(json.loads(jsonio.dumps(analysis)))
    assert again == analysis



def test_statement_claims_keep_the_keys_older_readers_know(corpus_analysis):
    data = jsonio.to_dict(corpus_analysis)
    assert all(set(c) == {"id", "doc", "start", "end"} for c in data["claims"] if c["id"] in corpus_analysis.claim
               and corpus_analysis.claim[c["id"]].is_statement)
