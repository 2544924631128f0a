"""The leader-by-office pattern is read for its text (the subject pattern holds it) and compiled only when searched."""

import re
import subprocess
import sys

from readout_viewer.core.language import countries

CODE = ("import sys\nfrom readout_viewer.core.language import countries, speakers\n"
        "print(speakers.Speakers({'Berg': 'NO'}).found('The Russian president said Berg was right.')[0][2],"
        " 'search' in vars(countries.ROLE_PATTERN))\n")


def test_finding_a_leader_by_office_compiles_no_role_pattern():
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["RU", "False"]


def test_searched_it_matches_as_the_compiled_pattern_does():
    compiled = re.compile(countries.ROLE_PATTERN.pattern, re.IGNORECASE)
    for text in ("Then THE US Leader spoke.", "the Russian side, the Chinese head of state", "the president"):
        assert [m.group("adj") for m in countries.ROLE_PATTERN.finditer(text)] == \
            [m.group("adj") for m in compiled.finditer(text)]
