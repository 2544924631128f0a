"""Bytes that are not text in a known encoding are refused with a Problem naming the file, never shown as a document
"written in Chinese" or as Western mojibake; real Chinese, Japanese and Korean (in UTF-8 or their own code pages),
Latin-1, UTF-16 and slightly damaged texts still load, each in its language."""

from pathlib import Path

import pytest

from readout_viewer.core import loading
from readout_viewer.core.loading import encoding

ZH = "习近平主席同美国总统拜登举行视频会晤。双方就中美关系交换了意见。"
ZH_TW = "習近平主席同美國總統拜登舉行視頻會晤。"
KO = "문재인 대통령은 오늘 바이든 대통령과 통화했습니다. "
JA = "日本の首相は本日、米国大統領と電話会談を行いました。"
FRENCH = "Le président a déclaré que les discussions avec le ministre ont été « très utiles » et que la France est prête à Genève."
ENGLISH = "President Biden spoke with President Putin today about Ukraine and the security of Europe."
REFUSED = "not readable text in a known encoding"

NOT_TEXT = {
    "garbled.txt": b"\xff\xfe\x00bad\xc3(",  # helper qa5's file: a UTF-16 mark, then bytes; was "written in Chinese"
    "high-bytes.txt": bytes(range(0x80, 0x100)) * 4,  # bytes above ASCII, read as Windows-1252 before
    "ebcdic.txt": ENGLISH.encode("cp500") * 3,
}
TEXT = {
    "zh-utf8.txt": (ZH.encode("utf-8"), ZH, "zh"),
    "zh-utf16-bom.txt": (ZH.encode("utf-16"), ZH, "zh"),  # a mark before real Chinese: still Chinese
    # East Asian code pages of texts saved before UTF-8: refused as not text before they were read
    "gb18030.txt": (ZH.encode("gb18030") * 3, ZH * 3, "zh"),
    "gb18030-headline.txt": ("习近平同拜登通电话".encode("gb18030"), "习近平同拜登通电话", "zh"),  # CF B0 is UTF-8
    "big5.txt": (ZH_TW.encode("big5") * 3, ZH_TW * 3, "zh"),
    "euc-kr.txt": (KO.encode("euc-kr") * 3, KO * 3, "ko"),
    "shift-jis.txt": (JA.encode("shift_jis") * 3, JA * 3, "ja"),
    "euc-jp.txt": (JA.encode("euc_jp") * 3, JA * 3, "ja"),
    "latin1.txt": ((FRENCH * 3).encode("cp1252"), FRENCH * 3, "fr"),
    "utf16-no-bom.txt": (ENGLISH.encode("utf-16-le"), ENGLISH, "en"),
    "truncated.txt": ((ENGLISH + " Café, résumé").encode("utf-8")[:-1], ENGLISH + " Café, résumÃ", "en"),  # cut in é
    "controls.txt": ((ENGLISH * 3 + "\x01" + ENGLISH * 3 + "\x1b").encode(), ENGLISH * 6, "en"),
    "styled.txt": ("𝗣𝘂𝘁𝗶𝗻 𝗲𝘅𝗽𝗿𝗲𝘀𝘀𝗲𝘀 regard, Zelenskyy’s \x92aide\x92 said. ".encode().replace(b"\xc2\x92", b"\x92"),
                   "𝗣𝘂𝘁𝗶𝗻 𝗲𝘅𝗽𝗿𝗲𝘀𝘀𝗲𝘀 regard, Zelenskyy’s ’aide’ said.", "en"),  # styled letters, stray bytes
}


def _load(tmp_path: Path, name: str, data: bytes) -> loading.Loaded:
    (tmp_path / name).write_bytes(data)
    return loading.load(tmp_path, name, loading.scan(tmp_path).settings)


@pytest.mark.parametrize("name", NOT_TEXT)
def test_bytes_that_are_not_text_are_refused_with_the_file_named(tmp_path, name):
    loaded = _load(tmp_path, name, NOT_TEXT[name])
    assert loaded.document is None
    (problem,) = loaded.problems
    assert problem.path == name and REFUSED in problem.message
    assert "Chinese" not in problem.message and "Windows-1252" not in problem.message


@pytest.mark.parametrize("name", TEXT)
def test_real_text_in_every_encoding_read_still_loads(tmp_path, name):
    data, text, language = TEXT[name]
    loaded = _load(tmp_path, name, data)
    assert loaded.document is not None, loaded.problems
    assert " ".join(loaded.document.text.split()) == " ".join(text.split())
    assert loaded.document.language == language
    assert not any(REFUSED in p.message for p in loaded.problems)


def test_the_threshold_lies_between_real_text_and_bytes_read_wrongly():
    assert encoding.implausible_share(FRENCH * 3) < encoding.MAX_IMPLAUSIBLE_SHARE / 4  # été, à
    assert encoding.implausible_share(ZH) == 0
    assert encoding.implausible_share("戀摡⣃") > 2 * encoding.MAX_IMPLAUSIBLE_SHARE  # qa5's bytes as UTF-16
    assert encoding.implausible_share(ZH.encode("gb18030").decode("cp1252", "replace")) > 0.5


def test_random_bytes_above_ascii_are_not_taken_for_an_east_asian_page():
    for seed in range(40):
        data = bytes((b * 131 + seed * 17) % 128 | 0x80 for b in range(600))
        with pytest.raises(encoding.NotText):
            encoding.decode(data)
