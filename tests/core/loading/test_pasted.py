"""A pasted article becomes a Markdown file with front matter: in the event's folder, never over another file."""

from __future__ import annotations

import datetime as dt

import pytest

from readout_viewer.core.loading import markup, pasted

TODAY = dt.date(2026, 11, 20)
TEXT = "Biden and Putin talk for two hours\r\n\r\nThe presidents spoke by video.  \r\nThey agreed to meet.\r\n"


def test_the_file_has_front_matter_and_the_text_with_clean_line_ends(tmp_path):
    path = pasted.save(tmp_path, pasted.Pasted(TEXT, title="Biden and Putin talk", source="Reuters",
                                               url="https://example.org/a", date="2021-12-07"), TODAY)
    assert path == tmp_path / "biden-and-putin-talk.md"
    written = path.read_text(encoding="utf-8")
    front = markup.split_front_matter(written)
    assert front.keys == {"title": "Biden and Putin talk", "source": "Reuters", "url": "https://example.org/a",
                          "date": "2021-12-07", "pasted": "2026-11-20"}
    assert front.body.strip() == "Biden and Putin talk for two hours\n\nThe presidents spoke by video.\nThey agreed to meet."
    assert not list(tmp_path.glob(".pasted-*"))  # no temporary file left behind


def test_never_overwrites(tmp_path):
    (tmp_path / "talks.md").write_text("mine", encoding="utf-8")
    first = pasted.save(tmp_path, pasted.Pasted("One text.", title="Talks"), TODAY)
    second = pasted.save(tmp_path, pasted.Pasted("Another text.", title="Talks"), TODAY)
    assert (first.name, second.name) == ("talks-2.md", "talks-3.md")
    assert (tmp_path / "talks.md").read_text(encoding="utf-8") == "mine"


def test_a_name_taken_between_the_check_and_the_write_is_not_replaced(tmp_path, monkeypatch):
    real_exists = type(tmp_path).exists

    def racing_exists(self):  # another program creates talks.md right after it was found free
        if self.name == "talks.md" and not real_exists(self):
            self.write_text("theirs", encoding="utf-8")
            return False
        return real_exists(self)
    monkeypatch.setattr(type(tmp_path), "exists", racing_exists)
    path = pasted.save(tmp_path, pasted.Pasted("Text.", title="Talks"), TODAY)
    assert path.name == "talks-2.md" and (tmp_path / "talks.md").read_text(encoding="utf-8") == "theirs"


def test_the_event_subfolder_is_used_when_it_exists_else_the_event_is_written(tmp_path):
    (tmp_path / "2021-12-07-video-call").mkdir()
    inside = pasted.save(tmp_path, pasted.Pasted("Text.", title="A", event="2021-12-07-video-call"), TODAY)
    assert inside.parent.name == "2021-12-07-video-call"
    assert "event" not in markup.split_front_matter(inside.read_text(encoding="utf-8")).keys
    other = pasted.save(tmp_path, pasted.Pasted("Text.", title="B", event="a new call"), TODAY)
    assert other.parent == tmp_path
    assert markup.split_front_matter(other.read_text(encoding="utf-8")).keys["event"] == "a new call"


def test_titles_become_file_names_and_untitled_text_gets_one():
    assert pasted.slug("Путин и Байден: «переговоры»") == "pasted"
    assert pasted.slug("Élysée says: talks 'useful' (update)") == "elysee-says-talks-useful-update"
    assert pasted.suggest_title("\n\nBy Jane Roe\nLeaders talk for two hours\nText.") != ""


def test_empty_text_is_refused_and_nothing_is_written(tmp_path):
    with pytest.raises(pasted.NothingToSave):
        pasted.save(tmp_path, pasted.Pasted(" \n\t\n", title="x"), TODAY)
    assert list(tmp_path.iterdir()) == []


def test_yaml_special_characters_survive(tmp_path):
    title = 'Kremlin: "no breakthrough" # - [draft]'
    path = pasted.save(tmp_path, pasted.Pasted("Text.", title=title, source="RT: news"), TODAY)
    keys = markup.split_front_matter(path.read_text(encoding="utf-8")).keys
    assert keys["title"] == title and keys["source"] == "RT: news"
