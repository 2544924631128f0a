"""The official claims holding a quoted phrase are looked for once per phrase (Echoes.holders, memoised), with the
same answer as looking again."""

from readout_viewer.core.linking.quoted_phrases import Echoes
from readout_viewer.core.model import Claim

TEXTS = ["The leaders held a \u201clengthy and highly productive\u201d call.",
         "They spoke of a lengthy and highly productive call.", "Nothing was agreed.", "A lengthy call."]
CLAIMS = [Claim(f"ru#{i}", "ru", 0, len(t), t) for i, t in enumerate(TEXTS, 1)]


def test_a_phrase_is_looked_for_once():
    echoes = Echoes(CLAIMS)
    first = echoes.holders("lengthy and highly productive")
    assert [c.id for c in first] == ["ru#1", "ru#2"]
    assert echoes.holders("lengthy and highly productive") is first
    assert [c.id for c in echoes.holders("lengthy call")] == ["ru#4"]
    assert echoes.holders("no deal") == [] and echoes.holders("was agreed") == [CLAIMS[2]]


def test_an_outlet_claim_quoting_it_is_anchored_and_unquoted():
    echoes = Echoes(CLAIMS[1:])
    outlet = Claim("ap#1", "ap", 0, 60, "Trump said they had a \u201clengthy and highly productive\u201d call.")
    assert echoes.anchored(outlet)
    assert "productive" not in echoes.unquoted(outlet) and echoes.echoed(outlet, "ru") == [CLAIMS[1]]
