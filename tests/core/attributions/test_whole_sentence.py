"""A readout sentence the linking cut into claims supports a statement as the whole sentence: "It only mentions the
trip to Valdoria and the assembly meetings" is what "... to discuss the trip to Valdoria, as well as the assembly
meetings in September." says, though no one piece holds half of it; pieces of two sentences carry it only when they
hold most of it between them (judge._spread)."""

from readout_viewer.core.attributions.check import check_attributions
from readout_viewer.core.model import OFFICIAL, SUPPORTED, UNSUPPORTED, Claim
from tests.builders import reading

US_TEXT = ("The President spoke today with the Prime Minister to discuss the recent trip to Valdoria and Ostmark, as "
           "well as the General Assembly meetings in September. The leaders agreed to stay in touch.")
NEWS = "Snow fell. The White House said the leaders discussed the trip to Valdoria and Ostmark and the General " \
       "Assembly meetings."


def _cut(doc_id, text, pieces):
    """The claims of `text`: each piece given, where it stands."""
    return [Claim(f"{doc_id}#{n}", doc_id, text.index(p), text.index(p) + len(p), p) for n, p in enumerate(pieces, 1)]


def _verdict(us_pieces, us_text=US_TEXT):
    us = reading("us", us_text, OFFICIAL, "The White House", "US")
    news = reading("news", NEWS)
    claims = {"us": _cut("us", us_text, us_pieces),
              "news": _cut("news", NEWS, ["Snow fell.", NEWS[len("Snow fell. "):]])}
    return [(a.cited, a.verdict) for a in check_attributions([us, news], claims, [], []) if a.doc == "news"]


def test_the_pieces_of_one_sentence_support_together():
    assert _verdict(["The President spoke today with the Prime Minister",
                     "to discuss the recent trip to Valdoria and Ostmark",
                     "the General Assembly meetings in September.",
                     "The leaders agreed to stay in touch."]) == [("us", SUPPORTED)]


def test_pieces_of_two_sentences_support_only_when_they_hold_most_of_it():
    # the readout says both in two sentences: its claims between them carry the statement (judge._spread, round 30)
    both = US_TEXT.replace(", as well as the", ". They also talked of the")
    assert _verdict(["The President spoke today with the Prime Minister",
                     "to discuss the recent trip to Valdoria and Ostmark.",
                     "They also talked of the General Assembly meetings in September.",
                     "The leaders agreed to stay in touch."], both) == [("us", SUPPORTED)]
    one = US_TEXT.replace(" and Ostmark, as well as the General Assembly meetings in September", ". They also talked of "
                                                                                               "the harvest")
    assert _verdict(["The President spoke today with the Prime Minister",
                     "to discuss the recent trip to Valdoria.",
                     "They also talked of the harvest.",
                     "The leaders agreed to stay in touch."], one) == [("us", UNSUPPORTED)]
