"""The writer's asides (a relative clause set off by commas, a setting with "amid" or "despite") do not make a report
"in no readout": their words are the outlet's, not the leader's."""

from readout_viewer.core.analysis import analyze

FRONT = "---\ntitle: Readout\nsource: {s}\nrole: official\nside: '{side}'\ndate: '2024-01-10'\n---\n"
NORTH = ("Norwegian Premier Ola Berg spoke today with Swedish Premier Eva Sol. Premier Berg proposed a joint patrol of "
         "the strait. He said unlicensed trawlers would face penalties.")
SOUTH = ("Swedish Premier Eva Sol had a telephone conversation with Norwegian Premier Ola Berg. Eva Sol stressed that "
         "the fishing quota must be shared fairly between the two fleets.")


def test_words_of_a_relative_clause_between_commas_do_not_count_toward_a_report_in_no_readout(tmp_path):
    (tmp_path / "north.md").write_text(FRONT.format(s="Office of the Norwegian Premier", side="NO") + NORTH)
    (tmp_path / "south.md").write_text(FRONT.format(s="Office of the Swedish Premier", side="SE") + SOUTH)
    (tmp_path / "news.txt").write_text(
        "Premier Berg urged Finland and Estonia, which have quarrelled over ferry tariffs since the spring storms, to "
        "negotiate.\n\n"
        "Premier Berg warned that Norway would send three warships to the northern strait next month.\n")
    analysis = analyze(tmp_path)
    [report] = analysis.unreported  # the first says three words of its own: whom he urged, and to do what
    assert analysis.claim[report.claim].text.startswith("Premier Berg warned that Norway would send three warships")


def test_a_setting_given_with_despite_or_amid_does_not_count_toward_a_report_in_no_readout(tmp_path):
    (tmp_path / "north.md").write_text(FRONT.format(s="Office of the Norwegian Premier", side="NO") + NORTH)
    (tmp_path / "south.md").write_text(FRONT.format(s="Office of the Swedish Premier", side="SE") + SOUTH)
    (tmp_path / "news.txt").write_text(
        "Premier Berg tells Sol the trawlers will sail despite storm warnings from weather stations up the coast.\n\n"
        "Premier Berg told Sol the ferries would sail amid calls by harbour unions to strike over pensions.\n\n"
        "Premier Berg warned that Norway would send three warships to the northern strait next month.\n")
    analysis = analyze(tmp_path)
    [report] = analysis.unreported  # the first two say that boats will sail; the rest is the writer's setting
    assert analysis.claim[report.claim].text.startswith("Premier Berg warned that Norway would send three warships")
