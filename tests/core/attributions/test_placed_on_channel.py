""""According to a statement posted on the Kremlin's website": an account named by the channel its source placed it
on cites that source's text, the channel's words part of the source's name, not of what it said (cue_words.PLACED_ON,
ITS_CHANNEL)."""

from readout_viewer.core.model import MISATTRIBUTED, SUPPORTED
from tests.core.attributions.test_attributions import check, folder, only


def test_a_statement_posted_on_the_source_s_website():
    a = only(check(folder("Snow fell. The President pledged that no new missile batteries would be placed near the "
                          "northern border, according to a statement posted on the Kremlin's website.")))
    assert (a.cited, a.cited_as, a.verdict) == ("ru", "a statement posted on the Kremlin's website", SUPPORTED)


def test_a_statement_shared_on_a_body_s_social_media_account_leading_the_sentence():
    docs = folder("Snow fell. According to a statement shared on the Kremlin's press office's social media account, "
                  "the President pledged that no new missile batteries would be placed near the northern border.")
    a = only(check(docs))
    assert (a.cited, a.verdict) == ("ru", SUPPORTED)
    assert a.cited_as == "a statement shared on the Kremlin's press office's social media account"
    assert docs[2].text[a.start:a.end].startswith("According to a statement shared on")


def test_a_readout_on_a_website_without_a_verb():
    a = only(check(folder("Snow fell. The President pledged that no new missile batteries would be placed near the "
                          "northern border, according to a readout on the Kremlin website.")))
    assert (a.cited, a.cited_as, a.verdict) == ("ru", "a readout on the Kremlin website", SUPPORTED)


def test_placed_on_the_other_side_s_channel_is_misattributed():
    a = only(check(folder("Snow fell. According to a readout posted on the White House's website, the President "
                          "pledged that no new missile batteries would be placed near the northern border.")))
    assert (a.cited, a.verdict, a.found_in) == ("us", MISATTRIBUTED, "ru")
