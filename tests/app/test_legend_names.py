"""Seen on the Xi–Zelenskyy call at 1920 px (helper ux7): the legend's "Colours against the other panes:" line ran
off the window's edge mid-word ("… · Yahoo News (US; the stored cop"). The names are cut in their middle to the
legend's width, short ones whole, and the tooltip has them all."""

from __future__ import annotations

from readout_viewer.app.legend import Legend

LONG = ["Office of the President of Ukraine (press release, as reproduced by Ukrinform) readout (excerpt)",
        "Xinhua News Agency (China's state news agency), English service readout (excerpt)",
        "Yahoo News (US; the stored copy names no agency) news"]


def test_long_names_fit_the_legend_and_the_tooltip_has_them_whole(qtbot):
    legend = Legend()
    qtbot.addWidget(legend)
    legend.resize(900, 80)
    legend.show()
    legend.set_against(LONG, 0.0, panes=3)
    assert legend.against.sizeHint().width() <= legend.width()
    assert all(name in legend.against.toolTip() for name in LONG)
    assert "…" in legend.against.text()
    legend.set_against(["Kremlin readout", "The White House readout"], 0.0, panes=2)
    assert "Kremlin readout · The White House readout" in legend.against.text()  # short names stay whole
    legend.set_against(LONG, 0.0, panes=3)
    legend.resize(3000, 80)  # room for every name: whole again
    qtbot.waitUntil(lambda: "…" not in legend.against.text())
