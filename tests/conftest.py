"""Test setup shared by both tiers: Qt runs offscreen, and no test touches the user's real settings."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
# The engine compares by words alone (its default) even if the shell asks for the sentence model; tests of the
# model turn it on themselves.
os.environ["READOUT_VIEWER_MODEL"] = "none"

from dataclasses import replace  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

from readout_viewer.core.model import AGREE, DIVERGE, OFFICIAL, OUTLET, Analysis, Link, Omission, Quote  # noqa: E402
from tests.builders import build, doc  # noqa: E402

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

# Property tests check what holds, never how fast: on a shared 2-core machine Hypothesis's per-example deadline and its
# "input generation is slow" check failed correct code under load, so neither is a test here (speed lives in benchmarks/).
settings.register_profile("untimed", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("untimed")


@pytest.fixture(scope="session", autouse=True)
def _shared_embeddings(tmp_path_factory):
    """Sentence vectors are a pure function of the text: one cache for the whole session keeps the suite fast
    while each test still has its own home (the real cache is never touched)."""
    os.environ["READOUT_VIEWER_EMBEDDINGS"] = str(tmp_path_factory.mktemp("embeddings"))


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Keep QSettings and per-user fallbacks out of the real home directory."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    # `--no-cache` sets READOUT_VIEWER_NO_CACHE for the rest of its process: set and removed here, so that the
    # variable is put back as it was after each test
    monkeypatch.setenv("READOUT_VIEWER_NO_CACHE", "")
    monkeypatch.delenv("READOUT_VIEWER_NO_CACHE")
    return home


@pytest.fixture(scope="session")
def corpus() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def corpus_analysis():
    """The analysis of the bundled corpus, computed once per test session."""
    from readout_viewer.core.analysis import analyze
    return analyze(CORPUS)


@pytest.fixture
def tiny() -> Analysis:
    """Two official readouts and an outlet: one agreement, one divergence, one omission, one altered quote."""
    us = doc("e1/us", OFFICIAL, "US", "readout", "Washington")
    ru = doc("e1/ru", OFFICIAL, "RU", "readout", "Moscow")
    out = doc("e1/paper", OUTLET, None, "news", "The Paper", date="2020-01-02")
    a = build("/tmp/tiny", [
        (us, ["The leaders spoke for two hours.", "They agreed to meet again.", "Trade was discussed at length."]),
        (ru, ["The presidents talked for two hours.", "No new meeting was agreed.", "Weather and rain were mentioned."]),
        (out, ["The two men spoke for two hours, officials said.", "A reporter said “they agreed to meet soon”."]),
    ], links=[
        Link("e1/ru#1", "e1/us#1", AGREE, 0.9),
        Link("e1/ru#2", "e1/us#2", DIVERGE, 0.7, reason="negation", detail="one side says no meeting was agreed"),
        Link("e1/paper#1", "e1/us#1", AGREE, 0.8),
    ], omissions=[Omission("e1/us#3", ("e1/ru", "e1/paper")), Omission("e1/us#2", ("e1/paper",))])
    start = a.document["e1/paper"].text.index("they agreed")
    quote = Quote("e1/paper", start, start + len("they agreed to meet soon"), "altered",
                  diff=((0, "they agreed to meet "), (-1, "again"), (1, "soon")))
    return replace(a, quotes=(quote,))


@pytest.fixture
def long_pair() -> Analysis:
    """Two long documents whose claims are linked one to one, with texts of different lengths (for scrolling)."""
    left = doc("e1/left", OFFICIAL, "US", "readout", "Left")
    right = doc("e1/right", OUTLET, None, "news", "Right")
    n = 60
    left_claims = [f"¶Left sentence {i} says something about topic {i}." for i in range(n)]
    right_claims = [f"¶Right sentence {i} " + "retells it with many more words " * (1 + i % 4) + "." for i in range(n)]
    links = [Link(f"e1/right#{i + 1}", f"e1/left#{i + 1}", AGREE, 0.9) for i in range(n)]
    return build("/tmp/long", [(left, left_claims), (right, right_claims)], links=links)
