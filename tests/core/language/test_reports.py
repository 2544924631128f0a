"""A report of the call: a leader (or the leaders) and a verb of saying or doing open the sentence."""

import pytest

from readout_viewer.core.language.reports import reports_a_leader


@pytest.mark.parametrize("text", [
    "He also told President Putin there is another option: de-escalation and diplomacy.",
    "And he stressed concerns, as you have heard us say, that the fees would rise.",
    "President Biden laid out two paths.",
    "The two leaders agreed to meet again.",
    "In the call, she made clear that the offer stands.",
    "Macron warned that sanctions would follow.",
    "Vladimir Putin wished Donald Trump success in implementing the planned reforms.",  # a name of two words
    "Donald Trump began by informing about the passage of the bill.",
    "President Biden was very clear that the offer stands.",  # "was clear that": "made clear that"
])
def test_a_leaders_words_or_acts_on_the_call_are_an_account(text):
    assert reports_a_leader(text)


@pytest.mark.parametrize("text", [
    "President Biden was direct and straightforward, as he always is.",  # a portrait, no act
    "We would provide additional materiel.",  # the briefer's government
    "I will look you in the eye and tell you.",
    "What President Biden did today was lay out the costs.",
    "It also said the talks would go on.",
    "The call covered a range of issues.",
    # a clause of background or condition opening the sentence is no report of the call, whatever names it holds
    "Since Donald Trump made the decision to leave the accord in 2018, the militias have grown.",
    "If President Sol orders the fleet out, the council will meet.",
    # a name is capitalised: after a setting's comma, a lower-case word is no one's name
    "In a long call, analysts said the two sides were far apart.",
])
def test_the_briefers_own_words_are_not(text):
    assert not reports_a_leader(text)


def test_a_report_in_a_main_clause_after_when_is_still_an_account():
    assert reports_a_leader("When President Berg raised the quotas, Premier Sol said no.")


def test_a_long_opening_that_names_the_call_still_opens_a_report():
    # the phrase of setting is the call itself, however long: what follows its comma is what a leader did on it
    assert reports_a_leader("During his conversation with Berg on the long dispute over the quotas, Sol briefed him "
                            "on his visit to the islands.")
    assert reports_a_leader("In a long-awaited video call between the leaders of the two northern kingdoms, Premier "
                            "Sol said the fleets would stay in port.")


def test_a_long_opening_that_does_not_name_the_call_does_not():
    # a source or a past event before the comma, over the short setting's length: the sentence's act is not the call's
    assert not reports_a_leader("According to a summary of the conversation released by the palace, Sol said the "
                                "fleets would stay in port.")
    assert not reports_a_leader("After the first spring meeting with the northern premier, Sol said the fleets "
                                "would stay in port.")


@pytest.mark.parametrize("text", [
    '"The other decision to free the frozen funds also sends a strong signal to our partners," Sol added.',
    "“The quota will be approved quickly,” Premier Berg said on social media.",
])
def test_a_quotation_closing_on_a_leader_and_a_verb_of_saying_is_an_account(text):
    assert reports_a_leader(text)


@pytest.mark.parametrize("text", [
    '"The quota will be approved quickly," the ministry said.',  # no leader, no name
    '"The quota will be approved quickly," Sol said, before the talks with the fleet owners broke down for good.',
])
def test_a_quotation_closing_otherwise_is_not(text):
    assert not reports_a_leader(text)


@pytest.mark.parametrize("text", [
    'Quote: "We discussed the first aid package after the vote.',
    "Details: Marsh stated that the patrol would go on.",
])
def test_a_paragraphs_label_and_colon_do_not_hide_the_account(text):
    assert reports_a_leader(text)


def test_a_label_before_words_that_are_no_account_still_is_none():
    assert not reports_a_leader("Background: Earlier, the paper reported that the two spoke for hours.")


def test_a_clause_cut_at_and_that_still_opens_on_the_leader():
    # "It added that the two discussed the fleets | and that Berg conveyed support for ...": the second clause
    assert reports_a_leader("and that Berg conveyed support for the fishing accords between the two kingdoms.")
