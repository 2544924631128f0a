"""Patterns most folders never use are compiled on first use, not when the engine is imported: the concerns a
leader raised, a meeting's place, the end of what a text is said to lack, a quotation's post or document, and the
four "his office" forms (asked only of a sentence holding "office")."""

from tests.builders import compiled_at_import

# After importing every stage.
IMPORTS = ("from readout_viewer.core import stages\n"
           "from readout_viewer.core.analysis import analyze\n"
           "from readout_viewer.core.attributions import his_office, judge\n"
           "from readout_viewer.core.linking import concerns, mentions\n"
           "from readout_viewer.core.quotes import posted")
RARE = ("(concerns.RAISED, mentions._PLACE, judge._ABSENCE_ENDS, posted._DOCUMENT, posted._IN_A_POST, "
        "*(p for p, _ in his_office._FORMS))")


def test_importing_the_engine_compiles_none_of_them():
    assert compiled_at_import(IMPORTS, RARE) == ["0", "9"]
