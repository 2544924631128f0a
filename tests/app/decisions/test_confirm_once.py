"""Seen by helper qa10, correcting by keyboard: Ctrl+Return on a link already confirmed wrote a second identical
`confirm` to decisions.yaml and said "Saved". It now says the link is already confirmed and writes nothing."""

from __future__ import annotations

import yaml

from readout_viewer.core.decisions import folder_path

from .test_decisions_controller import FakeDialogs, FakeWindow, controller  # noqa: F401 (the fixture)


def test_a_confirmed_link_is_not_confirmed_twice(controller, qtbot):  # noqa: F811 (the fixture)
    window = FakeWindow()
    qtbot.addWidget(window)
    controller.install(window, FakeDialogs("agree"))
    window.link = controller.analysis.links[0]
    controller.actions.confirm.trigger()
    qtbot.waitUntil(lambda: controller.analysis.links[0].confirmed)
    with qtbot.waitSignal(controller.message) as said:
        controller.actions.confirm.trigger()  # the window's link as it was selected, before the confirmation
    assert "already confirmed" in said.args[0]
    saved = yaml.safe_load(folder_path(controller.folder).read_text(encoding="utf-8"))["decisions"]
    assert [d["action"] for d in saved] == ["confirm"]
