"""A briefing's account of the call: a leader (or the leaders) and a verb of saying or doing open the sentence; the
call itself, or a judgement of it, is one too."""

import pytest

from readout_viewer.core.language.reports import goes_on, reports_a_leader, tells_the_call


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
])
def test_the_briefers_own_words_are_not(text):
    assert not reports_a_leader(text)


def test_a_report_in_a_main_clause_after_when_is_still_an_account():
    assert reports_a_leader("When President Berg raised the quotas, Premier Sol said no.")



@pytest.mark.parametrize("text", [
    "The tone of the conversation between the two presidents was serious and substantive.",
    "The call covered a range of issues.",
    "And the discussion between the two presidents was direct.",
    "They both discussed the importance of pragmatic diplomacy.",
    "They each framed their positions as they have done publicly.",
    "It was a useful meeting.",  # a judgement of the call
    "President Biden laid out two paths.",  # a leader's act, as above
])
def test_the_call_itself_its_tone_or_the_leaders_together_tell_the_call(text):
    assert tells_the_call(text)


@pytest.mark.parametrize("text", [
    "The talks in January will be held in Geneva.",  # "talks": the negotiations ahead, not the call
    "They will be seeking additional capabilities.",  # "they": anyone
    "The question here is not whether troops will be sent.",
    "We would provide additional defensive materiel.",
    "There were others who have been involved in the prep.",
])
def test_the_briefers_answers_do_not_tell_the_call(text):
    assert not tells_the_call(text)


def test_a_clause_cut_from_the_sentence_before_goes_on_with_it():
    assert goes_on("that the upcoming talks would settle the rest.") and goes_on("and that the fees would rise.")
    assert not goes_on("That is why the fees rose.") and not goes_on("The talks that follow will settle it.")
