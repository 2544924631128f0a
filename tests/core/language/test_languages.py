"""The language of a document, by its commonest words; only English texts are compared."""

from readout_viewer.core.analysis import analyze
from readout_viewer.core.language.languages import detect

GERMAN = ("Der Bundeskanzler und der französische Präsident haben heute mit dem russischen Präsidenten "
          "telefoniert. Sie drängten auf einen sofortigen Waffenstillstand und den Rückzug der russischen Truppen. "
          "Die Gesprächspartner vereinbarten, in engem Kontakt zu bleiben und die Lage weiter zu verfolgen, "
          "und sie sprachen auch über die Ernährungslage in der Welt und die Ausfuhr von Getreide aus der Ukraine.")
ENGLISH = ("The Chancellor and the French President spoke today with the Russian President. They urged an "
           "immediate ceasefire and the withdrawal of Russian troops, and agreed to stay in close contact. They "
           "also discussed the world food situation and the export of grain from Ukraine, which the leaders said "
           "was urgent for the countries that depend on it.")


def test_german_french_and_english_are_told_apart():
    assert detect(GERMAN) == "de"
    assert detect(ENGLISH) == "en"
    assert detect(ENGLISH + ' The paper "Die Welt" called it "le moment de vérité".') == "en"
    assert detect("Too short to tell.") == "en"


def test_chinese_is_told_by_its_share_of_the_letters():
    chinese = "\u4e2d\u7f8e\u4e24\u56fd\u5143\u9996\u901a\u8bdd"  # eight characters
    assert detect(chinese + " Xi and Biden") == "zh"
    assert detect(ENGLISH + " " + chinese) == "en"


def test_a_text_in_another_language_is_shown_not_compared_and_says_so(tmp_path):
    front = "---\ntitle: {t}\nrole: official\nside: {s}\nkind: readout\n---\n"
    (tmp_path / "berlin.md").write_text(front.format(t="Telefonat", s="DE") + GERMAN, encoding="utf-8")
    (tmp_path / "paris.md").write_text(front.format(t="Call", s="FR") + ENGLISH, encoding="utf-8")
    analysis = analyze(tmp_path)
    berlin = analysis.document["berlin"]
    assert berlin.language == "de" and "German" in berlin.inferred["language"]
    assert any("written in German" in p.message and p.path == "berlin.md" for p in analysis.problems)
    assert analysis.claims_of["berlin"]  # shown
    assert not analysis.links and all(o.missing_from == () or "berlin" not in o.missing_from
                                      for o in analysis.omissions)
    assert not any(o.claim.startswith("berlin#") for o in analysis.omissions)


def test_korean_and_japanese_are_told_by_their_scripts():
    korean = "문재인 대통령은 오늘 바이든 대통령과 전화 통화를 하고 한미 동맹 강화 방안을 논의했습니다. "
    japanese = "岸田総理大臣は、バイデン大統領との間で電話会談を行い、日米同盟の強化について議論しました。"
    assert detect(korean * 3) == "ko"  # was "en": no function word of any language, so English
    assert detect(japanese) == "ja"  # was "zh": its Chinese characters counted, its kana not
    assert detect(korean + " Biden and Yoon spoke by telephone.") == "ko"
    assert detect("习近平主席同美国总统拜登举行视频会晤。") == "zh"
    assert detect("The two presidents spoke about the alliance and the region. " * 8) == "en"
