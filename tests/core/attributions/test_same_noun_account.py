"""A bare account ("The statement said ...") stands for the account the text cited before by the same noun
("According to a statement by the Chinese Foreign Ministry, ..."), not for a side the sentences between name as what
the leaders spoke of ("... Beijing and Washington, as permanent members ..."): the definite noun points back to it."""

from readout_viewer.core.model import OFFICIAL
from tests.builders import news_attributions, reading

US_TEXT = "President Biden spoke today with President Xi Jinping of China. They discussed trade and education."
CN_TEXT = ("Chinese President Xi Jinping had a phone conversation with US President Joe Biden. Xi said both "
           "countries should view their ties from a long-term perspective.")


def _cited(news_text):
    official = [reading("us", US_TEXT, OFFICIAL, "The White House", "US"),
                reading("cn", CN_TEXT, OFFICIAL, "Ministry of Foreign Affairs of the People's Republic of China", "CN")]
    return [(news_text[a.start:a.end][:14], a.cited) for a in news_attributions(official, news_text)]


def test_the_statement_is_the_statement_cited_before_not_a_side_named_between():
    assert _cited("According to a statement by the Chinese Foreign Ministry, Xi made the remarks on the phone. "
                  "Xi noted Beijing and Washington as permanent members of the Security Council need a long view. "
                  "The statement said the plenary session laid out a plan for reform.")[-1] == ("The statement ",
                                                                                               "cn")
