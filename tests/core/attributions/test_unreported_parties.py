"""Who can be reported as saying on the call what no readout has: a party to it, not a third person."""

from tests.builders import NORTH, north_south

NEWS = ("According to the Norwegian prime minister, the fishing fund includes forty million crowns for harbour "
        "cranes and new ferries.\n\n"
        "President Berg warned that Norway would send three warships to the northern strait next month.\n")


def test_an_office_no_official_account_names_is_a_third_person_not_a_report_in_no_readout(tmp_path):
    analysis = north_south(tmp_path, NORTH, NEWS)
    # the prime minister was not on the presidents' call: what the fund holds is no report of it
    [report] = analysis.unreported
    assert analysis.claim[report.claim].text.startswith("President Berg warned that Norway would send three warships")
