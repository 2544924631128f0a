"""A party's own name is no topic of its call wherever the table's place words hold it: not as a word of a region
named after it ("the South China Sea") nor of another country's name ("the United Arab Emirates")
(`places.place_words`, read by `readouts.shares_content` and `places_discussed`)."""

from readout_viewer.core.language.places import place_words


def test_a_partys_name_in_a_region_or_another_country_is_not_a_place_word():
    china_call = place_words(frozenset({"CN", "NO"}))
    assert "china" not in china_call and "chinese" not in china_call
    assert {"south", "sea", "taiwan"} <= china_call  # the region is still named by its other words
    us_call = place_words(frozenset({"US", "RU"}))
    assert "united" not in us_call and "states" not in us_call
    assert {"arab", "emirates", "kingdom", "china"} <= us_call
