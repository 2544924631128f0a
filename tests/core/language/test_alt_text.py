"""A photo's alt text shown right above its caption: both copies are captions, never statements."""

from readout_viewer.core.language.segment import segment
from readout_viewer.core.model import Document


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(c.kind, c.text) for c in segment(Document(id="e/d", path="e/d.txt", title="d", text=text))]


def test_a_caption_shown_twice_in_a_row_is_a_caption_both_times():
    text = ("The fishermen crowd the quay of the old harbour on May 2, 2023.\n\n"
            "The fishermen crowd the quay of the old harbour on May 2, 2023.\n\n"
            "The minister phoned her counterpart about the quotas on Tuesday.")
    assert [k for k, _ in _kinds(text)] == ["caption", "caption", "statement"]


def test_an_alt_text_differing_in_spacing_or_followed_by_a_credit_is_a_caption():
    spacing = ("The two ministers on separate phonecalls in 2022.\n\n"
               "The two ministers on separate phone calls in 2022.\n\n"
               "The minister phoned her counterpart about the quotas on Tuesday.")
    assert [k for k, _ in _kinds(spacing)] == ["caption", "caption", "statement"]
    credited = ("Picture of the two ministers at the harbour in Oslo.\n\n"
                "Picture of the two ministers at the harbour in Oslo. | Photo Credit: NTB\n\n"
                "The minister phoned her counterpart about the quotas on Tuesday.")
    assert [t for k, t in _kinds(credited) if k == "statement"] == [
        "The minister phoned her counterpart about the quotas on Tuesday."]


def test_prose_that_is_not_repeated_or_too_long_for_a_caption_stays_a_statement():
    different = ("The minister phoned her counterpart about the quotas on Tuesday.\n\n"
                 "The minister phoned her counterpart again about the harbour fees on Friday.")
    assert [k for k, _ in _kinds(different)] == ["statement", "statement"]
    long_prose = ("The minister phoned her counterpart on Tuesday and spoke for an hour about the fishing quotas, "
                  "the harbour fees, the new ferry line, the border crossing and the winter roads to the north.")
    kinds = [k for k, _ in _kinds(long_prose + "\n\n" + long_prose)]
    assert kinds[0] == "statement"  # a paragraph copied twice: the first copy is still prose
