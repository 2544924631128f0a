"""One word for one thing: every kind of finding has one readable word, and no two kinds share one."""

from readout_viewer.core import findings


def test_every_kind_has_its_own_word_and_omissions_are_left_out():
    assert set(findings.KIND_WORDS) == set(findings.KINDS)
    assert len(set(findings.KIND_WORDS.values())) == len(findings.KINDS)
    assert findings.KIND_WORDS[findings.OMISSION] == "Left out"
