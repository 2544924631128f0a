"""When every official text of a meeting is a record of the leaders' statements at its press appearance, what a leader
said there and the stored copies lack is unreported; one side's readout of the talks makes the appearance an occasion
apart again, and a leader's views given at it stay held back (occasions.press_statement, occasions.views_apart)."""

from pathlib import Path

from readout_viewer.core.analysis import analyze
from readout_viewer.core.attributions.occasions import press_statement, views_apart
from readout_viewer.core.model import Document
from tests.builders import NORTH, SOUTH, WARSHIPS

JOINT = "Speaking on Monday at a joint press conference in Oslo, President Berg praised the Swedish fleet.\n\n"
ASIDE = "The strait has been disputed for decades.\n\n"
NEWS = JOINT + ASIDE + WARSHIPS + ".\n"
FRONT = "---\ntitle: {title}\nsource: {source}\nrole: official\nside: '{side}'\ndate: '2024-01-10'\n---\n"
BERG_STATEMENTS = "Press statements following talks with Swedish President Eva Sol"
SOL_STATEMENT = "Statement by President Eva Sol following her meeting with President Ola Berg"


def _listed(root: Path, north_title: str, south_title: str) -> list[str]:
    """The texts listed as in no readout beside the Norwegian NORTH and the Swedish SOUTH under the given titles."""
    (root / "north.md").write_text(FRONT.format(title=north_title, source="Office of the Norwegian President",
                                                side="NO") + NORTH)
    (root / "south.md").write_text(FRONT.format(title=south_title, source="Office of the Swedish President",
                                                side="SE") + SOUTH)
    (root / "news.txt").write_text(NEWS)
    analysis = analyze(root)
    return [analysis.claim[u.claim].text for u in analysis.unreported]


def _official(title: str, text: str = "Good afternoon.") -> Document:
    return Document("a", "a.md", title, text, role="official", side="NO")


def test_his_words_at_the_press_are_listed_when_every_official_text_is_a_press_statement(tmp_path):
    assert any("warships" in t for t in _listed(tmp_path, BERG_STATEMENTS, SOL_STATEMENT))  # main: held back


def test_his_views_stay_held_back_when_his_side_has_only_a_readout(tmp_path):
    assert not any("warships" in t for t in _listed(tmp_path, "Readout", SOL_STATEMENT))


def test_his_views_stay_held_back_when_the_other_side_has_a_readout_of_the_talks(tmp_path):
    assert not any("warships" in t for t in _listed(tmp_path, BERG_STATEMENTS, "Readout"))


def test_a_press_statement_is_named_by_the_title_or_the_first_sentence():
    assert press_statement(_official(BERG_STATEMENTS))
    assert press_statement(_official(SOL_STATEMENT))
    assert press_statement(_official("President Sol's press statement with President Berg"))
    assert press_statement(_official("Oslo talks", "Ola Berg and Eva Sol made press statements following their "
                                                   "talks. Good afternoon.\n\nThe talks were useful."))
    assert not press_statement(_official("Readout"))
    assert not press_statement(_official("Statement of the Office on the meeting with President Sol"))  # no press
    assert not press_statement(Document("a", "a.md", BERG_STATEMENTS, "x"))  # an outlet's story of them


def test_views_are_apart_unless_every_official_text_is_a_press_statement():
    story = Document("n", "n.txt", "News", JOINT + ASIDE)
    assert views_apart([_official("Readout"), _official(SOL_STATEMENT), story])
    assert not views_apart([_official(BERG_STATEMENTS), _official(SOL_STATEMENT), story])  # main: apart
    assert not views_apart([_official("Readout"), Document("n", "n.txt", "News", ASIDE)])  # no press met
