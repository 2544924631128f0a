"""A leader's surname an outlet misspells by one letter ("Zelenskky", "Zelenski" for Zelenskyy) names that leader; a
plural, a feminine form, a short name or a word the folder already names otherwise does not."""

from tests.builders import north_south

NORTH = ("Norwegian President Ola Bergstrom spoke today with Swedish President Eva Sol. President Bergstrom proposed a "
         "joint patrol of the strait.")


def test_a_long_name_one_letter_off_is_the_leaders():
    from readout_viewer.core.language.spellings import misspelled
    texts = ["Zelenskky said ...", "Zelenski has indicated ...", "Presidents met.", "Zelenska visited.", "Modl said."]
    assert misspelled(["zelenskyy", "zelenskiy", "president", "modi"], texts, set()) == {
        "zelenskky": "zelenskyy", "zelenski": "zelenskiy"}


def test_a_word_the_folder_names_otherwise_is_no_misspelling():
    from readout_viewer.core.language.spellings import misspelled
    assert misspelled(["zelenskyy"], ["Zelensky said ..."], {"zelensky"}) == {}


def test_the_misspelled_leader_speaks_for_the_side_accounts(tmp_path):
    news = "Berggstrom said that a joint patrol of the strait was proposed during the call.\n"
    analysis = north_south(tmp_path, NORTH, news)
    assert [(x.cited_as, x.verdict) for x in analysis.attributions] == [("Berggstrom", "supported")]


def test_the_table_of_leaders_holds_a_name_as_another_text_spells_it():
    from readout_viewer.core.language.speakers import folder_leaders
    from tests.builders import text_doc
    readout = text_doc("readout", "Kenyan President Mohammed Rashidov spoke today with Norwegian President Ola Bergstrom.")
    news = text_doc("news", "Mohamed Rashidov and Bergstrom discussed the strait. Rashidova visited.", role="outlet")
    leaders = folder_leaders([readout, news])
    assert leaders["Mohamed"] == "KE" and leaders["Mohammed Rashidov"] == "KE"
    assert "Rashidova" not in leaders  # a feminine form names another person


def test_a_word_two_countries_leaders_share_is_spelt_for_neither():
    from readout_viewer.core.language.spellings import other_spellings
    texts = ["Mohamed spoke.", "Presidents met."]
    assert other_spellings({"Mohammed Rashidov": "KE", "Mohammed Salimov": "EG"}, texts) == {}
    assert other_spellings({"Mohammed Rashidov": "KE", "President Tomas": "EG"}, texts) == {"Mohamed": "KE"}
