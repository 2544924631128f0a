"""Inline Markdown: a pattern is tried only on text holding the mark it cannot match without, with the same result
as trying every pattern."""

import html
import random

from readout_viewer.core.loading import markup

PIECES = list("ab _*~`[]()<>!\\^&#.-") + ["br", "<b>", "</i>", "<br/>", "http://x", "&amp;", "**", "__", "~~", "é"]


def _every_pattern(text: str) -> str:
    for _, pattern, repl in markup._INLINE:
        text = pattern.sub(repl, text)
    return html.unescape(text) if "&" in text else text


def test_the_same_text_as_every_pattern_tried():
    rng = random.Random(16)
    for _ in range(3000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30)))
        assert markup.inline(text) == _every_pattern(text), text


def test_each_mark_is_one_its_pattern_needs():
    rng = random.Random(5)
    for mark, pattern, _ in markup._INLINE:
        for _ in range(300):
            text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30))).replace(mark, "")
            assert pattern.search(text) is None, (mark, text)


class _Refusing:
    def sub(self, repl: str, text: str) -> str:
        raise AssertionError(f"tried on {text!r}")


def test_a_pattern_is_not_tried_on_text_without_its_mark(monkeypatch):
    monkeypatch.setattr(markup, "_INLINE", (("*", _Refusing(), ""),))
    assert markup.inline("The envoy spoke of [harbour] fees_and `tolls`.") == "The envoy spoke of [harbour] fees_and `tolls`."
