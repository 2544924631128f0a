"""negation.first_denial: one pass gives what the two scans gave (the first refusal, else the first negation)."""

from readout_viewer.core.language import negation

# Each a claim's words as divergence_cues folds them: no negation, a negation that is no refusal (cessation, "an end
# to"), a refusal after it, a refusal first, "not only", "rule out", and a negation as the last word.
_WORDS = [
    "the two leaders discussed trade".split(),
    "they called for an end to the fighting".split(),
    "they called for an end to the fighting and did not agree".split(),
    "he rejected the plan and called for a halt".split(),
    "not only trade but also energy".split(),
    "she would not rule out talks".split(),
    "he did not rule out further steps".split(),
    "they stopped the strikes".split(),
    "nothing was agreed".split(),
    "it was agreed that nothing".split(),
    "they said no".split(),
    [],
]


def _two_scans(words: list[str]) -> tuple[int | None, bool]:
    """What divergence_cues read before: every word asked refuses(), then, if none, every word asked denies()."""
    refusal = next((i for i in range(len(words)) if negation.refuses(words, i)), None)
    if refusal is not None:
        return refusal, True
    return next((i for i in range(len(words)) if negation.denies(words, i)), None), False


def test_first_denial_is_the_two_scans():
    for words in _WORDS:
        assert negation.first_denial(words) == _two_scans(words), words


def test_first_denial_finds_each_kind():
    assert negation.first_denial("the two leaders discussed trade".split()) == (None, False)
    assert negation.first_denial("he rejected the plan".split()) == (1, True)
    # "an end to" denies (index 4) without refusing; the later "not" is the refusal
    assert negation.first_denial("they called for an end to it and did not agree".split()) == (9, True)
    assert negation.first_denial("they called for an end to the fighting".split()) == (4, False)


def test_denies_at_the_last_word_and_with_a_next_word():
    assert negation.denies(["they", "said", "no"], 2)
    assert not negation.denies(["not", "only", "trade"], 0)  # "not only" adds
    assert negation.denies(["not", "agreed"], 0)
