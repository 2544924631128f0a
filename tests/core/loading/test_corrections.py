"""Corrected metadata written to the folder's readout-viewer.yaml: kept comments and order, atomic, safe, applied."""

import os
from pathlib import Path

import pytest

from readout_viewer.core.loading import corrections, reader
from readout_viewer.core.loading.corrections import CorrectionRefused
from readout_viewer.core.model import OFFICIAL

HAND_WRITTEN = """# Settings for the Biden-Xi folder (hand-written).
ignore:
  - PROVENANCE.md   # where the texts come from
  - gold.yaml

files:
  # the Kremlin's texts
  "kremlin/*.md": {role: official, side: RU}   # all of them
max_file_mb: 5   # the saved pages are small
"""


def _folder(tmp_path: Path, settings: str | None = HAND_WRITTEN) -> Path:
    (tmp_path / "ev").mkdir()
    (tmp_path / "ev" / "xinhua-talks.txt").write_text(
        "BEIJING, Nov. 16 (Xinhua) -- U.S. President Joe Biden said on Tuesday that the two sides would talk, "
        "according to a White House readout of the meeting.\n", encoding="utf-8")
    if settings is not None:
        (tmp_path / "readout-viewer.yaml").write_text(settings, encoding="utf-8")
    return tmp_path


def _doc(root: Path, rel: str = "ev/xinhua-talks.txt"):
    scan = reader.scan(root)
    return reader.load(root, rel, scan.settings).document


def test_a_correction_is_saved_with_the_persons_comments_and_order_and_applies(tmp_path):
    root = _folder(tmp_path)
    assert _doc(root).role != OFFICIAL
    corrections.save(root, {"ev/xinhua-talks.txt": {"role": "official", "side": "cn"}})
    text = (root / "readout-viewer.yaml").read_text(encoding="utf-8")
    assert text == HAND_WRITTEN.replace("max_file_mb", "  ev/xinhua-talks.txt:\n    role: official\n    side: CN\n"
                                        "max_file_mb")
    doc = _doc(root)
    assert (doc.role, doc.side) == (OFFICIAL, "CN") and "role" not in doc.inferred and "side" not in doc.inferred


def test_removing_every_correction_gives_back_the_file_as_it_was(tmp_path):
    root = _folder(tmp_path)
    corrections.save(root, {"ev/xinhua-talks.txt": {"title": "Talks", "date": "2021-11-16"}})
    corrections.save(root, {"ev/xinhua-talks.txt": {"title": None, "date": ""}})
    assert (root / "readout-viewer.yaml").read_text(encoding="utf-8") == HAND_WRITTEN


def test_a_folder_without_settings_gets_a_new_file_that_says_what_it_is(tmp_path):
    root = _folder(tmp_path, None)
    corrections.save(root, {"ev/xinhua-talks.txt": {"source": "Xinhua"}})
    text = (root / "readout-viewer.yaml").read_text(encoding="utf-8")
    assert text.startswith("# readout-viewer folder settings") and "  ev/xinhua-talks.txt:\n    source: Xinhua\n" in text
    assert _doc(root).source == "Xinhua"


def test_a_later_glob_cannot_override_the_correction(tmp_path):
    root = _folder(tmp_path, 'files:\n  "ev/xinhua-talks.txt": {role: official}\n  "ev/*.txt": {role: outlet}\n')
    corrections.save(root, {"ev/xinhua-talks.txt": {"role": "official", "side": "CN"}})
    text = (root / "readout-viewer.yaml").read_text(encoding="utf-8")
    assert text.index("ev/*.txt") < text.index("ev/xinhua-talks.txt")
    assert _doc(root).role == OFFICIAL


def test_glob_characters_in_a_file_name_name_that_file_only(tmp_path):
    root = _folder(tmp_path, None)
    (root / "ev" / "a[1].txt").write_text("Readout of the call. The two sides talked about trade at length.\n")
    corrections.save(root, {"ev/a[1].txt": {"side": "FR"}})
    assert corrections.entry_key("ev/a[1].txt") == "ev/a[[]1].txt"
    assert _doc(root, "ev/a[1].txt").side == "FR" and _doc(root).side is None


@pytest.mark.parametrize("bad", ["files: [unclosed\n", "files: !!python/object/apply:os.system ['true']\n",
                                 "- a list\n- not settings\n", "files: [a, b]\n"])
def test_a_settings_file_that_cannot_be_read_is_never_overwritten(tmp_path, bad):
    root = _folder(tmp_path, bad)
    with pytest.raises(CorrectionRefused, match="readout-viewer.yaml|files:"):
        corrections.save(root, {"ev/xinhua-talks.txt": {"role": "official"}})
    assert (root / "readout-viewer.yaml").read_text(encoding="utf-8") == bad


@pytest.mark.parametrize("key,value,match", [("role", "spokesperson", "official or outlet"),
                                             ("date", "29 July 2022", "YYYY-MM-DD"), ("date", "2022-02-30", "YYYY"),
                                             ("colour", "red", "not a metadata key")])
def test_wrong_values_are_refused_with_a_sentence_and_nothing_is_written(tmp_path, key, value, match):
    root = _folder(tmp_path)
    with pytest.raises(CorrectionRefused, match=match):
        corrections.save(root, {"ev/xinhua-talks.txt": {key: value}})
    assert (root / "readout-viewer.yaml").read_text(encoding="utf-8") == HAND_WRITTEN


def test_the_write_is_atomic_keeps_permissions_and_leaves_no_temporary_file(tmp_path):
    root = _folder(tmp_path)
    os.chmod(root / "readout-viewer.yaml", 0o640)
    corrections.save(root, {"ev/xinhua-talks.txt": {"kind": "news"}})
    assert os.stat(root / "readout-viewer.yaml").st_mode & 0o777 == 0o640
    assert sorted(p.name for p in root.iterdir()) == ["ev", "readout-viewer.yaml"]


def test_a_link_in_place_of_the_settings_file_is_not_written_through(tmp_path):
    root = _folder(tmp_path, None)
    outside = tmp_path.parent / f"{tmp_path.name}-outside.yaml"
    outside.write_text("files: {}\n", encoding="utf-8")
    (root / "readout-viewer.yaml").symlink_to(outside)
    with pytest.raises(CorrectionRefused):
        corrections.save(root, {"ev/xinhua-talks.txt": {"kind": "news"}})
    assert outside.read_text(encoding="utf-8") == "files: {}\n"


def test_confirming_inferences_writes_what_was_inferred_and_then_nothing_is_inferred(tmp_path):
    root = _folder(tmp_path, None)
    doc = _doc(root)
    assert corrections.all_inferred([doc])
    values = corrections.inferred_values([doc])
    assert values["ev/xinhua-talks.txt"]["role"] == doc.role
    corrections.save(root, values)
    again = _doc(root)
    assert (again.role, again.title) == (doc.role, doc.title)
    assert not {"role", "title", "source", "kind"} & set(again.inferred)
    assert not corrections.all_inferred([again])
