"""The office of the leader a readout's first line says its leader spoke with, when his side has no text in the
folder and no country's title stands before his name: a source of reports of the call no readout carries."""

from pathlib import Path

from tests.builders import one_readout_unreported

# The Norwegian side's readout alone: Sol is named only as "President-elect Eva Sol of Sweden".
ALONE = ("President Ola Berg spoke today with President-elect Eva Sol of Sweden to congratulate her on her election. "
         "President Berg proposed a joint patrol of the strait.")


def _listed(root: Path, news: str) -> list[str]:
    """The texts of the claims listed as in no readout, for a folder of ALONE and one news text."""
    return one_readout_unreported(root, "Office of the Norwegian President", "NO", ALONE, news)


def test_the_president_elects_office_is_a_source(tmp_path):
    news = ("On Wednesday she thanked Berg for his efforts to free the fishermen held in the northern islands, the "
            "president-elect's office said.")
    assert _listed(tmp_path, news) != []


def test_her_office_by_name_is_a_source(tmp_path):
    news = "Sol's office said she thanked Berg for his efforts to free the fishermen held in the northern islands."
    assert _listed(tmp_path, news) != []


def test_her_own_stance_off_the_call_is_not_listed(tmp_path):
    # her name is no source: a stance of her campaign is no report of the call
    news = "During her campaign, Sol stated that she would cut the tax on fishing boats by half."
    assert _listed(tmp_path, news) == []
