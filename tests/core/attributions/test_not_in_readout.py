"""What is "not in any readout": a leader's reported words that no official account carries, and the reports that
look like one but are not (the leader's own side's account spread over its claims, a paraphrase in synonyms, the
writer's asides)."""

from readout_viewer.core.analysis import analyze
from readout_viewer.core.attributions.check import check_with_reports
from readout_viewer.core.language.sentences import loose_sentences
from readout_viewer.core.model import OFFICIAL, OUTLET, Claim, Document

FRONT = "---\ntitle: Readout\nsource: {s}\nrole: official\nside: '{side}'\ndate: '2024-01-10'\n---\n"
NORTH = ("Norwegian Premier Ola Berg spoke today with Swedish Premier Eva Sol. Premier Berg proposed a joint patrol of "
         "the strait. He said unlicensed trawlers would face penalties.")
SOUTH = ("Swedish Premier Eva Sol had a telephone conversation with Norwegian Premier Ola Berg. Eva Sol stressed that "
         "the fishing quota must be shared fairly between the two fleets.")
WARSHIPS = "Premier Berg warned that Norway would send three warships to the northern strait next month.\n"


def _reports(tmp_path, news: str, north: str = NORTH):
    """The analysis of a folder of the two premiers' readouts and one news text, and its one unreported report."""
    (tmp_path / "north.md").write_text(FRONT.format(s="Office of the Norwegian Premier", side="NO") + north)
    (tmp_path / "south.md").write_text(FRONT.format(s="Office of the Swedish Premier", side="SE") + SOUTH)
    (tmp_path / "news.txt").write_text(news)
    analysis = analyze(tmp_path)
    [report] = analysis.unreported
    return analysis, report


def test_words_the_leaders_own_account_spreads_over_its_claims_are_no_report_in_no_readout(tmp_path):
    north = NORTH + " He called for any seized catch to go to the coastal towns."
    analysis, report = _reports(tmp_path, "Premier Berg warned that trawlers without licences would be fined and their "
                                          "catch seized in the strait.\n\n" + WARSHIPS, north)
    # the first retells the Norwegian readout's three sentences in one
    assert analysis.claim[report.claim].text.startswith("Premier Berg warned that Norway would send three warships")
    assert "no claim of the 2 official texts holds more than 12% of its 8 content words" in report.detail
    assert "Office of the Norwegian Premier readout holds 12% of them in all" in report.detail  # its short name


def test_words_of_a_relative_clause_between_commas_do_not_count_toward_a_report_in_no_readout(tmp_path):
    analysis, report = _reports(tmp_path, "Premier Berg urged Finland and Estonia, which have quarrelled over ferry "
                                          "tariffs since the spring storms, to negotiate.\n\n" + WARSHIPS)
    # the first says three words of its own: whom he urged, and to do what
    assert analysis.claim[report.claim].text.startswith("Premier Berg warned that Norway would send three warships")


def test_a_setting_given_with_despite_or_amid_does_not_count_toward_a_report_in_no_readout(tmp_path):
    analysis, report = _reports(tmp_path, "Premier Berg tells Sol the trawlers will sail despite storm warnings from "
                                          "weather stations up the coast.\n\nPremier Berg told Sol the ferries would "
                                          "sail amid calls by harbour unions to strike over pensions.\n\n" + WARSHIPS)
    # the first two say that boats will sail; the rest is the writer's setting
    assert analysis.claim[report.claim].text.startswith("Premier Berg warned that Norway would send three warships")


def test_the_topics_of_the_call_its_own_side_names_are_no_report_in_no_readout(tmp_path):
    analysis, report = _reports(tmp_path, "Premier Berg claimed that the strait patrol was among the topics discussed "
                                          "during his phone conversation with Sol last Monday (August 26), besides the "
                                          "trawlers.\n\n" + WARSHIPS)
    # the first names two topics, both in the Norwegian readout; the rest says when and that they talked
    assert analysis.claim[report.claim].text.startswith("Premier Berg warned that Norway would send three warships")


def test_words_a_leader_has_repeatedly_said_on_the_call_are_a_report_in_no_readout(tmp_path):
    analysis, report = _reports(tmp_path, "According to an aide, Premier Berg has repeatedly warned Sol that Norway "
                                          "would send three warships to the northern strait next month.\n")
    assert analysis.claim[report.claim].text.startswith("According to an aide, Premier Berg has repeatedly warned")


def test_what_a_leader_raised_on_the_call_is_a_report_in_no_readout(tmp_path):
    analysis, report = _reports(tmp_path, "Premier Berg raised the matter of sending three warships to the northern "
                                          "strait next month.\n")
    assert analysis.claim[report.claim].text.startswith("Premier Berg raised the matter")
    assert report.detail.startswith("reports what Berg said on the call")


def test_what_a_leader_vowed_pledged_or_elaborated_on_is_a_report_in_no_readout(tmp_path):
    for verb in ("vowed to send", "pledged to send", "elaborated on sending"):
        folder = tmp_path / verb.split()[0]
        folder.mkdir()
        analysis, report = _reports(folder, f"Premier Berg also {verb} three warships to the northern strait next "
                                            "month.\n")
        assert analysis.claim[report.claim].text.startswith(f"Premier Berg also {verb}")


def test_what_both_leaders_discussed_is_a_report_in_no_readout(tmp_path):
    analysis, report = _reports(tmp_path, "Sol and Berg discussed sending three warships to the northern strait next "
                                          "month.\n")
    assert analysis.claim[report.claim].text.startswith("Sol and Berg discussed")


def test_what_one_leader_discussed_is_no_cue(tmp_path):
    (tmp_path / "news.txt").write_text("Berg discussed sending three warships to the northern strait next month.\n")
    (tmp_path / "north.md").write_text(FRONT.format(s="Office of the Norwegian Premier", side="NO") + NORTH)
    (tmp_path / "south.md").write_text(FRONT.format(s="Office of the Swedish Premier", side="SE") + SOUTH)
    assert not analyze(tmp_path).unreported  # with "discussed" a verb of saying it would be one


NORTH_READY = ("Norwegian Premier Ola Berg spoke today with Swedish Premier Eva Sol. Premier Berg proposed a joint patrol of "
         "the strait. Premier Berg stressed Norway's readiness for dialogue on a settlement that guarantees stability.")
NEWS_SYNONYMS = ("Premier Berg told Sol that Oslo was willing to hold negotiations toward a solution with assurances of peace.\n\n"
        "Premier Berg warned that Norway would send three warships to the northern strait next month.\n")

def _doc(doc_id, text, role=OUTLET, source=None, side=None):
    return Document(id=doc_id, path=doc_id + ".txt", title=doc_id, text=text, role=role, event="e1", source=source,
                    side=side, kind="readout" if role == OFFICIAL else None)


def test_a_paraphrase_in_synonyms_the_linking_missed_is_no_report_in_no_readout():
    docs = [_doc("north", NORTH_READY, OFFICIAL, "Office of the Norwegian Premier", "NO"),
            _doc("south", SOUTH, OFFICIAL, "Office of the Swedish Premier", "SE"), _doc("news", NEWS_SYNONYMS)]
    claims = {d.id: [Claim(f"{d.id}#{i}", d.id, s, e, d.text[s:e]) for i, (s, e) in enumerate(loose_sentences(d.text), 1)]
              for d in docs}
    _, reports = check_with_reports(docs, claims, [], [])  # no link: "willing ... negotiations ... solution" is
    [report] = reports  # "readiness for dialogue on a settlement" by sense, though they share no word
    assert report.claim == "news#2"
    assert "nor half of them read by sense (synonyms)" in report.detail
