"""The command line and the analysis cache: a repeated command reads the cache, --no-cache analyses afresh."""

import os

import pytest

from readout_viewer.cli import main
from readout_viewer.core import analysis
from readout_viewer.core.system import cache


@pytest.fixture
def runs(monkeypatch):
    found = []
    real = analysis.run

    def run(root, *args, **kwargs):
        found.append(root)
        return (yield from real(root, *args, **kwargs))
    monkeypatch.setattr(analysis, "run", run)
    return found


def test_the_same_command_twice_analyses_once_and_prints_the_same(corpus, capsys, runs):
    assert main(["analyze", str(corpus), "--json", "--no-decisions"]) == 0
    first = capsys.readouterr().out
    assert main(["analyze", str(corpus), "--json", "--no-decisions"]) == 0
    assert capsys.readouterr().out == first
    assert len(runs) == 1


@pytest.mark.parametrize("command", [["analyze"], ["findings"], ["analyze", "--json"]])
def test_no_cache_analyses_afresh_and_writes_nothing(corpus, capsys, runs, monkeypatch, command):
    monkeypatch.delenv(cache.NO_CACHE_ENV, raising=False)
    assert main([command[0], str(corpus), *command[1:], "--no-cache"]) == 0
    assert main([command[0], str(corpus), *command[1:], "--no-cache"]) == 0
    assert len(runs) == 2 and not list(cache.folder().glob("*"))
    monkeypatch.delenv(cache.NO_CACHE_ENV, raising=False)  # --no-cache set it for the rest of its process


def test_the_environment_variable_does_what_the_option_does(corpus, capsys, runs, monkeypatch):
    monkeypatch.setenv(cache.NO_CACHE_ENV, "1")
    assert main(["analyze", str(corpus)]) == 0
    assert main(["analyze", str(corpus)]) == 0
    assert len(runs) == 2 and os.environ[cache.NO_CACHE_ENV] == "1"
