"""The folder's settings record and its walk's state: made by written `__init__`s, frozen settings, fresh dicts."""

import dataclasses
import inspect
import pickle

import pytest

from readout_viewer.core.loading import folder


def test_settings_and_walk_are_made_by_written_inits() -> None:
    for cls in (folder.FolderSettings, folder._Walk):
        assert cls.__init__.__code__.co_filename == inspect.getsourcefile(folder), cls  # dataclass's: "<string>"


def test_settings_keep_their_fields_defaults_and_stay_frozen() -> None:
    default = folder.FolderSettings()
    assert [f.name for f in dataclasses.fields(default)] == ["ignore", "files", "max_file_mb", "max_files"]
    assert default == folder.FolderSettings((), {}, folder.DEFAULT_MAX_FILE_MB, folder.DEFAULT_MAX_FILES)
    assert default.files == {} and default.files is not folder.FolderSettings().files
    assert dataclasses.replace(default, max_files=3).max_files == 3
    assert pickle.loads(pickle.dumps(default)) == default
    assert repr(folder.FolderSettings(ignore=("a*",))).startswith("FolderSettings(ignore=('a*',), files={}")
    with pytest.raises(dataclasses.FrozenInstanceError):
        default.max_files = 1  # type: ignore[misc]


def test_walk_state_starts_empty_with_its_own_lists() -> None:
    one, two = folder._Walk(folder.FolderSettings(), None), folder._Walk(folder.FolderSettings(), None)  # type: ignore[arg-type]
    assert (one.files, one.problems, one.seen, one.entries) == ([], [], {}, 0)
    one.files.append("a.txt")
    assert two.files == []
