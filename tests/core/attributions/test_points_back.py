"""A sentence that only says who announced the one before it ("This was announced on Friday by Chinese President Xi
Jinping."): the sentence before is that leader's statement, and only it is listed as in no readout."""

from readout_viewer.core.analysis import analyze

FRONT = "---\ntitle: Readout\nsource: {s}\nrole: official\nside: '{side}'\ndate: '2024-01-10'\n---\n"
NORTH = ("In a call with Swedish President Eva Sol, Norwegian President Ola Berg proposed a joint patrol of the strait. "
         "He said unlicensed trawlers would face penalties.")
SOUTH = ("In a call with Norwegian President Ola Berg, Swedish President Eva Sol stressed that the fishing quota must be "
         "shared fairly between the two fleets.")
BASE = "Norway will build a new naval base on the Arctic island of Svalbard within two years."
NEWS = BASE + " This was announced on Wednesday by Norwegian President Ola Berg.\n"  # the readouts' day


def _analysis(tmp_path):
    (tmp_path / "north.md").write_text(FRONT.format(s="Office of the Norwegian President", side="NO") + NORTH)
    (tmp_path / "south.md").write_text(FRONT.format(s="Office of the Swedish President", side="SE") + SOUTH)
    (tmp_path / "news.txt").write_text(NEWS)
    return analyze(tmp_path)


def test_the_sentence_before_is_the_statement_of_a_leader_named_by_office_and_name(tmp_path):
    analysis = _analysis(tmp_path)
    [news] = [d for d in analysis.documents if "news" in d.id]
    [found] = [a for a in analysis.attributions if a.doc == news.id]
    assert news.text[found.start:].startswith(BASE)


def test_only_the_sentence_before_is_listed_as_in_no_readout(tmp_path):
    analysis = _analysis(tmp_path)
    assert [analysis.claim[u.claim].text for u in analysis.unreported] == [BASE]
