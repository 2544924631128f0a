"""Anchors find a claim again by its words, across re-segmentation, and give up when the words are gone."""

from hypothesis import given, settings
from hypothesis import strategies as st

from readout_viewer.core.decisions.claim_anchors import Anchor, Resolver, anchor_for, squeeze, squeeze_with_map
from readout_viewer.core.model import Analysis, Claim, Document

TEXT = ("The ministers met on Tuesday in a neutral capital.\n"
        "They agreed to meet again, and they set up two working groups.\n"
        "The ministers met on Tuesday in a neutral capital.\n"
        "Nothing was said about sanctions.")


def _analysis(text: str, cuts: list[tuple[int, int]], doc_id: str = "ev/doc") -> Analysis:
    doc = Document(doc_id, doc_id + ".md", "Doc", text)
    claims = tuple(Claim(f"{doc_id}#{i}", doc_id, s, e, text[s:e]) for i, (s, e) in enumerate(cuts, 1))
    return Analysis(root="r", documents=(doc,), claims=claims)


def _sentences(text: str) -> list[tuple[int, int]]:
    out, at = [], 0
    for line in text.split("\n"):
        out.append((at, at + len(line)))
        at += len(line) + 1
    return out


def test_fold_collapses_whitespace_and_keeps_offsets():
    folded = squeeze_with_map("  two\n\t words  here ")
    assert folded.text == squeeze("  two\n\t words  here ") == "two words here"
    assert [folded.origin[i] for i in (0, 3, 4)] == [2, 5, 8]


def test_a_claim_is_found_again_by_its_own_anchor():
    analysis = _analysis(TEXT, _sentences(TEXT))
    resolver = Resolver(analysis)
    for claim in analysis.claims:
        assert resolver.resolve(anchor_for(claim, TEXT)) == claim.id


def test_repeated_sentences_are_told_apart_by_occurrence():
    analysis = _analysis(TEXT, _sentences(TEXT))
    first, third = analysis.claims[0], analysis.claims[2]
    assert anchor_for(first, TEXT).occurrence == 1
    assert anchor_for(third, TEXT).occurrence == 2
    assert Resolver(analysis).resolve(anchor_for(third, TEXT)) == third.id


def test_anchor_folds_line_breaks_inside_a_claim():
    text = "A first claim\nthat wraps over two lines.\nA second one that does not wrap."
    analysis = _analysis(text, [(0, 40), (41, len(text))])
    anchor = anchor_for(analysis.claims[0], text)
    assert anchor.text == "A first claim that wraps over two lines."
    assert Resolver(analysis).resolve(anchor) == analysis.claims[0].id


def test_anchor_survives_a_claim_split_in_two():
    before = _analysis(TEXT, _sentences(TEXT))
    anchor = anchor_for(before.claims[1], TEXT)
    line = before.claims[1]
    comma = TEXT.index(", and", line.start)
    cuts = [c for c in _sentences(TEXT) if c != (line.start, line.end)]
    cuts[1:1] = [(line.start, comma + 1), (comma + 2, line.end)]
    after = _analysis(TEXT, cuts)
    assert after.claims[1].text == "They agreed to meet again,"
    # The anchored text now spans two claims: it goes to the one that holds most of it.
    assert Resolver(after).resolve(anchor) == after.claims[2].id


def test_anchor_on_part_of_a_claim_survives_claims_merged():
    merged = _analysis(TEXT, [(0, len(TEXT))])
    assert Resolver(merged).resolve(Anchor("ev/doc", "Nothing was said about   sanctions.")) == "ev/doc#1"


def test_a_lightly_edited_sentence_is_found_by_most_of_its_text():
    edited = TEXT.replace("two working groups", "three working groups")
    analysis = _analysis(edited, _sentences(edited))
    anchor = Anchor("ev/doc", "They agreed to meet again, and they set up two working groups.")
    assert Resolver(analysis).resolve(anchor) == "ev/doc#2"


def test_words_that_are_gone_resolve_to_nothing():
    analysis = _analysis(TEXT, _sentences(TEXT))
    resolver = Resolver(analysis)
    assert resolver.resolve(Anchor("ev/doc", "The talks collapsed after an hour of shouting.")) is None
    assert resolver.resolve(Anchor("ev/other", "Nothing was said about sanctions.")) is None


def test_an_occurrence_beyond_the_last_takes_the_last():
    resolver = Resolver(_analysis(TEXT, _sentences(TEXT)))
    assert resolver.resolve(Anchor("ev/doc", "The ministers met on Tuesday", occurrence=3)) == "ev/doc#3"


def test_words_outside_every_claim_resolve_to_nothing():
    analysis = _analysis(TEXT, _sentences(TEXT)[:2])
    assert Resolver(analysis).resolve(Anchor("ev/doc", "Nothing was said about sanctions.")) is None


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab \n.", min_size=1, max_size=60), st.data())
def test_any_claim_resolves_to_itself_whatever_the_repetitions(text, data):
    cuts = sorted(data.draw(st.sets(st.integers(0, len(text)), max_size=8)) | {0, len(text)})
    spans = [(s, e) for s, e in zip(cuts, cuts[1:]) if text[s:e].strip()]
    analysis = _analysis(text, spans)
    resolver = Resolver(analysis)
    for claim in analysis.claims:
        assert resolver.resolve(anchor_for(claim, text)) == claim.id


@given(st.text(alphabet="ab \n\t", max_size=40))
def test_folding_keeps_every_visible_character_where_it_was(text):
    folded = squeeze_with_map(text)
    assert folded.text == squeeze(text) and len(folded.origin) == len(folded.text)
    assert all(ch == " " or text[i] == ch for ch, i in zip(folded.text, folded.origin))
