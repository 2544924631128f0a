"""An institution's account retold in one sentence gathers points the account makes in two or three: the cited text
carries it when one of its claims holds a quarter of the statement's words and its claims between them half,
the call's scene, how it was made public and the leaders' names aside (`judge._spread`); not for a cue citing both
sides' accounts at once, nor for a statement of fewer than five such words."""

from readout_viewer.core.model import OFFICIAL, SUPPORTED, UNSUPPORTED
from tests.builders import cited_verdicts, reading

KREMLIN = ("Vladimir Putin held a telephone conversation with Federal Chancellor of Germany Olaf Scholz. Moscow stands "
           "ready to expand deliveries. It proposed to build new pipelines. The harvest outlook was also touched upon.")
BERLIN = ("Chancellor Olaf Scholz spoke with President Vladimir Putin of Russia. The Chancellor urged an end to the war "
          "and called for negotiations.")
LEAD = "Russian President Vladimir Putin spoke with German Chancellor Olaf Scholz on Friday. "
RETOLD = "Moscow is ready to expand gas deliveries and build new pipelines for European customers"


def verdicts_of(kremlin: str, sentence: str) -> list[tuple[str | None, str]]:
    """The verdicts on an outlet's sentence (after LEAD) in a folder of `kremlin`'s text and BERLIN."""
    texts = [reading("ru", kremlin, OFFICIAL, "President of Russia", "RU"),
             reading("de", BERLIN, OFFICIAL, "Bundesregierung", "DE")]
    return cited_verdicts(texts, LEAD + sentence)


def _verdicts(sentence: str) -> list[tuple[str | None, str]]:
    return verdicts_of(KREMLIN, sentence)


def test_an_account_retold_in_one_sentence_is_carried_by_its_claims_between_them():
    assert _verdicts(f"{RETOLD}, according to the Kremlin.") == [("ru", SUPPORTED)]


def test_both_sides_accounts_cited_at_once_are_no_one_account_retold():
    assert [verdict for _, verdict in _verdicts(f"{RETOLD}, according to state media.")] == [UNSUPPORTED]


def test_a_few_words_besides_the_calls_scene_are_no_account_retold():
    found = _verdicts("In a phone call announced on Telegram, Putin and Scholz talked about how deliveries could "
                      "expand soon, the Kremlin said.")
    assert found == [("ru", UNSUPPORTED)]
