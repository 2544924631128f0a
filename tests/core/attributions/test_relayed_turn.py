"""Whose words an aide's sentence relays, clause by clause: a clause after "while" or a semicolon that opens on
another leader ("Berg urged a quick end to the strike, while Sol expressed his readiness to talk") is that leader's,
so that a report in no readout names the right one (relayed._by_clause)."""

from readout_viewer.core.attributions.cue_sides import AFTER, Cue
from readout_viewer.core.attributions.leader_names import LeaderNames
from readout_viewer.core.attributions.relayed import relayed_sentences

NAMED = LeaderNames(["berg", "sol"])


def _relayed(text: str) -> list[tuple[str, str]]:
    """(whose words, the words) of each span the aide's cue "Lund said" relays in `text`."""
    end = text.index("said") + len("said")
    cue = Cue(0, 4, 0, end, ("brief",), AFTER, person=True)
    return [(who, text[at:stop].strip()) for who, at, stop in relayed_sentences(text, cue, 0, len(text), NAMED)]


def test_a_clause_turning_to_the_other_leader_is_his():
    assert _relayed("Lund said Berg urged a quick end to the strike, while Sol expressed his readiness to talk.") == [
        ("Berg", "Berg urged a quick end to the strike"), ("Sol", "Sol expressed his readiness to talk.")]


def test_a_clause_without_a_leader_goes_on_with_the_one_before():
    assert _relayed("Lund said Berg urged a quick end to the strike; the ferry line would stay shut.") == [
        ("Berg", "Berg urged a quick end to the strike; the ferry line would stay shut.")]
