"""A leader's reported words that their own side's account holds between its claims are not "in no readout"."""

from readout_viewer.core.analysis import analyze

FRONT = "---\ntitle: Readout\nsource: {s}\nrole: official\nside: '{side}'\ndate: '2024-01-10'\n---\n"
NORTH = ("Norwegian Premier Ola Berg spoke today with Swedish Premier Eva Sol. Premier Berg proposed a joint patrol of "
         "the strait. He said unlicensed trawlers would face penalties. He called for any seized catch to go to the "
         "coastal towns.")
SOUTH = ("Swedish Premier Eva Sol had a telephone conversation with Norwegian Premier Ola Berg. Eva Sol stressed that "
         "the fishing quota must be shared fairly between the two fleets.")


def test_words_the_leaders_own_account_spreads_over_its_claims_are_no_report_in_no_readout(tmp_path):
    (tmp_path / "north.md").write_text(FRONT.format(s="Office of the Norwegian Premier", side="NO") + NORTH)
    (tmp_path / "south.md").write_text(FRONT.format(s="Office of the Swedish Premier", side="SE") + SOUTH)
    (tmp_path / "news.txt").write_text(
        "Premier Berg warned that trawlers without licences would be fined and their catch seized in the strait.\n\n"
        "Premier Berg warned that Norway would send three warships to the northern strait next month.\n")
    analysis = analyze(tmp_path)
    [report] = analysis.unreported  # the first retells the Norwegian readout's three sentences in one
    assert analysis.claim[report.claim].text.startswith("Premier Berg warned that Norway would send three warships")
    assert "no claim of the 2 official texts holds more than 12% of its 8 content words" in report.detail
    assert "Office of the Norwegian Premier readout holds 12% of them in all" in report.detail  # its short name


def test_a_third_of_the_words_in_the_leaders_own_account_is_enough_to_withhold_the_flag(tmp_path):
    """The own account may hold no more of the report in all than one official claim may hold of it."""
    (tmp_path / "north.md").write_text(FRONT.format(s="Office of the Norwegian Premier", side="NO") + NORTH)
    (tmp_path / "south.md").write_text(FRONT.format(s="Office of the Swedish Premier", side="SE") + SOUTH)
    (tmp_path / "news.txt").write_text(
        "Premier Berg warned that trawlers without licences would be fined heavily, their crews jailed and their "
        "catch seized.\n\n"
        "Premier Berg warned that Norway would send three warships to the northern strait next month.\n")
    analysis = analyze(tmp_path)
    [report] = analysis.unreported  # the first shares three of its eight words with the Norwegian readout
    assert analysis.claim[report.claim].text.startswith("Premier Berg warned that Norway would send three warships")
