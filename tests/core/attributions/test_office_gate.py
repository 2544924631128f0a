"""A sentence that holds no "office" (made caseless) is not searched by the three "his office" forms, which are
compiled only for a sentence that holds it; every text a form matches holds it, so the cue found is the same."""

import random
import re

from readout_viewer.core.attributions import his_office as ho
from readout_viewer.core.attributions.cited import Source
from readout_viewer.core.language.text import holds_any
from readout_viewer.core.system.lazyre import LazyPattern

BY_NAME = {"macron": Source("macron", ("fr",), leader=True)}


def _fresh(monkeypatch):
    """The forms as new, not yet compiled patterns."""
    forms = [(LazyPattern(p.pattern, p.flags), says) for p, says in ho._FORMS]
    monkeypatch.setattr(ho, "_FORMS", tuple(forms))
    return [p for p, _ in forms]


def test_a_sentence_without_office_compiles_no_form(monkeypatch):
    forms = _fresh(monkeypatch)
    text = "Macron said the talks were frank, and his aides agreed."
    assert ho.his_office(text, 0, len(text), BY_NAME) is None
    assert not any("search" in vars(p) for p in forms)


def test_a_sentence_with_his_office_gives_its_cue(monkeypatch):
    _fresh(monkeypatch)
    text = "Macron \u201ccondemned the strikes,\u201d his office said."
    cue = ho.his_office(text, 0, len(text), BY_NAME)
    assert cue is not None and text[cue.start:cue.end] == "his office"


def test_every_text_a_form_matches_holds_office():
    pieces = ["his ", "her ", "HIS ", "office ", "OFFICE ", "Off\u0131ce ", "OFF\u0130CE ", "offi", "ce ", "said ",
              "\u201d, ", ", ", "according to ", "announced ", "the ", "Macron "]
    rng = random.Random(23)
    forms = [re.compile(p.pattern, p.flags) for p, _ in ho._FORMS]
    found = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
        if any(f.search(text) for f in forms):
            found += 1
            assert holds_any(text, ho._OFFICE), text
    assert found > 50
