"""One analyst decision as a record, and its form in decisions.yaml (plain dicts, readable and hand-editable)."""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from readout_viewer.core.decisions.claim_anchors import Anchor
from readout_viewer.core.model import RELATIONS

LINK = "link"
REJECT = "reject"
RELABEL = "relabel"
NOTE = "note"
CONFIRM = "confirm"
ACTIONS = (LINK, REJECT, RELABEL, NOTE, CONFIRM)
# Actions about a pair of claims: they need both anchors.
PAIR_ACTIONS = (LINK, REJECT, RELABEL, CONFIRM)
# Actions that state the relation of the pair.
RELATION_ACTIONS = (LINK, RELABEL)
# Who made a decision when the operating system cannot say.
FALLBACK_AUTHOR = "analyst"
_KEYS = ("action", "a", "b", "relation", "reason", "note", "author", "at")


class DecisionError(ValueError):
    """An entry of decisions.yaml that cannot be read as a decision, with why in words for a person."""


@dataclass(frozen=True)
class Decision:
    """One correction by an analyst: link, reject, relabel or confirm a pair of claims, or note on a claim."""

    action: str
    a: Anchor
    b: Anchor | None = None
    relation: str | None = None  # link and relabel; for confirm, the relation the analyst saw
    reason: str | None = None
    note: str | None = None
    author: str | None = None
    at: str | None = None
    extra: tuple[tuple[str, Any], ...] = ()  # keys a person or a later version added, kept as they are

    def to_dict(self) -> dict[str, Any]:
        """The entry as written in decisions.yaml, in a stable order, without empty keys."""
        out: dict[str, Any] = {"action": self.action, "a": self.a.to_dict()}
        if self.b is not None:
            out["b"] = self.b.to_dict()
        for key in ("relation", "reason", "note", "author", "at"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        out.update(dict(self.extra))
        return out


def current_author() -> str:
    """The operating system's name for the person at the keyboard."""
    try:
        return getpass.getuser() or FALLBACK_AUTHOR
    except Exception:  # getuser raises OSError, KeyError or ImportError depending on the platform
        return FALLBACK_AUTHOR


def now() -> str:
    """The current time in UTC, to the second, as in decisions.yaml."""
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _text(value: Any, what: str) -> str | None:
    """A free-text field: YAML may have read it as a number, a date or a boolean."""
    if value is None:
        return None
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, (str, int, float, bool)):
        return str(value)
    raise DecisionError(f"'{what}' should be text")


def _word(value: Any) -> Any:
    """A keyword as a person may type it by hand ("Agree ", "LINK")."""
    return value.strip().lower() if isinstance(value, str) else value


def _anchor(value: Any, what: str) -> Anchor:
    if not isinstance(value, Mapping) or not value.get("doc") or not value.get("text"):
        raise DecisionError(f"'{what}' should name a claim as {{doc: ..., text: ...}}")
    occurrence = value.get("occurrence", 1)
    if not isinstance(occurrence, int) or isinstance(occurrence, bool) or occurrence < 1:
        raise DecisionError(f"'{what}.occurrence' should be a whole number from 1")
    return Anchor(str(value["doc"]), str(value["text"]), occurrence)


def from_dict(entry: Any) -> Decision:
    """Read one entry of decisions.yaml; raises DecisionError saying what is wrong with it."""
    if not isinstance(entry, Mapping):
        raise DecisionError("the entry is not a set of 'key: value' lines")
    action = _word(entry.get("action"))
    if action not in ACTIONS:
        raise DecisionError(f"unknown action {action!r} (expected one of {', '.join(ACTIONS)})")
    b = _anchor(entry["b"], "b") if entry.get("b") is not None else None
    if action in PAIR_ACTIONS and b is None:
        raise DecisionError(f"a '{action}' decision needs both claims, 'a' and 'b'")
    relation = _word(entry.get("relation"))
    if action in RELATION_ACTIONS and relation not in RELATIONS:
        raise DecisionError(f"a '{action}' decision needs 'relation: agree' or 'relation: diverge'")
    if relation is not None and relation not in RELATIONS:
        raise DecisionError(f"unknown relation {relation!r}")
    note = _text(entry.get("note"), "note")
    if action == NOTE and not note:
        raise DecisionError("a 'note' decision needs the 'note' text")
    return Decision(action, _anchor(entry.get("a"), "a"), b, relation, _text(entry.get("reason"), "reason"), note,
                    _text(entry.get("author"), "author"), _text(entry.get("at"), "at"),
                    tuple((k, v) for k, v in entry.items() if k not in _KEYS))
