"""A bare account ("the statement said") with no institution named close before it (bare_cues.ACCOUNT_REACH) stands for
the account the text cited last, however far back ("..., the Kremlin said in a statement." then paragraphs later
'"...," the statement said.'); and a quotation closed by the account with its verb left out ('"...," the
statement.') is that account's, as with "said". "It" goes back the same way ('"...," it added.'), as "the statement"
does; "a statement" names a new one."""

from readout_viewer.core.model import OFFICIAL, SUPPORTED
from tests.builders import news_attributions, reading

US_TEXT = ("President Biden spoke today with President Putin of Russia. Both believe very strongly in the grain corridor "
           "to Valdoria.")
RU_TEXT = ("Vladimir Putin had a telephone conversation with Joe Biden. The leaders reaffirmed the schedule of meetings "
           "at the highest level.")
FAR = " ".join(["Snow fell on the hills of Valdoria for many weeks and the rivers froze."] * 10)


def _last(news_text):
    official = [reading("us", US_TEXT, OFFICIAL, "The White House", "US"),
                reading("ru", RU_TEXT, OFFICIAL, "President of Russia (Kremlin press service)", "RU")]
    found = news_attributions(official, news_text)
    return found[-1].cited, found[-1].verdict, news_text[found[-1].start:found[-1].end][:12]


def test_the_statement_far_after_its_source_is_the_account_cited_last():
    assert _last("The Kremlin said the two men spoke at length. " + FAR + ' "The leaders reaffirmed the schedule of '
                 'meetings at the highest level," the statement said.') == ("ru", SUPPORTED, '"The leaders')


def test_a_quotation_closed_by_the_statement_without_a_verb_is_the_statements():
    assert _last("The Kremlin said the two men spoke at length. " + FAR + ' "The leaders reaffirmed the schedule of '
                 'meetings at the highest level," the statement.') == ("ru", SUPPORTED, '"The leaders')


def test_it_far_after_its_source_is_the_account_cited_last():
    assert _last("The Kremlin said the two men spoke at length. " + FAR + ' "The leaders reaffirmed the schedule of '
                 'meetings at the highest level," it added.') == ("ru", SUPPORTED, '"The leaders')
    assert _last("The Kremlin said the two men spoke at length. " + FAR + " It added that the leaders reaffirmed the "
                 "schedule of meetings at the highest level.") == ("ru", SUPPORTED, "It added tha")


def test_a_statement_names_a_new_account_not_the_one_cited_last():
    found = news_attributions([reading("ru", RU_TEXT, OFFICIAL, "President of Russia (Kremlin press service)", "RU")],
                              "The Kremlin said the two men spoke at length. " + FAR + ' "The leaders reaffirmed the '
                              'schedule of meetings at the highest level," a statement said.')
    assert [a.cited for a in found] == ["ru"]
