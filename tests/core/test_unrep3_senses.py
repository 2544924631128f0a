"""A leader's words that one official claim holds half of, read by sense (synonyms), are not "in no readout"."""

from readout_viewer.core.attributions.check import check_with_reports
from readout_viewer.core.attributions.units import sentences
from readout_viewer.core.model import OFFICIAL, OUTLET, Claim, Document

NORTH = ("Norwegian Premier Ola Berg spoke today with Swedish Premier Eva Sol. Premier Berg proposed a joint patrol of "
         "the strait. Premier Berg stressed Norway's readiness for dialogue on a settlement that guarantees stability.")
SOUTH = ("Swedish Premier Eva Sol had a telephone conversation with Norwegian Premier Ola Berg. Eva Sol stressed that "
         "the fishing quota must be shared fairly between the two fleets.")
NEWS = ("Premier Berg told Sol that Oslo was willing to hold negotiations toward a solution with assurances of peace.\n\n"
        "Premier Berg warned that Norway would send three warships to the northern strait next month.\n")


def _doc(doc_id, text, role=OUTLET, source=None, side=None):
    return Document(id=doc_id, path=doc_id + ".txt", title=doc_id, text=text, role=role, event="e1", source=source,
                    side=side, kind="readout" if role == OFFICIAL else None)


def test_a_paraphrase_in_synonyms_the_linking_missed_is_no_report_in_no_readout():
    docs = [_doc("north", NORTH, OFFICIAL, "Office of the Norwegian Premier", "NO"),
            _doc("south", SOUTH, OFFICIAL, "Office of the Swedish Premier", "SE"), _doc("news", NEWS)]
    claims = {d.id: [Claim(f"{d.id}#{i}", d.id, s, e, d.text[s:e]) for i, (s, e) in enumerate(sentences(d.text), 1)]
              for d in docs}
    _, reports = check_with_reports(docs, claims, [], [])  # no link: "willing ... negotiations ... solution" is
    [report] = reports  # "readiness for dialogue on a settlement" by sense, though they share no word
    assert report.claim == "news#2"
    assert "nor half of them read by sense (synonyms)" in report.detail
