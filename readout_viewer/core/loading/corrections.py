"""Corrected metadata saved beside the texts: `files:` entries of the folder's readout-viewer.yaml, written atomically
with the person's comments, order and quoting kept (ruamel.yaml's round trip).

A correction is keyed by the file's path, the way a person would write it by hand, so the file stays readable
and editable; the rest of the file is left as it was written. The file is first read the one safe way
(yamlsafe: plain tags only, bounded), and a file that cannot be read is never overwritten: the person's text
comes first, and the correction is refused with a sentence saying why.
"""

from __future__ import annotations

import fnmatch
import io
import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from readout_viewer.core.loading import guard
from readout_viewer.core.loading.folder import MAX_SETTINGS_BYTES, SETTINGS_FILE
from readout_viewer.core.model import ROLES, Document
from readout_viewer.core.system import atomic

if TYPE_CHECKING:  # the round-trip YAML library is imported when a correction is saved, not with the viewer
    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedMap

# What a person corrects in the sidebar, in the order entries are written.
EDITABLE = ("role", "side", "kind", "event", "source", "title", "date")
# Header of a settings file this writes from nothing: what it is, so that a person opening it knows.
NEW_FILE_HEADER = ("# readout-viewer folder settings (see docs/loading.md). Metadata per file or glob under files:\n"
                   "# wins over the texts' own front matter and over what is inferred.\n")
# Indentation of a new file, as most hand-written YAML has it ("files:\n  a.md:", "ignore:\n  - x").
DEFAULT_INDENTS = {"mapping": 2, "sequence": 4, "offset": 2}
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
# Glob characters in a file's own name, written escaped so that the entry names that file only.
_GLOB = re.compile(r"([*?\[])")


class CorrectionRefused(ValueError):
    """A correction that was not saved, with why, in a sentence for a person."""


def check(key: str, value: str | None) -> str | None:
    """The value as it is saved (None: the key is removed, the text's own or inferred value stands again);
    raise CorrectionRefused for a value the key cannot take."""
    if key not in EDITABLE:
        raise CorrectionRefused(f"{key} is not a metadata key that can be corrected here ({', '.join(EDITABLE)})")
    value = " ".join(str(value).split()) if value is not None else ""
    if not value:
        return None  # the correction goes: the text's own (front matter) or inferred value stands again
    if key == "role" and value.lower() not in ROLES:
        raise CorrectionRefused(f"a role is {' or '.join(ROLES)}, not {value!r}")
    if key == "date" and not _valid_date(value):
        raise CorrectionRefused(f"a date is written YYYY-MM-DD (or YYYY-MM, YYYY), not {value!r}")
    if key == "side" and len(value) <= 3:
        value = value.upper()  # ISO 3166 codes are capitals: "fr" is FR
    return value.lower() if key == "role" else value


def _valid_date(value: str) -> bool:
    """A real calendar date (or month, or year). `datetime` is imported here, when a correction is checked: the
    viewer imports this module for EDITABLE before its first paint, which needs no dates (4.1 M instructions)."""
    if not _DATE.match(value):
        return False
    import datetime as dt
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def entry_key(rel: str) -> str:
    """The `files:` key that names the file at `rel` and nothing else."""
    return _GLOB.sub(r"[\1]", rel)


def _read(root: Path) -> str:
    path = root / SETTINGS_FILE
    if not os.path.lexists(path):
        return ""
    from readout_viewer.core.loading.yamlsafe import YamlRefused, safe_load
    try:
        text = guard.read_inside(root, path, MAX_SETTINGS_BYTES).decode("utf-8-sig")
        safe_load(text)
    except (OSError, UnicodeDecodeError, guard.Unusable, YamlRefused) as exc:
        why = "it is not UTF-8 text" if isinstance(exc, UnicodeDecodeError) else str(exc)
        raise CorrectionRefused(f"{SETTINGS_FILE} could not be read ({why}); it was left as it is, and the "
                                "correction was not saved: fix the file by hand first") from None
    return text


def _indents(text: str) -> dict[str, int]:
    """The indentation the person's file uses (first nested key; first list item's dash), so that what is
    written looks like the rest; DEFAULT_INDENTS where the file shows none."""
    mapping = next((len(m.group(1)) for m in re.finditer(r"^[^\s#-][^\n]*:[ \t]*(?:#[^\n]*)?\n( +)[^\s#-]",
                                                            text, re.M)), DEFAULT_INDENTS["mapping"])
    dash = re.search(r"^[^\s#][^\n]*:[ \t]*(?:#[^\n]*)?\n( *)- ", text, re.M)
    offset = len(dash.group(1)) if dash else DEFAULT_INDENTS["offset"]
    return {"mapping": mapping, "sequence": offset + 2, "offset": offset}


