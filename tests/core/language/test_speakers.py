"""Whose words a sentence reports: the leader subject of a verb of saying, by country."""

from readout_viewer.core.language.segment import segment
from readout_viewer.core.language.speakers import Speakers, folder_leaders, sentence_starts, speakers_of
from readout_viewer.core.model import OFFICIAL, OUTLET, Document

LEADERS = {"Ola Berg": "NO", "Berg": "NO", "Per Sol": "SE", "Sol": "SE"}


def _code(text: str, own: str | None = None) -> str | None:
    """The speaker of a one-sentence text: the last leader it makes a subject."""
    found = Speakers(LEADERS).found(text, own)
    return found[-1][2] if found else None


def test_the_leader_who_speaks_is_the_subject_of_the_verb_of_saying():
    assert _code("The ministry said Berg welcomed the talks.") == "NO"
    assert _code("Per Sol also stressed the quota.") == "SE"
    assert _code("The talks were long.") is None


def test_a_quotation_may_open_on_the_verb():
    # the outlet quotes the readout from its verb on: the subject before the quotation mark still spoke
    assert _code("The Swedish premier \u201calso stressed the need to guard the harbour.") == "SE"
    assert _code('Berg "reaffirmed the quota" on Monday.') == "NO"


def test_the_innermost_report_names_the_speaker():
    # the aide tells what the leader did: the leader's deed is reported
    assert _code("Berg's aide said that Sol urged calm.") == "SE"


def test_the_other_party_and_a_joint_subject_are_not_the_speaker():
    assert _code("Berg, in a call with his Swedish counterpart Per Sol, suggested a summit.") is None
    assert _code("Berg and Sol agreed to meet.") is None
    # the counterpart set off by a comma, as an appositive, is one of two subjects all the same
    assert _code("Berg and his Swedish counterpart, Per Sol agreed to meet.") is None
    assert _code("Berg and his Swedish counterpart, Per Sol, agreed to meet.") is None


def test_a_joint_subject_with_a_long_title_or_a_nickname_speaks_for_both():
    # "<Name> and" before the other's title and name, however many capitalised words, a nickname in quotation marks
    assert _code('Premier Ola Berg and Swedish counterpart Per "Sunny" Sol shared worry over the harbour.') is None
    assert _code("Norwegian Premier Berg and Swedish Prime Minister Per Sol spoke by phone.") is None
    # not a clause joined by "and", nor a country before the name
    assert _code("The two leaders met, and Mr. Sol stressed the quota.") == "SE"
    assert _code("Of the ties between Norway and Sweden, Sol said they are strong.") == "SE"


def test_a_leader_named_by_office_is_his_country_s():
    assert _code("The Swedish premier stressed the quota.") == "SE"
    assert _code("The President of Sweden proposed a summit.") == "SE"
    # "The President" alone is the leader of the official text's own side, and no one's elsewhere
    assert _code("The President stressed the quota.", own="NO") == "NO"
    assert _code("The President stressed the quota.") is None


def test_a_clause_takes_the_subject_of_its_sentence():
    text = "Premier Berg underscored that Norway remains committed to the fishing accord, and that Norway strongly " \
           "opposes unilateral changes to the quota.\n\nThe weather was fine."
    doc = Document(id="e/readout", path="readout.md", title="", text=text, role=OFFICIAL, side="NO")
    claims = segment(doc)
    assert len(claims) == 3
    starts = sentence_starts(claims)
    assert starts[claims[1].id] == claims[0].start and starts[claims[2].id] == claims[2].start
    named = Document(id="e/paper", path="paper.txt", title="Norwegian Premier Ola Berg spoke", text="", role=OUTLET)
    assert speakers_of([doc, named], {doc.id: claims}) == {claims[0].id: "NO", claims[1].id: "NO"}


def test_the_folder_s_leaders_are_read_from_their_titles():
    doc = Document(id="e/paper", path="paper.txt", title="", role=OUTLET,
                   text="Norwegian Premier Ola Berg spoke with Swedish Premier Per Sol on Monday.")
    assert folder_leaders([doc]) == LEADERS


def test_a_leader_after_the_end_of_a_sentence_naming_another_is_the_subject():
    assert _code("He spoke with Berg. Sol said the quota stays.") == "SE"
    assert _code("He spoke with U.S. President Sol said nothing.") is None


def test_what_the_two_discussed_is_no_one_side_s_words():
    text = "Premier Berg said Monday that he has discussed the new quota with Swedish Premier Per Sol on the phone. " \
           "Per Sol said he held a call with Berg, during which they discussed the ferry line. Sol said the quota stays."
    doc = Document(id="e/paper", path="paper.txt", title="Norwegian Premier Ola Berg spoke with Swedish Premier Per Sol",
                   text=text, role=OUTLET)
    claims = segment(doc)
    assert len(claims) == 3
    # a joint act told after the speaker's verb has no speaker; the leader's own words keep theirs
    assert speakers_of([doc], {doc.id: claims}) == {claims[2].id: "SE"}


def test_a_leader_answering_after_to_which_is_not_the_speaker():
    # the sentence reports Berg's words; the Swedish leader only answers them
    assert _code("Berg said he told Sol that they must build stable ties, to which the Swedish premier voiced "
                 "agreement.") == "NO"


# A quotation closed on its speaker ('"...," said Berg'): the leader after the verb is whose words it holds.
def test_the_leader_after_a_closing_quotation_mark_spoke():
    assert _code("\u201cThe quota is fair to both fleets,\u201d said Berg.") == "NO"
    assert _code("The two would meet, \u2018since the accord turns ten next year,\u2019 stated Per Sol.") == "SE"
    assert _code('"We will guard the strait," the aide wrote.') is None  # no leader named
    assert _code("\u201cThe quota is fair,\u201d said the minister.") is None  # no leader named


def test_the_leader_named_after_the_last_quotation_speaks():
    # "said Sol, adding that ...": Sol's words, though Berg's name stood earlier in the sentence
    assert _code("Berg's offer stood, but \u201cthe quota stays,\u201d said Sol, adding that talks go on.") == "SE"


def test_a_quotation_that_tells_of_a_third_person_is_not_the_speaker_s_own_words():
    # Sol quotes his post on what Berg did: the act reported is Berg's, so the sentence is given no speaker here
    assert _code("\u201cHe also thanked Sweden for hosting the summit,\u201d explained Sol.") is None
    assert _code("\u201cThey agreed to meet,\u201d said Sol.") is None
