"""How the decisions file is written: its header, and each entry as YAML that reads back as it was."""

from __future__ import annotations

import yaml

# Line width of the saved file: long claim texts wrap so the file reads well in an editor.
WIDTH = 100
HEADER = ("# readout-viewer analyst decisions (version {version}). Hand-editable: each claim is named by its\n"
          "# document id and its text (the whole text of the claim, or a unique part of it).\n")


class _Dumper(yaml.SafeDumper):
    """yaml.safe_dump's dumper, except that text holding a Unicode line separator is written double-quoted.

    (PyYAML writes such text single-quoted, where reading folds the separator into a space.)
    """


def _represent_text(dumper: yaml.SafeDumper, text: str) -> yaml.Node:
    style = '"' if any(ch in text for ch in _SEPARATORS) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


# Line separators that YAML folds when they stand unescaped in a quoted scalar.
_SEPARATORS = "\x85\u2028\u2029"
_Dumper.add_representer(str, _represent_text)


def dump(data: object) -> str:
    """`data` as the decisions file writes it."""
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=WIDTH,
                     default_flow_style=None)
