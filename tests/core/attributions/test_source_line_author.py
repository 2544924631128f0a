"""A side's own text whose source line names its author with a leader's title the texts give no one else
("Eva Sol, President-elect of Sweden (post on her account)"): an outlet's "Sol said on her account" cites that text,
where on main no text titled her as a leader and the cue named nobody."""

from dataclasses import replace

from readout_viewer.core.attributions.cited import source_table
from readout_viewer.core.model import MISATTRIBUTED, OFFICIAL, SUPPORTED
from tests.builders import cited_verdicts, reading

POST = reading("sol-post", "I have just held a very warm conversation with the Norwegian Prime Minister about the "
                           "fishing accord in the northern strait.", role=OFFICIAL,
               source="Eva Sol, President-elect of Sweden (post on her account)", side="SE")
READOUT = reading("no-readout", "Prime Minister Anders Berg spoke today with President-elect Eva Sol to congratulate "
                                "her on her election.", role=OFFICIAL, source="Office of the Prime Minister",
                  side="NO")


def test_the_author_named_by_the_source_line_cites_her_post():
    news = ("\"I have just held a very warm conversation with the Norwegian Prime Minister about the fishing accord,\" "
            "Sol said on her account.")
    assert ("sol-post", SUPPORTED) in cited_verdicts([POST, READOUT], news)


def test_the_title_before_the_name_names_the_author_too():
    post = replace(POST, source="President-elect Eva Sol (post on her account)")
    names = {s.name: s.docs for s in source_table([post, READOUT])}
    assert names.get("sol") == ("sol-post",) and names.get("eva sol") == ("sol-post",)


def test_a_body_or_an_aide_is_no_author():
    for source in ("Office of the President, Sweden", "Presidential Aide Nils Lund (Stockholm)",
                   "Ministry of Foreign Affairs, President's Office"):
        post = replace(POST, source=source)
        assert "sol" not in {s.name for s in source_table([post, READOUT])}


def test_a_side_whose_leader_a_text_titles_keeps_its_names():
    readout = reading("no-readout", "Norwegian Prime Minister Anders Berg spoke today with Swedish President Eva Sol.",
                      role=OFFICIAL, source="Office of the Prime Minister", side="NO")
    post = replace(POST, source="Eva Sol, President of Sweden (post on her account)")
    sol = [s for s in source_table([post, readout]) if s.name == "sol"]
    assert sol and all(s.leader for s in sol)  # the leader as the table reads her, not the author's entry


def test_the_author_is_a_leader_whose_words_are_never_misattributed():
    readout = reading("no-readout", "Prime Minister Anders Berg spoke today with President-elect Eva Sol. They "
                                    "discussed a joint patrol of the northern strait.", role=OFFICIAL,
                      source="Office of the Prime Minister", side="NO")
    news = "Berg and Sol also discussed \"a joint patrol of the northern strait.\""
    assert all(verdict != MISATTRIBUTED for _, verdict in cited_verdicts([POST, readout], news))
