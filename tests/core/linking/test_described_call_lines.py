"""An official line that describes its call ("I just had a long and highly productive phone call with President Tom Sol
of Kenya") still only says that the leaders spoke: the words between the article and the noun are how the call went,
not what was said (`ledes._told_how`), so an outlet's lede reports it; a lede on a call with others does not."""

from tests.builders import paper_links, text_doc

POST = text_doc("post", "I just had a long and highly productive phone call with President Tom Sol of Kenya.\n\n"
                "We agreed to expand the ferry routes in the spring.", side="US", kind="statement")
HEADLINE = "Ferries to sail again. "
NEXT = " The ferries will sail in May."


def _links(lede: str) -> set[tuple[str, str]]:
    return paper_links(POST, HEADLINE + lede + NEXT)


def test_a_lede_reports_a_post_that_describes_the_call():
    lede = "US President Ivan Berg spoke by phone with Kenyan President Tom Sol on Monday, praising him for the accord."
    assert (lede[:20], "I just had a long an") in _links(lede)


def test_a_lede_on_a_call_with_others_does_not():
    lede = "US President Ivan Berg spoke by phone with the harbour unions on Monday, praising them for the accord."
    assert (lede[:20], "I just had a long an") not in _links(lede)
