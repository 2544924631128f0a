"""A leader whose side has no text in the folder is weighed against the other side's account alone, which names both
countries in most claims: the countries' names are who a report is about, not what it says, so the share of his words
a claim holds is weighed again without them."""

from functools import partial

from readout_viewer.core.attributions.statements import Statement, content
from readout_viewer.core.attributions.unheard_share import without_countries
from tests.builders import one_readout_unreported

# The Norwegian side's readout alone (Sweden has no text): its claims name both countries.
ALONE = ("Norwegian President Ola Berg spoke today with Swedish President Eva Sol. President Berg said Norway, Sweden "
         "and Denmark share Norwegian and Danish waters.")

# The texts listed as in no readout beside ALONE and one news text (a folder root, the news).
_listed = partial(one_readout_unreported, source="Office of the Norwegian President", side="NO", readout=ALONE)


def test_the_unheard_leaders_words_are_listed_though_they_name_both_countries(tmp_path):
    news = ("Swedish President Eva Sol urged talks with Norway and Denmark to calm the Danish fishing dispute, while "
            "calling for Sweden to cut Norwegian cod quotas.")
    # main: 5 of its 13 words in the readout's claim, all five of them countries' names; listed here
    assert any("cod quotas" in t for t in _listed(tmp_path, news=news))


def test_words_a_claim_holds_besides_the_countries_are_not_listed(tmp_path):
    # a guard (passes on main and here): the waters the three countries share are the readout's point
    news = "Swedish President Eva Sol said Sweden, Norway and Denmark share the same waters."
    assert _listed(tmp_path, news=news) == []


def test_without_countries_takes_out_names_and_adjectives():
    words = content("Sweden Swedish Norway fishing quota")
    bare = without_countries(Statement(0, 9, words, (words,)))
    assert bare.words == content("fishing quota") and bare.parts == (content("fishing quota"),)
