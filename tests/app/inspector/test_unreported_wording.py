"""Who said what that no readout has, checked as a reader would: a report in no readout says so in the inspector,
with each official text's closest wording, and a click on it shows that passage in its pane."""

from __future__ import annotations

from PySide6.QtCore import QUrl

from readout_viewer.core.session import analyze_folder
from tests.app.inspector.shown import claim_href, inspector_page

FRONT = "---\ntitle: Readout\nsource: {source}\nrole: official\nside: '{side}'\ndate: '2024-01-10'\n---\n"
NORTH = ("Norwegian Premier Ola Berg spoke today with Swedish Premier Eva Sol. Premier Berg proposed a joint patrol of "
         "the fishing grounds in the northern strait.")
SOUTH = ("Swedish Premier Eva Sol had a telephone conversation with Norwegian Premier Ola Berg. Eva Sol stressed that "
         "the fishing quota must be shared fairly between the two fleets.")
NEWS = "Premier Berg warned that Norway would send three warships to the northern strait next month.\n"


def test_a_report_in_no_readout_shows_the_closest_official_wording_and_a_click_shows_it(qtbot, make_window,
                                                                                      tmp_path):
    (tmp_path / "north.md").write_text(FRONT.format(source="Office of the Norwegian Premier", side="NO") + NORTH)
    (tmp_path / "south.md").write_text(FRONT.format(source="Office of the Swedish Premier", side="SE") + SOUTH)
    (tmp_path / "news.txt").write_text(NEWS)
    analysis = analyze_folder(tmp_path, use_decisions=False)
    [report] = analysis.unreported
    [near] = report.nearest
    window, page = inspector_page(make_window, analysis, report.claim)
    # the Findings' word for the kind (its chip says "Unreported"), not a second name for it
    assert "· unreported" in page and "no official account of the event carries it" in page
    assert "not in any readout" not in page
    assert "Closest official wording" in page and "proposed a joint patrol" in page
    assert "shares “northern”, “strait”" in page
    window.inspector.browser.anchorClicked.emit(QUrl(claim_href(near.claim)))
    qtbot.waitUntil(lambda: window.selected_claim_ids()[:1] == [near.claim])


def test_a_statement_an_official_text_carries_says_nothing_of_readouts(qtbot, make_window, tmp_path):
    (tmp_path / "north.md").write_text(FRONT.format(source="Office of the Norwegian Premier", side="NO") + NORTH)
    (tmp_path / "south.md").write_text(FRONT.format(source="Office of the Swedish Premier", side="SE") + SOUTH)
    (tmp_path / "news.txt").write_text("Premier Berg proposed a joint patrol of the fishing grounds in the northern "
                                       "strait, the paper learned.\n")
    analysis = analyze_folder(tmp_path, use_decisions=False)
    assert not analysis.unreported
    claim = next(c for c in analysis.claims if c.doc == "news")
    _, page = inspector_page(make_window, analysis, claim.id)
    assert "unreported" not in page
