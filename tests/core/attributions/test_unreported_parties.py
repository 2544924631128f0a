"""Who can be reported as saying on the call what no readout has: a party to it, not a third person."""

from readout_viewer.core.analysis import analyze

FRONT = "---\ntitle: Readout\nsource: {s}\nrole: official\nside: '{side}'\ndate: '2024-01-10'\n---\n"
NORTH = ("Norwegian President Ola Berg spoke today with Swedish President Eva Sol. President Berg proposed a joint "
         "patrol of the strait. He said unlicensed trawlers would face penalties.")
SOUTH = ("Swedish President Eva Sol had a telephone conversation with Norwegian President Ola Berg. Eva Sol stressed "
         "that the fishing quota must be shared fairly between the two fleets.")
NEWS = ("According to the Norwegian prime minister, the fishing fund includes forty million crowns for harbour "
        "cranes and new ferries.\n\n"
        "President Berg warned that Norway would send three warships to the northern strait next month.\n")


def test_an_office_no_official_account_names_is_a_third_person_not_a_report_in_no_readout(tmp_path):
    (tmp_path / "north.md").write_text(FRONT.format(s="Office of the Norwegian President", side="NO") + NORTH)
    (tmp_path / "south.md").write_text(FRONT.format(s="Office of the Swedish President", side="SE") + SOUTH)
    (tmp_path / "news.txt").write_text(NEWS)
    analysis = analyze(tmp_path)
    # the prime minister was not on the presidents' call: what the fund holds is no report of it
    [report] = analysis.unreported
    assert analysis.claim[report.claim].text.startswith("President Berg warned that Norway would send three warships")
