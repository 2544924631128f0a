"""An official first line naming its own leader by office alone or as "I" is its call line (helper links81), and a
sentence telling a call held with someone who is no leader of the event tells another call."""

from tests.builders import paper_links, text_doc
from tests.core.linking.test_held_call_ledes import CALL_LINE, READOUT

CONTENT = "\n\nThe salmon quota will lower the harbour tariffs between the countries, and the ferry routes will reopen."
LEDE = "UK Prime Minister Ivan Berg spoke Thursday by phone with Kenyan President Tom Sol, amid the storms that " \
       "flooded the river towns, the grain levy row in the assembly and the troubles of the orchard fund."


def test_the_prime_minister_alone_is_the_texts_own_leader():
    readout = text_doc("readout", "The Prime Minister spoke to President Tom Sol of Kenya this morning." + CONTENT,
                       side="GB", kind="readout")
    assert (LEDE[:20], "The Prime Minister s") in paper_links(readout, LEDE)


def test_a_post_in_the_first_person_is_its_leaders_call_line():
    post = text_doc("post", "I just spoke by phone with President Tom Sol of Kenya." + CONTENT, side="GB",
                    kind="statement")
    assert (LEDE[:20], "I just spoke by phon") in paper_links(post, LEDE)


def test_a_call_held_with_someone_else_is_another_call():
    told = "Right after talking to Sol from the summit hotel, US President Ivan Berg also spoke by phone with NATO " \
           "Secretary General Jon Dale about the alliance's air patrols over the northern sea."
    assert (told[:20], CALL_LINE) not in paper_links(READOUT, f"The storms hit the coast. {told}")
    # ... but not one held with the event's leader among others
    both = "Kenyan President Tom Sol had a telephone conversation with NATO Secretary General Jon Dale and US President Ivan " \
           "Berg about the storms on the coast."
    assert (both[:20], CALL_LINE) in paper_links(READOUT, f"The storms hit the coast. {both}")
