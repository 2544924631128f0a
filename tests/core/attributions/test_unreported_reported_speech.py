"""A report of an absent party's account split apart by a relative clause or opened by "X quoted Y as saying that" is
still its account of the call: the day a relative clause names is its person's ("Berg, who announced on Monday that
..., briefed Sol") and the words after "as saying" are what was said."""

from tests.core.attributions.test_unreported_absent import _flagged

# The outlet names the absent party's leader with his title first, as outlets do (side_names.most_named).
CALL = "Norwegian President Ola Berg spoke with Swedish President Eva Sol on Wednesday.\n"
BRIEFED = CALL + ("Oslo said Berg, who announced on Monday that he would seek a new term, briefed Sol on his talks "
                  "this week with the leaders of Denmark, Finland and Iceland.\n")
DATED = CALL + ("Oslo said Berg announced on Monday that he would seek a new term and would visit the leaders of "
                "Denmark, Finland and Iceland.\n")
QUOTED = CALL + ("The daily quoted the Norwegian government as saying that Berg thanked Sol for her help in "
                 "evacuating Norwegian citizens from the northern islands.\n")
QUOTED_BEFORE = CALL + ("\u201cBerg thanked Sol for her help in evacuating Norwegian citizens from the northern "
                        "islands,\u201d the daily quoted the Norwegian government as saying.\n")


def _texts(root, news):
    return [t for t, _ in _flagged(root, news)]


def test_a_relative_clause_s_day_is_its_person_s_not_the_report_s(tmp_path):
    assert any("briefed Sol" in t or t.startswith("Oslo said Berg") for t in _texts(tmp_path, BRIEFED))


def test_a_report_dated_outside_a_relative_clause_stays_dated(tmp_path):
    assert not any(t.startswith("Oslo said") for t in _texts(tmp_path, DATED))


def test_the_words_after_as_saying_are_the_report(tmp_path):
    assert any("Berg thanked Sol" in t for t in _texts(tmp_path, QUOTED))


def test_the_words_before_as_saying_when_none_follow(tmp_path):
    assert any("Berg thanked Sol" in t for t in _texts(tmp_path, QUOTED_BEFORE))
