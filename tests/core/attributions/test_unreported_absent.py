"""A report of what the government of a party with no text in the folder said of the call is in no readout, and its
detail says that side's own account is not in the folder; never where that side's text is present."""

from readout_viewer.core.attributions.absent import about_the_leaders, not_in_folder
from readout_viewer.core.attributions.side_names import most_named, unheard_sides
from readout_viewer.core.model import OFFICIAL
from tests.builders import NORTH, READOUT_FRONT, reading

# The Swedish readout as an excerpt that names no leader (as a two-sentence quotation of a readout does).
CUT_SOUTH = "[\u2026]\n\nThey discussed the fishing quota and ways to share it fairly between the two fleets.\n"
ASSESSED = ("Norwegian President Ola Berg and Swedish President Eva Sol gave a positive assessment of their joint "
            "patrol of the northern strait, Oslo said in a statement.\n")
OWN_POSITION = "Oslo said it is considering asking the Nordic Council to fund three new coast guard ships.\n"


def _flagged(root, news, north=None):
    """(claim text, detail) of every claim listed as in no readout: the Swedish excerpt, the Norwegian readout `north`
    when given, and one news text."""
    from readout_viewer.core.analysis import analyze  # the engine: only for the tests that ask for it

    front = READOUT_FRONT.format(s="Office of the Swedish President", side="SE").replace("---\n", "---\nexcerpt: true\n", 1)
    (root / "south.md").write_text(front + CUT_SOUTH)
    if north is not None:
        (root / "north.md").write_text(READOUT_FRONT.format(s="Office of the Norwegian President", side="NO") + north)
    (root / "news.txt").write_text(news)
    analysis = analyze(root)
    return [(analysis.claim[u.claim].text, u.detail) for u in analysis.unreported]


def test_a_report_cited_to_the_absent_sides_government_says_its_account_is_missing(tmp_path):
    flagged = _flagged(tmp_path, ASSESSED)
    assert [t for t, _ in flagged if t.startswith("Norwegian President Ola Berg and")]
    assert all("Oslo\u2019s own account is not in this folder" in d for _, d in flagged)


def test_no_such_note_where_that_sides_text_is_present(tmp_path):
    assert not any("own account is not in this folder" in d for _, d in _flagged(tmp_path, ASSESSED, NORTH))


def test_a_governments_own_position_is_no_report_of_the_call(tmp_path):
    flagged = [t for t, _ in _flagged(tmp_path, ASSESSED + "\n" + OWN_POSITION)]
    assert any(t.startswith("Norwegian President Ola Berg and") for t in flagged)  # Oslo's account of the call
    assert not any(t.startswith("Oslo said it is considering") for t in flagged)


def test_the_other_party_is_the_side_most_outlets_name_when_the_readout_names_none():
    readout = reading("south", CUT_SOUTH, role=OFFICIAL, side="SE", excerpt=True)
    berg = "Norwegian President Ola Berg spoke with Eva Sol. "
    news = [reading(f"n{i}", berg + "They met.") for i in range(3)]
    third = reading("n3", "Danish Prime Minister Mette Holm spoke too.")
    assert most_named([readout, *news, third], {"SE"}) == {"NO"}
    assert most_named([readout, news[0], third, reading("n4", "No leader.")], {"SE"}) == set()  # one of three
    assert most_named([readout, *news], {"SE", "DK"}) == set()  # both parties have a text
    assert unheard_sides([readout, *news], {"SE": ["south"]}) == {"NO"}


def test_about_the_leaders_by_name_office_pronoun_or_together():
    names = ["Ola Berg", "Berg"]
    assert about_the_leaders(" that Berg proposed a joint patrol.", names)
    assert about_the_leaders("Tromsø: Norwegian President Ola Berg and Eva Sol agreed ...", names)
    assert about_the_leaders("During the call, the two presidents agreed to share the quota", names)
    assert about_the_leaders(" They also discussed the strait.", names)
    assert about_the_leaders(" The Norwegian leader condemned the raids.", names)
    assert not about_the_leaders(" it is considering asking the Nordic Council for ships.", names)
    assert not about_the_leaders(" that Berg \u201cwill speak again to President Sol in the coming days\u201d.", names)


def test_the_note_names_the_government_as_cited_or_the_side():
    assert not_in_folder("RU", "kremlin") == "; the Kremlin\u2019s own account is not in this folder"
    assert not_in_folder("NO", "oslo") == "; Oslo\u2019s own account is not in this folder"
    assert not_in_folder("US") == "; the US side\u2019s own account is not in this folder"
    assert not_in_folder("NO") == "; the Norwegian side\u2019s own account is not in this folder"
