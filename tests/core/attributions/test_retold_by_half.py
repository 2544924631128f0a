"""An account retold in one sentence is carried when one of its claims holds a quarter of the statement's words
(`verdicts.SPREAD_ONE_MIN`) and its claims between them half, as one claim must to support it (`SPREAD_ALL_MIN` =
`SUPPORT_MIN`); less than half between them carries nothing, and a count is no point of it."""

from readout_viewer.core.model import OFFICIAL, SUPPORTED, UNSUPPORTED
from tests.builders import cited_verdicts, reading
from tests.core.attributions.test_retold_between_claims import verdicts_of

KREMLIN = ("Vladimir Putin held a telephone conversation with Federal Chancellor of Germany Olaf Scholz. Moscow stands "
           "ready to expand gas deliveries. It proposed to build new pipelines. The harvest outlook was also touched "
           "upon.")


def _verdicts(sentence: str) -> list[tuple[str | None, str]]:
    return verdicts_of(KREMLIN, sentence)


def test_half_its_words_between_the_claims_carry_an_account_retold():
    # half the words the account's (36 % in "Moscow stands ready to expand gas deliveries"), under three fifths
    assert _verdicts("Moscow is ready to expand gas deliveries and build pipelines for European customers next winter "
                     "despite sanctions and falling prices, the Kremlin said.") == [("ru", SUPPORTED)]


def test_a_quarter_of_its_words_in_one_claim_is_enough_when_half_are_between_them():
    # 55 % between "Moscow stands ready to expand gas deliveries" and "It proposed to build new pipelines", 27 % in one
    assert _verdicts("Moscow would expand deliveries and build new pipelines for European customers next winter "
                     "despite sanctions, the Kremlin said.") == [("ru", SUPPORTED)]


def test_less_than_half_between_the_claims_carries_nothing():
    assert _verdicts("Moscow is ready to expand gas deliveries for European customers and Asian buyers next winter "
                     "despite sanctions, falling prices and rising costs, the Kremlin said.") == [("ru", UNSUPPORTED)]


def test_a_count_is_no_point_of_an_account_retold():
    # "the two leaders" is the call's scene: "two inspectors" shares no point with it (with it, half the words)
    kremlin = ("Vladimir Putin held a telephone conversation with President of France Emmanuel Macron. The two leaders "
               "had an exchange of views on the situation at the nuclear power plant. The leaders also spoke about "
               "inspectors.")
    elysee = ("President Emmanuel Macron spoke with President Vladimir Putin of Russia. The President urged an end to "
              "the war and called for negotiations.")
    texts = [reading("ru", kremlin, OFFICIAL, "President of Russia", "RU"),
             reading("fr", elysee, OFFICIAL, "Elysee", "FR")]
    found = cited_verdicts(texts, "Russian President Vladimir Putin spoke with French President Emmanuel Macron on "
                           "Sunday. The shutdown of the power plant left two inspectors on site to monitor the "
                           "situation daily, the Kremlin said.")
    assert found == [("ru", UNSUPPORTED)]
