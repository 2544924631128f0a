"""With a sentence model, an outlet statement linked to nothing reports the official claim closest to it in meaning
when each is the other's closest, from PARAPHRASE_COS, and the words score the pair PARAPHRASE_WORDS
(`paraphrases.paraphrase_reports`); without a model, or under either floor, or not mutual, or already linked, nothing."""

from readout_viewer.core.language.segment import segment
from readout_viewer.core.linking.context import context_for
from readout_viewer.core.linking.pairs import document_pairs
from readout_viewer.core.linking.paraphrases import PARAPHRASE_COS, paraphrase_reports
from tests.builders import OUTLET, text_doc

READOUT = ("Prime Minister Lars Berg spoke by telephone with Prime Minister Eva Sol.\n\n"
           "The two premiers agreed to reopen the ferry line across the northern strait next spring.\n\n"
           "They also discussed energy prices and the winter grid.")
NEWS = ("Critics say the plan is costly.\n\n"
        "Ferries will cross the northern strait again from April, the two governments decided.\n\n"
        "Heating bills were on the table too.")
FERRY, BOATS, CRITICS, BILLS = "e/readout#2", "e/news#2", "e/news#1", "e/news#3"


class Model:
    """A stand-in sentence model: cosines set by the test, 0.2 for any other pair; it records what it embedded."""

    active = True

    def __init__(self, cosines: dict[tuple[str, str], float]) -> None:
        self.cosines = cosines
        self.embedded: list[str] = []

    def embed(self, ids):
        self.embedded += list(ids)

    def save(self):
        pass

    def cos(self, a: str, b: str) -> float:
        return self.cosines.get((a, b), self.cosines.get((b, a), 0.2))


def _reported(cosines, kept=None, news: str = NEWS):
    docs = [text_doc("news", news, role=OUTLET), text_doc("readout", READOUT, side="N")]
    claims_of = {d.id: segment(d) for d in docs}
    context = context_for(docs, claims_of)
    model = Model(cosines)
    return paraphrase_reports(kept or {}, document_pairs(docs), context._replace(sem=model)), model


def test_a_paraphrase_closest_both_ways_reports_its_counterpart():
    got, model = _reported({(BOATS, FERRY): 0.82})
    assert got == {(BOATS, FERRY): 0.82}
    assert FERRY in model.embedded and BOATS in model.embedded  # one batch before comparing


def test_without_a_sentence_model_nothing_is_linked():
    docs = [text_doc("news", NEWS, role=OUTLET), text_doc("readout", READOUT, side="N")]
    claims_of = {d.id: segment(d) for d in docs}
    assert paraphrase_reports({}, document_pairs(docs), context_for(docs, claims_of)) == {}


def test_one_under_the_floor_is_not_linked():
    assert _reported({(BOATS, FERRY): round(PARAPHRASE_COS - 0.01, 3)})[0] == {}


def test_one_whose_counterpart_is_closer_to_another_statement_is_not_linked():
    assert _reported({(BOATS, FERRY): 0.82, (CRITICS, FERRY): 0.85})[0] == {}  # nor the closer one: no words shared


def test_one_sharing_no_words_with_its_counterpart_is_not_linked():
    assert _reported({(BILLS, "e/readout#3"): 0.9})[0] == {}  # "Heating bills" / "energy prices": no word shared


def test_a_statement_already_linked_gets_nothing_more():
    assert _reported({(BOATS, FERRY): 0.82}, kept={(BOATS, "e/readout#1"): 0.4})[0] == {}
