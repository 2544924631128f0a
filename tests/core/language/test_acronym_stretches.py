"""Speed, the same results: a run's stretches spell their acronyms from each word's initials, read once per word."""

import random

from readout_viewer.core.language import acronyms

WORDS = ["Organization", "for", "Security", "and", "Co-operation", "in", "Europe", "North", "Atlantic", "Treaty",
         "Russia-NATO", "Council", "of", "the", "de", "Plan", "Action", "Joint", "Comprehensive", "US-Russia", "On"]


def _old_run_hits(run: str, known: frozenset[str]) -> tuple[frozenset[str], ...]:
    """The rule as it was written before: each stretch's initials from its words, longest stretches first."""
    def letters(word: str) -> str:
        parts = word.split("-")
        return parts[0][:1] + "".join(p[0] for p in parts[1:] if p[:1].isupper())

    def initials(words: list[str]) -> set[str]:
        full = "".join(letters(w) for w in words)
        big = "".join(letters(w) for w in words if w.lower() not in acronyms._SMALL)
        return {full.lower(), big.lower()}
    words = run.split()
    spans = sorted(((i, j) for i in range(len(words)) for j in range(i + 2, len(words) + 1)),
                   key=lambda ij: (ij[0] - ij[1], ij[0]))
    found = []
    for i, j in spans:
        if words[i].lower() in acronyms._SMALL or words[j - 1].lower() in acronyms._SMALL:
            continue
        hits = initials(words[i:j]) & known
        if hits:
            found.append(frozenset(hits))
    return tuple(found)


def test_each_word_is_read_once_per_run(monkeypatch) -> None:
    read: list[str] = []
    letters = acronyms._letters

    def spy(word: str) -> str:
        read.append(word)
        return letters(word)
    monkeypatch.setattr(acronyms, "_letters", spy)
    run = "Joint Comprehensive Plan of Action on the North Atlantic Treaty Organization"
    assert acronyms._run_hits.__wrapped__(run, frozenset({"jcpoa", "nato", "jcpa"})) == (
        frozenset({"jcpoa", "jcpa"}), frozenset({"nato"}))
    assert len(read) == len(run.split())


def test_the_acronyms_the_rule_found_before() -> None:
    rng = random.Random(7)
    for _ in range(400):
        run = " ".join(rng.choices(WORDS, k=rng.randint(1, 9)))
        known = frozenset(rng.sample(["osce", "nato", "jcpoa", "jcpa", "rnc", "ne", "oe", "sce", "rc", "ur", "fsac"], 5))
        assert acronyms._run_hits.__wrapped__(run, known) == _old_run_hits(run, known), run
