"""This session's rules asked only what can change their answer (speed22): a lede's "his <adjective> counterpart" read
once and only for a lede (`openings.counterpart_countries`, its pattern compiled on first use), a frame of remarks
weighed only where a text holds one (`readouts._frame_on_content`) and matched only in a claim holding "made"
(`ledes.remarks_frame`), and a claim asked once whether it says who asked for the call (`asks_for_call`); a speaker's pointer back searched only in a claim
holding its verb (`readouts.restates`); an outlet claim's clauses read once (`counterparts._clauses`)."""

from types import SimpleNamespace

from readout_viewer.core.linking import call_requests, counterparts, ledes, openings, readouts
from readout_viewer.core.linking.ledes import REMARKS_FRAME
from readout_viewer.core.model import OUTLET
from readout_viewer.core.system.lazyre import LazyPattern
from tests.builders import linked_starts, text_doc
from tests.core.linking.gates import Refused, same_answers
from tests.core.linking.test_align import _links

READOUT = text_doc("readout", "Chinese President Tom Sol held a phone conversation with Russian President Ivan Berg."
                              "\n\nChinese President Tom Sol said the harbour tariffs must fall.", side="CN",
                   kind="readout")
SECOND = text_doc("second", "Chinese President Tom Sol had a phone call with Russian President Ivan Berg.\n\n"
                            "Sol said the salmon quota stays.", side="CN", kind="readout")
LEDE = "On May 3, Chinese President Tom Sol held a phone conversation with his Russian counterpart, Ivan Berg."
OTHER = "The harbour tariffs must fall, Sol's Russian counterpart said on Friday."


def test_a_counterpart_is_read_once_and_only_in_a_lede(monkeypatch):
    read: list[str] = []
    met = ledes.counterpart_countries

    def counted(text: str) -> frozenset[str]:
        read.append(text)
        return met(text)
    monkeypatch.setattr(ledes, "counterpart_countries", counted)
    paper = text_doc("paper", LEDE + "\n\n" + OTHER, role=OUTLET)
    found = {(a[:20], b[:20]) for a, b, _ in _links(READOUT, SECOND, paper)}
    assert ("On May 3, Chinese Pr", "Chinese President To") in found
    assert read == [LEDE]


def _refused(*_args):
    raise AssertionError("weighed a frame of remarks where neither text holds one")


def test_no_frame_of_remarks_is_weighed_where_no_text_holds_one(monkeypatch):
    monkeypatch.setattr(readouts, "_frame_on_content", _refused)
    north = text_doc("north", "Norwegian President Ola Berg said the harbour tariffs would stay.", side="NO")
    south = text_doc("south", "Swedish President Ivan Sol said the harbour tariffs would stay.", side="SE")
    assert ("Norwegian President ", "Swedish President Iv") in linked_starts(north, south)


def test_a_claim_is_asked_once_who_asked_for_the_call(monkeypatch):
    folded: list[str] = []
    fold = call_requests.fold

    def counted(text: str) -> str:
        folded.append(text)
        return fold(text)
    monkeypatch.setattr(call_requests, "fold", counted)
    asked = SimpleNamespace(id="r1", text="Premier Quist spoke by phone with Premier Varga at the latter's request.")
    plain = SimpleNamespace(id="r2", text="Premier Quist and Premier Varga reviewed the eel quota.")
    told = SimpleNamespace(id="o1", text="The phone call took place at the request of the Vargan side.")
    for _ in range(3):
        assert call_requests.call_requests([told], [asked, plain]) == {("o1", "r1"): call_requests.REQUEST_SCORE}
    assert sorted(folded) == sorted([asked.text, plain.text, told.text])


class _NoFrameMatched:
    """REMARKS_FRAME in place: a claim without "made" must not be matched against it."""

    def match(self, text: str, *_args):
        assert "made" in text, f"matched a claim without 'made' against the frame of remarks: {text}"
        return REMARKS_FRAME.match(text)


def test_a_frame_of_remarks_is_matched_only_in_a_claim_holding_made(monkeypatch):
    monkeypatch.setattr(ledes, "REMARKS_FRAME", _NoFrameMatched())
    monkeypatch.setattr(readouts, "REMARKS_FRAME", ledes.REMARKS_FRAME, raising=False)
    north = text_doc("north", "Norwegian President Ola Berg said the harbour tariffs would stay.\n\n"
                              "He made the remarks when having a phone conversation with Swedish President Ivan Sol.",
                     side="NO")
    south = text_doc("south", "Swedish President Ivan Sol said the harbour tariffs would stay.", side="SE")
    assert ("Norwegian President ", "Swedish President Iv") in linked_starts(north, south)


def test_the_frame_gate_answers_as_the_pattern():
    pieces = ("He made", "She made", "Berg made", "he made", " made", "  made", "Made", " the remarks", " his comments",
              " these remarks", " her remark", " when ", " during ", " while", "\n", " x", " ")
    same_answers(lambda text: ledes.remarks_frame(text) is not None, REMARKS_FRAME, pieces, seed=22, longest=5,
                 least_found=10)


def test_the_counterpart_pattern_is_compiled_only_when_a_lede_holds_one():
    assert isinstance(openings._COUNTERPART_OF, LazyPattern)
    met = openings.counterpart_countries
    assert met("Chinese President Tom Sol held a call with his Russian counterpart, Ivan Berg.") == {"RU"}
    assert met("Chinese President Tom Sol held a call with Russian President Ivan Berg.") == frozenset()


def test_a_pointer_back_is_searched_only_in_a_claim_holding_its_verb(monkeypatch):
    monkeypatch.setattr(readouts, "RESTATED", Refused("a verb of RESTATED"))
    north = text_doc("north", "Norwegian President Ola Berg backed the harbour tariffs.", side="NO")
    south = text_doc("south", "Swedish President Ivan Sol backed the harbour tariffs.", side="SE")
    assert ("Norwegian President ", "Swedish President Iv") in linked_starts(north, south)


def test_the_pointer_back_gate_answers_as_the_pattern():
    pieces = ("as I", "As I", "as  i", "as \u0131", "as \u0130", " ", "\n", "I", " just", " already", " mentioned",
              " said", " \u017faid", " noted", " NOTED", " indicated", " before", " earlier", "x", "has", "-")
    same_answers(readouts.restates, readouts.RESTATED, pieces, seed=31, longest=6, least_found=100)


def test_a_claims_clauses_are_read_once_however_many_texts_it_meets(monkeypatch):
    read: list[str] = []
    clauses = counterparts._clauses

    def counted(claim, *args):
        read.append(claim.id)
        return clauses(claim, *args)
    monkeypatch.setattr(counterparts, "_clauses", counted)
    paper = text_doc("paper", "Chinese President Tom Sol said the harbour tariffs must fall, and Berg backed the "
                              "salmon quota.", role=OUTLET)
    _links(READOUT, SECOND, paper)
    assert read and len(read) == len(set(read))


def test_a_clauses_terms_are_read_once_however_many_texts_it_meets(monkeypatch):
    read: list[str] = []
    text_terms = counterparts.text_terms

    def counted(text: str, *args):
        read.append(text)
        return text_terms(text, *args)
    monkeypatch.setattr(counterparts, "text_terms", counted)
    paper = text_doc("paper", "Chinese President Tom Sol said the harbour tariffs must fall, and Berg backed the "
                              "salmon quota.", role=OUTLET)
    _links(READOUT, SECOND, paper)
    assert any("salmon" in text for text in read)
    assert len(read) == len(set(read))
