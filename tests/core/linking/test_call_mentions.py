"""Recall: "after his call with ..." says when a thing was said, not what, as "during the call" does."""

from readout_viewer.core.linking.claim_parts import reported


def test_a_call_named_after_the_statement_is_left_out_of_what_it_reports():
    text = "Premier Berg announced the fleets will start joint patrols after his call with Premier Sol."
    assert "call" not in reported(text)
    assert "call" not in reported("The fleets will start joint patrols of the strait following their phone call.")
    assert reported("Berg spoke after the call.") == "Berg spoke after the call."  # too little else to say


def test_a_call_named_with_a_day_keeps_the_lower_case_words_after_it():
    # the name after "on" or "with" is capitalised ("with Joe Biden", "on Tuesday"); "the progress" is content
    assert "the progress" in reported("Berg told Sol in a phone conversation on Tuesday the progress achieved at "
                                      "the port was not enough.")
