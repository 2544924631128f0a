"""A name of several words is looked for where its first word stands, and held as a scan of the joined texts says."""

import random

from readout_viewer.core.attributions.folder_words import FolderWords

TEXTS = ["According to (the White House), the talks went well.", "The Kremlin's readout:\tPutin  spoke\nfirst."]


def _scanned(texts, part):
    return part in "\x00".join(" ".join(t.split()) for t in texts)


def test_a_word_is_held_inside_a_word_of_the_texts_and_a_name_across_their_white_space():
    words = FolderWords(TEXTS)
    assert words.holds("White") and words.holds("hite") and words.holds("Kremlin's") and words.holds("(the")
    assert words.holds("the White") and words.holds("White House),") and words.holds("Putin spoke first.")
    assert words.holds("e White Ho") and words.holds("readout: Putin") and words.holds("to (the White House), the")
    assert not words.holds("kremlin") and not words.holds("White  House") and not words.holds("Putin first.")
    assert not words.holds("well. The")  # no space between two texts


def test_a_name_of_several_words_is_compared_only_where_its_first_word_and_a_space_stand():
    words = FolderWords(["ab a b", "a\tab"])  # joined: "ab a b", "\x00", "a ab"
    assert words.holds("a b") and words.holds("ab a") and words.holds("b a") and words.holds("a ab")
    assert not words.holds("b b") and not words.holds("b a ab") and words.holds("b\x00a")  # the texts meet: no space
    assert words._starts("a ") == [3, 7] and words._starts("ab ") == [0] and words._starts("b ") == [1]
    assert set(words._places) == {"a ", "ab ", "b "}  # each first word's places found once, for every name it leads


def test_every_part_is_held_as_a_scan_of_the_joined_texts_finds_it():
    alphabet = ["a", "b", "ab", "ba", "aab", "(a", "b)", "a's", "-", ".", "b.a"]
    rng = random.Random(7)
    found = 0
    for _ in range(400):
        texts = [rng.choice([" ", "  ", "\n", "\t", "\u00a0", "\x00", ""]).join(rng.choices(alphabet, k=rng.randint(0, 9)))
                 for _ in range(rng.randint(1, 3))]
        words = FolderWords(texts)
        for _ in range(15):
            part = " ".join(rng.choices(alphabet, k=rng.randint(1, 4)))
            if rng.random() < 0.1:
                part = rng.choice(["", " ", "a  b", "a\x00b", " a", "a\tb", "b ", "a \x00b"])
            assert words.holds(part) == _scanned(texts, part), (texts, part)
            found += words.holds(part)
    assert found > 1000  # the parts are held often, as names of the texts are
