"""The share gate of a report in no readout, for the side with no text: its words weighed without the countries."""

from __future__ import annotations

from readout_viewer.core.attributions.carriers import ClaimIndex
from readout_viewer.core.attributions.scene import without_scene
from readout_viewer.core.attributions.statements import Statement, content
from readout_viewer.core.attributions.verdicts import MIN_REPORT_WORDS, SENSE_MIN, UNREPORTED_MAX_SHARE
from readout_viewer.core.language.countries import COUNTRY_WORDS

# The countries' names and adjectives ("China", "Spanish", "EU"): who a report is about, not what it says. A leader
# whose side has no text in the folder is weighed against the other side's account alone, which names both countries
# in most of its claims ("China-EU relations", "China and Spain"), so "Sanchez urged dialogue between China and the
# U.S. ..., while calling for balanced EU-China relations" held 38 % of its words in one Xinhua claim by the names
# and "relations" alone. Only for the side with no text: its words have no own account to be weighed against; for
# every leader (measured, Round 41) read38 found 146 -> 148 for flagged wrongly 11 -> 16.
_COUNTRY_STEMS = content(" ".join(COUNTRY_WORDS))


def without_countries(statement: Statement) -> Statement:
    """The statement with the countries' names and adjectives (`_COUNTRY_STEMS`) out of its words and clauses."""
    return Statement(statement.start, statement.end, statement.words - _COUNTRY_STEMS,
                     tuple(p - _COUNTRY_STEMS for p in statement.parts))


def readings(index: ClaimIndex, accounts: list[str], statement: Statement, score: float, unheard: bool
             ) -> tuple[Statement, ...] | None:
    """The readings of a leader's unsupported words to weigh further (as said, and without the call's scene), or None
    when an official claim holds too much of them (`score`: the verdict's, 1 less the largest share one claim holds).
    For a side with no text (`unheard`), a share over UNREPORTED_MAX_SHARE is weighed again without the countries'
    names: the words left must still number MIN_REPORT_WORDS and no claim of `accounts` hold more than that share of
    them, nor SENSE_MIN read by sense; then the readings go on without the names."""
    said = (statement, without_scene(statement))
    if score >= 1.0 - UNREPORTED_MAX_SHARE:
        return said
    bare = without_countries(statement)
    if not unheard or len(bare.words) < MIN_REPORT_WORDS or any(
            index.held(d, bare, 0.0) > UNREPORTED_MAX_SHARE or index.held_by_sense(d, bare) >= SENSE_MIN
            for d in accounts):
        return None
    return tuple(without_countries(s) for s in said)
