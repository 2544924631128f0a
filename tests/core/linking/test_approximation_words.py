"""Recall: "nearly", "almost", "roughly" and "approximately" say how close a figure is, not a claim ("near" a border)."""

from readout_viewer.core.linking.terms import terms


def test_nearly_an_hour_is_not_near_the_border():
    said = terms("Premier Berg spoke with Premier Sol for nearly an hour on Friday.").concepts
    assert not said & terms("Sol moved troops near the border.").concepts - terms("Sol moved troops.").concepts


def test_words_of_approximation_carry_no_claim():
    plain = terms("Berg spoke with Sol for an hour.").concepts
    for word in ("nearly", "almost", "roughly", "approximately"):
        assert terms(f"Berg spoke with Sol for {word} an hour.").concepts == plain
