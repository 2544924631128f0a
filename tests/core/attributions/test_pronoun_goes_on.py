"""A line about the leader just named as speaking, opening on his pronoun ("He was referring to ..."), keeps him the
speaker of a quotation after it ("“...,” he said"); a line that does not open so still ends the run (docs/engine.md,
Round 46, helper unrep19)."""

from tests.builders import unreported_texts

OPENING = "Opening the talks, President Berg said the two countries must keep talking about the strait.\n\n"
QUOTED = "\u201cSweden and Norway will build a new railway bridge over the river by next spring,\u201d he said.\n"
HE_GLOSS = "He was referring to the old dispute over the fishing grounds. "
WRITER_LINE = "The old dispute over the fishing grounds was not raised. "


def test_a_quotation_after_a_line_opening_on_his_pronoun_is_his(tmp_path):
    listed = unreported_texts(tmp_path, OPENING + HE_GLOSS + QUOTED)  # main: the quotation has no speaker
    assert [t for t in listed if "railway bridge" in t]


def test_a_quotation_after_a_writer_s_line_stays_no_one_s(tmp_path):
    listed = unreported_texts(tmp_path, OPENING + WRITER_LINE + QUOTED)  # as on main
    assert not [t for t in listed if "railway bridge" in t]
