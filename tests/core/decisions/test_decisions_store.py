"""The decisions file: round trip, atomic saves, unreadable files kept, read-only folders, hand edits."""

import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from readout_viewer.core.decisions import (
    Anchor,
    Decision,
    DecisionsReadOnly,
    DecisionStore,
    fallback_path,
    folder_path,
)
from readout_viewer.core.decisions import file as decision_file
from readout_viewer.core.decisions import store as decision_store
from readout_viewer.core.decisions.yaml_text import WIDTH
from readout_viewer.core.system import atomic, paths

LINK = Decision("link", Anchor("ev/paper", "The call lasted two hours."),
                Anchor("ev/readout", "The leaders spoke for two hours.", 2), "diverge", "numbers differ: «two»",
                author="ana", at="2026-11-21T10:00:00Z")
NOTE = Decision("note", Anchor("ev/paper", "Energy was barely mentioned."), note="Ask the aide: ‘barely’?",
                author="ana", at="2026-11-21T10:05:00Z")


def test_round_trip_keeps_every_field(tmp_path):
    store = DecisionStore.open(tmp_path)
    assert store.decisions == () and not store.read_only and store.path == folder_path(tmp_path)
    store.add(LINK)
    store.add(NOTE)
    again = DecisionStore.open(tmp_path)
    assert again.decisions == (LINK, NOTE)
    data = yaml.safe_load(folder_path(tmp_path).read_text(encoding="utf-8"))
    assert data["version"] == 1 and data["decisions"][0]["b"] == {
        "doc": "ev/readout", "text": "The leaders spoke for two hours.", "occurrence": 2}
    assert data["decisions"][1]["at"] == "2026-11-21T10:05:00Z"


def test_remove_takes_back_a_decision(tmp_path):
    store = DecisionStore.open(tmp_path)
    store.add(LINK)
    store.add(NOTE)
    store.remove(LINK)
    assert DecisionStore.open(tmp_path).decisions == (NOTE,)


def test_opening_a_folder_writes_nothing(tmp_path):
    DecisionStore.open(tmp_path)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_an_interrupted_save_leaves_the_previous_file(tmp_path, monkeypatch, failing):
    store = DecisionStore.open(tmp_path)
    store.add(LINK)
    before = folder_path(tmp_path).read_bytes()

    def crash(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, failing, crash)
    monkeypatch.setattr(decision_file, "fallback_path", lambda folder: folder_path(folder))
    with pytest.raises(OSError):
        store.add(NOTE)
    assert folder_path(tmp_path).read_bytes() == before
    names = {p.name for p in folder_path(tmp_path).parent.iterdir()}
    assert names <= {"decisions.yaml", "decisions.yaml.bak", "decisions.yaml.lock"}  # no temporary file left


@pytest.mark.parametrize("content, why", [
    (b"version: 1\ndecisions: [unclosed\n", "not valid YAML"),
    (b"version: 2\ndecisions: []\n", "newer readout-viewer"),
    (b"- just a list\n", "version: 1"),
    (b"version: 1\ndecisions: \xff\xfe\n", "UTF-8"),
])
def test_an_unusable_file_is_backed_up_and_never_overwritten(tmp_path, content, why):
    path = folder_path(tmp_path)
    path.parent.mkdir()
    path.write_bytes(content)
    store = DecisionStore.open(tmp_path)
    assert store.read_only and why in store.messages[-1] and store.decisions == ()
    backups = [p for p in path.parent.iterdir() if p.name.startswith("decisions.yaml.unreadable-")]
    assert len(backups) == 1 and backups[0].read_bytes() == content
    with pytest.raises(DecisionsReadOnly):
        store.add(LINK)
    with pytest.raises(DecisionsReadOnly):
        store.save()
    assert path.read_bytes() == content
    DecisionStore.open(tmp_path)
    assert len(list(path.parent.iterdir())) == 2  # the same content is backed up once
    assert store.problems and store.problems[0].message == store.messages[-1]


def test_an_unreadable_entry_is_kept_and_reported(tmp_path):
    path = folder_path(tmp_path)
    path.parent.mkdir()
    path.write_text("version: 1\ndecisions:\n- {action: lnk, a: {doc: x, text: y}}\n"
                    "- action: note\n  a: {doc: ev/paper, text: Energy was barely mentioned.}\n  note: hi\n"
                    "  colour: red\n", encoding="utf-8")
    store = DecisionStore.open(tmp_path)
    assert not store.read_only and len(store.decisions) == 1 and "entry 1" in store.messages[0]
    assert store.decisions[0].to_dict()["colour"] == "red"
    store.add(NOTE)
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))["decisions"]
    assert [e["action"] for e in entries] == ["note", "note", "lnk"]


