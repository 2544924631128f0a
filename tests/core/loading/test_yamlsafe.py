"""The one YAML reader: plain data only, and no file can make it (or the code after it) do unbounded work."""

import time

import pytest

from readout_viewer.core import loading
from readout_viewer.core.loading import markup
from readout_viewer.core.loading.folder import SETTINGS_FILE
from readout_viewer.core.loading.yamlsafe import ALIAS_BUDGET, YamlRefused, safe_load


def _bomb(last_key="title"):
    text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    prev = "a"
    for ch in "bcdefghi":
        text += f"{ch}: &{ch} [" + ",".join([f"*{prev}"] * 9) + "]\n"
        prev = ch
    return text + f"{last_key}: *i\n"


def test_an_alias_bomb_is_refused_before_anything_expands_it():
    started = time.perf_counter()
    with pytest.raises(YamlRefused, match="alias bomb"):
        safe_load(_bomb())
    assert time.perf_counter() - started < 1.0


def test_a_few_reused_anchors_are_read():
    data = safe_load("files:\n  a*: &official {role: official}\n  b*: *official\n")
    assert data["files"]["b*"] == {"role": "official"}
    many = "x: &x [1, 2, 3]\n" + "".join(f"k{i}: *x\n" for i in range(ALIAS_BUDGET // 4))
    assert len(safe_load(many)) == ALIAS_BUDGET // 4 + 1


@pytest.mark.parametrize("text, words", [
    ("a: !!python/object/apply:os.system ['touch PWNED']\n", "never run"),
    ("x: " + "[" * 5000 + "]" * 5000, "nested more than"),
    ("a: &a [*a]\n", "loop"),
    ("x: 1" + "0" * 5000 + "\n", "cannot be read"),
    ("title: [unclosed\n  : : :\n", "line 2"),
    ("? [a, b]\n: v\n", "unhashable"),
])
def test_hostile_yaml_is_refused_with_a_reason(text, words):
    with pytest.raises(YamlRefused, match=words):
        safe_load(text)


def test_a_lone_surrogate_becomes_a_visible_replacement_character():
    assert safe_load('title: "\\ud800 lone"\n') == {"title": "\ufffd lone"}


def test_front_matter_names_the_line_of_the_file():
    fm = markup.split_front_matter("---\ntitle: ok\nbad: [unclosed\n  : :\n---\nBody.\n")
    assert fm.body == "Body.\n" and "line 4" in fm.note


def test_an_alias_bomb_in_front_matter_or_settings_is_named_and_the_text_still_loads(tmp_path):
    (tmp_path / "bomb.md").write_text("---\n" + _bomb() + "---\nThe envoys met on Monday.\n", encoding="utf-8")
    (tmp_path / SETTINGS_FILE).write_text(_bomb("ignore"), encoding="utf-8")
    started = time.perf_counter()
    scan = loading.scan(tmp_path)
    loaded = loading.load(tmp_path, "bomb.md", scan.settings)
    assert time.perf_counter() - started < 2.0
    assert loaded.document is not None and "alias bomb" in loaded.problems[0].message
    assert any(p.path == SETTINGS_FILE and "alias bomb" in p.message for p in scan.problems)


def test_yes_no_on_off_are_words_not_booleans():
    """YAML 1.2: only true and false are booleans, so Norway's code stays a side (YAML 1.1 read NO as False)."""
    from readout_viewer.core.loading.yamlsafe import safe_load
    assert safe_load("side: NO\ntitle: Off\nkind: yes\nlock: true\nshown: False\n") == {
        "side": "NO", "title": "Off", "kind": "yes", "lock": True, "shown": False}


def test_a_side_written_no_is_norway(tmp_path):
    from readout_viewer.core.analysis import analyze
    (tmp_path / "ev").mkdir()
    (tmp_path / "ev" / "office.md").write_text("---\ntitle: Readout\nsource: Office\nrole: official\nside: NO\n---\n"
                                               "The minister met the envoy on Monday.\n", encoding="utf-8")
    assert analyze(tmp_path).documents[0].side == "NO"
