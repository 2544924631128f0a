"""A post's verb after the words, as "wrote" is ('“Had a phone conversation with @CyrilRamaphosa. ...,” tweeted Zelensky
on Wednesday evening', cue_words.INVERTED_VERBS): the fourth attribution probe, eval/attr_probe4.yaml."""

from readout_viewer.core.model import OFFICIAL
from tests.builders import news_attributions, reading

POST = "Had a phone conversation with Cyril Ramaphosa. Discussed the threat of a global food crisis."


def _south_africa_and_ukraine() -> list:
    ua = reading("ua", "Ukrainian President Volodymyr Zelensky held a phone conversation with South African President "
                 "Cyril Ramaphosa. They discussed the threat of a global food crisis.", OFFICIAL,
                 "Office of the President of Ukraine", "UA")
    za = reading("za", "South African President Cyril Ramaphosa spoke with Ukrainian President Volodymyr Zelensky. The "
                 "presidents discussed grain exports.", OFFICIAL, "The Presidency, Republic of South Africa", "ZA")
    return [ua, za]


def test_tweeted_after_the_words_is_the_leader_s():
    found = news_attributions(_south_africa_and_ukraine(), f"Snow fell. “{POST},” tweeted Zelensky on Wednesday.")
    assert [a.cited for a in found] == ["ua"]


def test_tweets_after_the_words_by_title_is_the_leader_s():
    found = news_attributions(_south_africa_and_ukraine(), f"Snow fell. “{POST},” tweets the Ukrainian president.")
    assert [a.cited for a in found] == ["ua"]


def test_a_reader_who_tweeted_is_no_source():
    found = news_attributions(_south_africa_and_ukraine(), f"Snow fell. “{POST},” tweeted a reader.")
    assert not [a for a in found if a.cited]
