"""stem() runs its override and suffix loops only for a word one of their prefixes or suffixes fits, and tries the
ordinal pattern only on a word that opens with a digit: the same stems as the rules as first written."""

import random
import re

from readout_viewer.core.language import text

WORDS = ["talks", "responsibility", "responsible", "several", "productive", "production", "facilitating", "moscow",
         "kyiv", "12th", "1st", "3rd", "2024", "\u0663rd", "²nd", "classes", "class", "boss", "indians", "syrian",
         "meetings", "meeting", "countries", "denied", "agreed", "sides", "only", "a", "us", "is", "vehicles",
         "emphasised", "defence", "co-operation", "labour", "don't", "", "1", "-", "ss", "ies", "programmes"]


class _Watched(tuple):
    """A tuple that counts how often it is iterated."""

    iterations = 0

    def __iter__(self):
        type(self).iterations += 1
        return super().__iter__()


def _first_written(word: str) -> str:
    """stem() as written before its loops were gated."""
    word = text.spelling(word).replace("-", "").replace("'", "")
    for prefix, replacement in text._STEM_OVERRIDES:
        if word.startswith(prefix):
            return replacement
    if word.isdigit():
        return word
    if re.fullmatch(r"\d+(?:st|nd|rd|th)", word):
        return word[:-2]
    for suffix, repl in text._SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= text._MIN_STEM and not word.endswith("ss"):
            word = word[:-len(suffix)] + repl
            if suffix in ("ly", "ing", "ings") and word.endswith("e") and len(word) > text._MIN_STEM:
                word = word[:-1]  # the bare word's "e" too (links39: "closely" is "close")
            break
    return word[:text.STEM_LENGTH]


def test_a_word_no_rule_fits_runs_no_loop_and_no_pattern(monkeypatch):
    class Overrides(_Watched):
        iterations = 0

    class Suffixes(_Watched):
        iterations = 0

    class Ordinal:
        tries = 0

        def fullmatch(self, word):
            Ordinal.tries += 1
            return None
    monkeypatch.setattr(text, "_STEM_OVERRIDES", Overrides(text._STEM_OVERRIDES))
    monkeypatch.setattr(text, "_SUFFIXES_BY_LAST", {last: Suffixes(group) for last, group in
                                                     text._SUFFIXES_BY_LAST.items()})
    monkeypatch.setattr(text, "_ORDINAL", Ordinal())
    assert text.stem.__wrapped__("moscow") == "moscow"
    assert (Overrides.iterations, Suffixes.iterations, Ordinal.tries) == (0, 0, 0)
    assert text.stem.__wrapped__("talks") == "talk" and Suffixes.iterations == 1 and Overrides.iterations == 0


def test_the_same_stems_as_the_rules_as_first_written():
    rng = random.Random(3)
    pieces = ["res", "pon", "sib", "ian", "s", "ing", "ies", "ed", "e", "ly", "ss", "1", "2", "th", "st", "our",
              "is", "ation", "produc", "tiv", "-", "'", "a", "several", "communit", "mme", "\u0663"]
    words = WORDS + ["".join(rng.choices(pieces, k=rng.randint(1, 5))) for _ in range(3000)]
    assert [text.stem.__wrapped__(w) for w in words] == [_first_written(w) for w in words]


def test_every_digit_the_ordinal_pattern_takes_is_one_isdigit_takes():
    digit = re.compile(r"\d")
    assert all(chr(c).isdigit() for c in range(0x110000) if digit.match(chr(c)))