def _parse(text: str) -> tuple[YAML, CommentedMap]:
    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedMap
    yaml = YAML()  # round trip: comments, order, quoting and flow style kept
    yaml.preserve_quotes = True
    yaml.width = 4096  # long titles stay on one line, as a person writes them
    yaml.indent(**_indents(text))
    data = yaml.load(text) if text.strip() else None
    if data is None:
        data = CommentedMap()
    if not isinstance(data, CommentedMap):
        raise CorrectionRefused(f"{SETTINGS_FILE} is not a mapping of settings; the correction was not saved")
    return yaml, data


def _files(data: CommentedMap) -> CommentedMap:
    from ruamel.yaml.comments import CommentedMap
    files = data.get("files")
    if files is None:
        data["files"] = files = CommentedMap()
    if not isinstance(files, CommentedMap):
        raise CorrectionRefused(f"files: in {SETTINGS_FILE} is not a mapping of file patterns; the correction "
                                "was not saved")
    if not files:
        files.fa.set_block_style()  # "files: {}" becomes a block a person can read
    return files


def _set(files: CommentedMap, rel: str, changes: Mapping[str, str | None]) -> None:
    """Put the changes under the file's own entry, and make sure no later pattern overrides them."""
    from ruamel.yaml.comments import CommentedMap
    key = entry_key(rel)
    entry = files.get(key)
    if not isinstance(entry, CommentedMap):
        entry = CommentedMap()
    for k, v in changes.items():
        if v is None:
            entry.pop(k, None)
        else:
            entry[k] = v
    later = list(files)[list(files).index(key) + 1:] if key in files else []
    overridden = any(fnmatch.fnmatch(rel, p) or fnmatch.fnmatch(rel.rsplit("/", 1)[-1], p) for p in later
                     if isinstance(files[p], Mapping) and set(files[p]) & set(changes))
    if overridden or key not in files:
        files.pop(key, None)
        if entry:
            files[key] = entry  # last, where it wins
    elif entry:
        files[key] = entry
    else:
        files.pop(key)


def _write(root: Path, original: str, yaml: YAML, data: CommentedMap) -> Path:
    out = io.StringIO()
    yaml.dump(data, out)
    text = out.getvalue()
    if not original.strip():
        text = (original.rstrip("\n") + "\n" if original.strip("\n") else NEW_FILE_HEADER) + text
    path = root / SETTINGS_FILE
    try:
        atomic.replace_file(path, text.encode("utf-8"))
    except OSError as exc:
        raise CorrectionRefused(f"{SETTINGS_FILE} could not be written ({exc.strerror or exc}); the correction "
                                "was not saved") from None
    return path


def save(root: Path, corrections: Mapping[str, Mapping[str, str | None]]) -> Path:
    """Write corrected metadata {file path: {key: value or None}} into the folder's settings file; return its path.
    Raise CorrectionRefused (nothing written) when a value is wrong or the file cannot be read or written."""
    root = Path(root)
    checked = {rel: {k: check(k, v) for k, v in keys.items()} for rel, keys in corrections.items()}
    original = _read(root)
    yaml, data = _parse(original)
    files = _files(data)
    for rel, keys in checked.items():
        _set(files, rel, keys)
    return _write(root, original, yaml, data)


def inferred_values(documents: Iterable[Document]) -> dict[str, dict[str, str | None]]:
    """What was inferred of each document, as corrections that keep it (for a person who confirms it)."""
    out: dict[str, dict[str, str | None]] = {}
    for doc in documents:
        keys = {k: getattr(doc, k) for k in EDITABLE if k in doc.inferred and getattr(doc, k) is not None}
        if keys:
            out[doc.path] = keys
    return out


def all_inferred(documents: Iterable[Document]) -> bool:
    """Whether nothing of the folder's metadata was written by a person: every document's role was inferred
    (no front matter, no settings entry). Such a folder is the one whose inferences a person is asked to confirm."""
    docs = list(documents)
    return bool(docs) and all("role" in d.inferred for d in docs)