def test_a_read_only_folder_saves_under_the_configuration_directory(tmp_path, monkeypatch):
    monkeypatch.setattr(decision_file, "folder_writable", lambda folder: False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    folder = tmp_path / "shared"
    folder.mkdir()
    store = DecisionStore.open(folder)
    assert store.path == fallback_path(folder) and str(store.path).startswith(str(tmp_path / "config"))
    assert "cannot be written" in store.messages[0] and str(store.path) in store.messages[0]
    store.add(LINK)
    assert list(folder.iterdir()) == []
    assert DecisionStore.open(folder).decisions == (LINK,)
    assert fallback_path(folder) != fallback_path(tmp_path)


def test_a_read_only_folder_still_reads_decisions_shipped_inside_it(tmp_path, monkeypatch):
    DecisionStore.open(tmp_path).add(LINK)
    monkeypatch.setattr(decision_file, "folder_writable", lambda folder: False)
    store = DecisionStore.open(tmp_path)
    assert store.decisions == (LINK,)
    store.add(NOTE)
    assert DecisionStore.open(tmp_path).decisions == (LINK, NOTE)
    monkeypatch.setattr(decision_file, "folder_writable", lambda folder: True)
    again = DecisionStore.open(tmp_path)  # writable again: the fallback's decisions are read with the folder's
    assert again.decisions == (LINK, NOTE) and "merged" in again.messages[-1]


def test_a_save_refused_by_the_folder_moves_to_the_configuration_directory(tmp_path, monkeypatch):
    store = DecisionStore.open(tmp_path)
    real = decision_store.replace_file

    def refuse_in_folder(path, data):
        if path == folder_path(tmp_path):
            raise PermissionError(13, "Permission denied")
        real(path, data)

    monkeypatch.setattr(decision_store, "replace_file", refuse_in_folder)
    store.add(LINK)
    assert store.path == fallback_path(tmp_path) and "now saved in" in store.messages[-1]
    assert DecisionStore.open(tmp_path).decisions == (LINK,)  # read from the fallback while the folder has none


def test_the_fallback_lives_in_the_one_configuration_directory(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "conf"))  # platformdirs reads it at call time on Linux
    assert paths.config_dir() == tmp_path / "conf" / "readout-viewer"
    assert fallback_path(tmp_path).is_relative_to(paths.config_dir())


def test_folder_writable_checks_the_app_directory(tmp_path, monkeypatch):
    assert decision_file.folder_writable(tmp_path)
    monkeypatch.setattr(decision_file.os, "access", lambda path, mode: False)
    assert not decision_file.folder_writable(tmp_path)


OTHER = Decision("reject", Anchor("ev/paper", "Energy was barely mentioned."),
                 Anchor("ev/readout", "They discussed energy."), author="bo", at="2026-11-21T11:00:00Z")


def test_changes_made_elsewhere_meanwhile_are_kept(tmp_path):
    here, there = DecisionStore.open(tmp_path), DecisionStore.open(tmp_path)
    here.add(LINK)
    there.add(OTHER)  # the other window had not seen LINK
    assert set(there.decisions) == {LINK, OTHER} and "changed elsewhere" in there.messages[-1]
    here.add(NOTE)
    assert DecisionStore.open(tmp_path).decisions == (LINK, OTHER, NOTE)


def test_a_decision_taken_back_elsewhere_stays_taken_back(tmp_path):
    here = DecisionStore.open(tmp_path)
    here.add(LINK)
    there = DecisionStore.open(tmp_path)
    here.remove(LINK)
    there.add(NOTE)
    assert DecisionStore.open(tmp_path).decisions == (NOTE,)
    here.add(OTHER)
    assert DecisionStore.open(tmp_path).decisions == (NOTE, OTHER)


def test_a_file_broken_meanwhile_is_not_overwritten(tmp_path):
    store = DecisionStore.open(tmp_path)
    store.add(LINK)
    folder_path(tmp_path).write_text("version: 1\ndecisions: [oops\n", encoding="utf-8")
    with pytest.raises(DecisionsReadOnly):
        store.add(NOTE)
    assert store.read_only and folder_path(tmp_path).read_text(encoding="utf-8") == "version: 1\ndecisions: [oops\n"


def test_a_hand_written_file_is_read_leniently(tmp_path):
    path = folder_path(tmp_path)
    path.parent.mkdir()
    path.write_text("version: 1\ndecisions:\n"
                    "- action: Link\n  a: {doc: ev/paper, text: The call lasted two hours.}\n"
                    "  b: {doc: ev/readout, text: 'The leaders spoke for two hours.'}\n  relation: 'Agree '\n"
                    "  at: 2026-11-21T10:00:00Z\n", encoding="utf-8")
    (decision,) = DecisionStore.open(tmp_path).decisions
    assert (decision.action, decision.relation, decision.at) == ("link", "agree", "2026-11-21T10:00:00Z")


def test_the_file_is_one_yaml_document_dumped_entry_by_entry(tmp_path):
    store = DecisionStore.open(tmp_path)
    for d in (LINK, NOTE, OTHER):
        store.add(d)
    store.remove(NOTE)
    body = folder_path(tmp_path).read_text(encoding="utf-8").split("\nversion:", 1)[1]
    whole = yaml.safe_dump({"version": 1, "decisions": [LINK.to_dict(), OTHER.to_dict()]}, sort_keys=False,
                           allow_unicode=True, width=WIDTH, default_flow_style=None)
    assert "version:" + body == whole


_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1, max_size=40)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=_TEXT, text=_TEXT, note=_TEXT, reason=st.one_of(st.none(), _TEXT))
def test_any_text_survives_the_file(tmp_path, doc, text, note, reason):
    decision = Decision("note", Anchor(doc, text), Anchor("d", "e"), reason=reason, note=note, author="a", at="t")
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    DecisionStore.open(folder).add(decision)
    assert DecisionStore.open(folder).decisions == (decision,)
