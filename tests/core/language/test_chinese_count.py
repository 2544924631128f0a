"""Chinese characters are counted without compiling their pattern for a text that cannot hold one (its UTF-8 holds
no lead byte of U+4000-U+9FFF): the same count as the pattern's."""

import random
import re

from readout_viewer.core.language import languages
from readout_viewer.core.system.lazyre import LazyPattern

CHARACTERS = ["a", "Z", " ", ".", "\u00e9", "\u0416", "\u3fff", "\u4000", "\u4dff", "\u4e00", "\u4e01", "\u7f8e",
              "\u9fff", "\ua000", "\uff0c", "\U0001f600", "\u3002", "\ud800", "\u201c", "\u2026"]


def test_an_english_text_leaves_the_pattern_uncompiled(monkeypatch):
    fresh = LazyPattern(r"[\u4e00-\u9fff]")
    monkeypatch.setattr(languages, "_CJK", fresh)
    assert languages.detect("The two presidents \u201cspoke\u201d by telephone about the war\u2026 " * 10) == "en"
    assert "findall" not in vars(fresh)


def test_the_same_count_as_the_pattern():
    rng = random.Random(17)
    cjk = re.compile(r"[\u4e00-\u9fff]")
    texts = ["".join(rng.choice(CHARACTERS) for _ in range(rng.randrange(0, 12))) for _ in range(5000)]
    for text in texts:
        assert languages._chinese(text) == len(cjk.findall(text)), text
    assert languages.detect("\u4e2d\u56fd\u548c\u7f8e\u56fd\u7684\u4e24\u4f4d\u9886\u5bfc\u4eba\u901a\u8bdd") == "zh"
