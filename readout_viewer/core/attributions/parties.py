"""The parties to a call as cues name them: the offices a text names, each official text's leaders by name and
office."""

from __future__ import annotations

import re
from collections.abc import Sequence

from readout_viewer.core.attributions.cited import Source
from readout_viewer.core.attributions.side_names import ANY_LEADER
from readout_viewer.core.language.countries import LEADER_TITLES
from readout_viewer.core.language.lexicon import STOPWORDS
from readout_viewer.core.model import Document

# Offices a leader's cue may name ("the Ukrainian prime minister", "Chinese Premier Li"). A cue speaks for a party to
# the call only when an official account of the event names that office: a prime minister quoted in a story of two
# presidents' call is a third person, telling what a package holds or a plan says, not what was said on the call.
# The offices are the leaders' titles (countries.LEADER_TITLES) but the words for whoever leads ("the Ukrainian
# leader" is the president the readouts name); "vice president" is tried first, so that it is not read as "president".
_OFFICES = re.compile(r"\b(?:vice\s+president|" + "|".join(t.replace(" ", r"\s+") for t in LEADER_TITLES
                                                            if t not in ANY_LEADER) + r")\b", re.IGNORECASE)


def offices(text: str) -> set[str]:
    """The offices a text names, folded ("prime minister", "president")."""
    return {" ".join(m.group().lower().split()) for m in _OFFICES.finditer(text)}


def principals(documents: Sequence[Document], sources_names: set[str]) -> set[str]:
    """Words of official titles that are not source names: the leaders a readout reports on, not its voice."""
    words = set()
    for doc in documents:
        if doc.is_official:
            words |= {w.lower().rstrip("\u2019's") for w in re.findall(r"[A-Z][\w\u2019'\-]+", doc.title or "")}
    return words - sources_names


def voices(table: Sequence[Source]) -> dict[str, list[str]]:
    """Each official text's leaders by the names and offices that say who they are ("joe biden", "us president"):
    not a bare office ("president") nor a function word the table took for a name ("had"), which name no one leader
    and would tie one leader's post to the other's words."""
    out: dict[str, list[str]] = {}
    for source in table:
        if source.leader and source.name not in STOPWORDS and not _OFFICES.fullmatch(source.name):
            for doc_id in source.docs:
                out.setdefault(doc_id, []).append(source.name)
    return out
