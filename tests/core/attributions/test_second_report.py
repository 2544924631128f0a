"""A leader's sentence of two reports, the second with its own verb of saying (", and he also called for ...", ",
adding that ..."): a readout that carries the first says nothing of the second, which is asked on its own and listed as
in no readout when no text carries it (in_part.reports)."""

from readout_viewer.core.attributions.cue_sides import AFTER, Cue
from readout_viewer.core.attributions.in_part import in_part
from readout_viewer.core.attributions.statements import statement_of
from readout_viewer.core.attributions.unreported import Candidate
from readout_viewer.core.attributions.verdicts import Verdict
from readout_viewer.core.model import SUPPORTED, UNSUPPORTED
from tests.builders import text_doc, unreported_texts

CARRIED = "Berg said unlicensed trawlers would face penalties"  # what the Norwegian readout carries
SECOND = "three warships would patrol the northern strait until the spring thaw"


def _listed_parts(text: str) -> list[str]:
    """The parts in_part lists of a one-sentence leader's statement supported whole, each part judged supported when
    it names the penalties (what the readout carries) and listed otherwise."""
    news = text_doc("news", text, role="outlet")
    cue = Cue(0, 4, 0, 9, ("north",), AFTER, leader=True, person=True)
    statement = statement_of(news, 0, len(text), cue)

    def judged(part):
        said = news.text[part.start:part.end]
        return Verdict("north", SUPPORTED if "penalties" in said else UNSUPPORTED)

    def listed(part, verdict):
        return Candidate("Berg", "") if verdict.verdict == UNSUPPORTED else None

    found = in_part(news, statement, cue, Verdict("north", SUPPORTED), frozenset(), judged, listed)
    return [text[at:stop] for _, at, stop in found.spans] if found else []


def test_the_second_report_is_listed():
    text = f"{CARRIED}, and he also said {SECOND}."
    assert _listed_parts(text) == [f", and he also said {SECOND}."]  # main: one sentence, nothing asked


def test_a_report_added_with_adding_that_is_listed():
    text = f"{CARRIED}, adding that {SECOND}."
    assert _listed_parts(text) == [f", adding that {SECOND}."]  # main: nothing asked


def test_where_a_sentence_parts():
    from readout_viewer.core.attributions.in_part import reports  # new with the rule: main lacks it

    text = f"{CARRIED}, and he also said {SECOND}. Berg left."
    assert reports(text, 0, len(text)) == [(0, len(CARRIED)), (len(CARRIED), text.index(" Berg left")),
                                           (text.index("Berg left"), len(text))]
    inverted = "Trawlers would face penalties, he said. Warships would patrol, she added."
    assert len(reports(inverted, 0, len(inverted))) == 2  # a verb that closes its sentence parts nothing
    one = f"{CARRIED} and {SECOND}."
    assert reports(one, 0, len(one)) == [(0, len(one))]  # no second verb of saying: one report


def test_one_report_carried_is_not_listed(tmp_path):
    assert not unreported_texts(tmp_path, f"President {CARRIED}.\n")  # a guard: passes on main too
