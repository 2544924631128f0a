"""Patterns most folders never use are compiled on first use, not when the engine is imported: the concerns a
leader raised, a meeting's place, the end of what a text is said to lack, a quotation's post or document, and the
three "his office" forms (asked only of a sentence holding "office")."""

import subprocess
import sys

# In a fresh process (another test may have used the patterns), after importing every stage.
CODE = ("from readout_viewer.core import stages\n"
        "from readout_viewer.core.analysis import analyze\n"
        "from readout_viewer.core.attributions import his_office, judge\n"
        "from readout_viewer.core.linking import concerns, mentions\n"
        "from readout_viewer.core.quotes import posted\n"
        "rare = (concerns.RAISED, mentions._PLACE, judge._ABSENCE_ENDS, posted._DOCUMENT, posted._IN_A_POST,\n"
        "        *(p for p, _ in his_office._FORMS))\n"
        "print(sum(not hasattr(p, '__dict__') or 'search' in vars(p) for p in rare), len(rare))\n")


def test_importing_the_engine_compiles_none_of_them():
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "8"]
