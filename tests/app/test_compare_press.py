"""Compare at a glance: what one side's readout leaves out, the points the press reports first, each with where
the outlets stand (the first question a journalist opens a call's folder for)."""

from __future__ import annotations

from readout_viewer.core.model import AGREE, DIVERGE, OFFICIAL, OUTLET, Link
from tests.builders import build, doc


def _call():
    """A readout of three points the other side's readout leaves out; two outlets report the third, one the
    second (told differently)."""
    return build("/tmp/press", [
        (doc("e1/us", OFFICIAL, "US", "readout", "Washington"),
         ["Fishing quotas were raised.", "A summit was agreed for May.", "Sanctions on steel will be lifted."]),
        (doc("e1/ru", OFFICIAL, "RU", "readout", "Moscow"), ["The presidents spoke about the weather."]),
        (doc("e1/wire", OUTLET, None, "news", "Wire"), ["Steel sanctions go, the wire says.", "No summit yet."]),
        (doc("e1/daily", OUTLET, None, "news", "Daily"), ["Steel sanctions will be lifted, the daily says."]),
    ], links=[Link("e1/wire#1", "e1/us#3", AGREE, 0.8), Link("e1/daily#1", "e1/us#3", AGREE, 0.8),
              Link("e1/wire#2", "e1/us#2", DIVERGE, 0.6, reason="negation")])


def test_the_left_out_point_the_press_reports_comes_first_with_its_outlets(qtbot, make_window):
    window = make_window()
    window.show_analysis(_call())
    panel = window.docks.compare
    panel.choose("e1/us", "e1/ru")
    rows = [panel.only_a.item(i).text() for i in range(panel.only_a.count())]
    assert [r.split("\n")[0] for r in rows] == ["∅ Sanctions on steel will be lifted.", "∅ A summit was agreed for May.",
                                               "∅ Fishing quotas were raised."]
    assert rows[0].endswith("Reported by 2 of 2 outlets: Wire, Daily")
    assert rows[1].endswith("Reported by 1 of 2 outlets: Wire (told differently)")
    assert rows[2].endswith("Reported by 0 of 2 outlets")
    assert panel.only_a.item(0).toolTip().endswith("Reported by 2 of 2 outlets: Wire, Daily")  # every one named
    assert "those the most outlets report first" in panel.head_a.toolTip()
    panel.only_a.setCurrentRow(0)  # the row still leads to its statement
    assert window.selected_claim_ids()[0] == "e1/us#3"


def test_long_source_names_leave_the_lists_their_room(qtbot, make_window):
    """Seen by helper ux8 on the Xi–Zelenskyy call at 1280×800: each list's heading named both sides in full
    ("Office of the President of Ukraine (press release, as reproduced by Ukrinform) readout (excerpt) says, Xinhua
    News Agency (China's state news agency), English service readout (excerpt) leaves out"), four lines above a
    list that then showed one statement and a half."""
    import re
    from dataclasses import replace

    long = "Office of the President of Ukraine (press release, as reproduced by Ukrinform)"
    call = _call()
    call = replace(call, documents=tuple(replace(d, source=long) if d.id == "e1/us" else d for d in call.documents))
    window = make_window()
    window.show_analysis(call)
    panel = window.docks.compare
    panel.choose("e1/us", "e1/ru")
    plain = re.sub("<[^>]+>", "", panel.head_a.text())
    assert long not in plain and len(plain) < 110
    assert long in panel.head_a.toolTip()


def test_the_findings_list_and_its_csv_give_what_is_left_out_in_the_compare_order(qtbot, make_window, tmp_path):
    """Seen by helper ux8: the Findings drawer's Left out rows (and the CSV written from it) kept text order while
    Compare and the PDF put the most reported first: one order for one list."""
    from dataclasses import replace

    from readout_viewer.core import findings
    from readout_viewer.core.model import Omission

    call = _call()  # the other side's readout carries none of the three: the omissions say so
    call = replace(call, omissions=tuple(Omission(f"e1/us#{n}", ("e1/ru",)) for n in (1, 2, 3)))
    window = make_window()
    window.show_analysis(call)
    panel = window.docks.findings
    panel.only(findings.OMISSION)
    us = [f.text for f in panel.visible() if f.doc == "e1/us"]
    assert us == ["Sanctions on steel will be lifted.", "A summit was agreed for May.", "Fishing quotas were raised."]
    out = tmp_path / "left.csv"
    panel.ask_path = lambda suggested: out
    panel.export_csv()
    written = out.read_text(encoding="utf-8")
    assert written.index("Sanctions on steel") < written.index("A summit was") < written.index("Fishing quotas")


def test_a_wide_screen_names_each_side_in_full_and_two_lines_still_hold_the_heading(qtbot, make_window):
    """Seen by helper ux8: the headings cut each side's name at 40 characters at 1920 px too, where the list had the
    room; now cut by the width the list has, the heading two lines at most at any width."""
    import re
    from dataclasses import replace

    name = "Prime Minister's Office, Government of India (released through PIB)"
    call = _call()
    call = replace(call, documents=tuple(replace(d, source=name) if d.id == "e1/us" else d for d in call.documents))

    def heading(size):
        window = make_window(size=size)
        window.show_analysis(call)
        window.docks.dock_compare.raise_()
        panel = window.docks.compare
        panel.choose("e1/us", "e1/ru")
        head = panel.head_a
        qtbot.waitUntil(lambda: head.isVisible() and head.width() > 100)
        lines = head.heightForWidth(head.width()) / head.fontMetrics().lineSpacing()
        return re.sub("<[^>]+>", "", head.text()), lines

    wide, lines = heading((1920, 1050))
    assert name in wide and lines < 2.5
    narrow, lines = heading((1280, 770))
    assert name not in narrow and "…" in narrow and lines < 2.5


def test_two_texts_of_one_long_source_stay_apart_in_the_headings_with_their_excerpt_mark(qtbot, make_window):
    """Seen by helper ux11 on the Xi–Putin call: Xinhua's two dispatches, "Xinhua News Agency (as republished by
    People's Daily Online, en.people.cn)" and "(as republished by Shanghai Daily, shine.cn)", were both headed
    "Xinhua News Agency (as republi…", and the Kremlin's "(excerpt)" was cut away with the end of its name."""
    import re
    from dataclasses import replace

    long = "Xinhua News Agency (as republished by {} Daily Online, a newspaper of the city)"
    call = _call()
    call = replace(call, documents=tuple(
        replace(d, source=long.format("People's"), excerpt=True) if d.id == "e1/us"
        else replace(d, source=long.format("Shanghai")) if d.id == "e1/ru" else d for d in call.documents))
    window = make_window(size=(1280, 770))
    window.show_analysis(call)
    panel = window.docks.compare
    panel.choose("e1/us", "e1/ru")
    window.docks.dock_compare.raise_()  # its tab in front: the headings get a laptop's width (the window's half)
    qtbot.waitUntil(lambda: panel.head_a.width() > 300 and "…" in panel.head_a.text())
    plain = re.sub("<[^>]+>", "", panel.head_a.text())
    says, lacks = plain.split(" — ", 1)[1].split(" says, ")
    assert says.endswith("(excerpt)") and says != lacks.removesuffix(" leaves out")
