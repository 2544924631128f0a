"""The module-level patterns an analysis of corpus/ never uses are compiled on first use, not when the engine is
imported (a leader's taking office, a joint press conference, a byline, a source line's author, a list's end, ...),
and each answers as the pattern compiled at once does."""

import importlib
import re

from readout_viewer.core.system.lazyre import LazyPattern
from tests.builders import compiled_at_import

# Each module and its patterns compiled late (speed54's census: none of them is used by an analysis of corpus/).
LATE = {
    "attributions.absent": ("_AS_SAYING", "_DATELINE", "_LEADERS", "_NEXT_CONTACT", "_SETTING", "_WHO"),
    "attributions.cues": ("_CLOSES",),
    "attributions.evidence": ("_WORD",),
    "attributions.government_cue": ("_CAPITALISED", "_CLAUSE_BEFORE", "_SIDE_BEFORE", "_VOICES_ALONE"),
    "attributions.occasions": ("_CAPITALISED", "_JOINT", "_OPENS", "_PRESS_STATEMENT", "_PRESS_WORD"),
    "attributions.own_bodies": ("_POSSESSIVE",),
    "attributions.press_words": ("BOTH_LEADERS",),
    "attributions.relayed": ("_BOTH_LEADERS", "_BOTH_NAMED", "_PRONOUN_NAMED", "_THEY_JOINTLY", "_TURN"),
    "attributions.source_leaders": ("_AUTHOR",),
    "attributions.story_parts": ("_NEXT_LABEL",),
    "attributions.units": ("_NAME_TAIL",),
    "attributions.unreported": ("_OF_A_CALL",),
    "attributions.unreported_joint": ("_CITED",),
    "attributions.unreported_others": ("_POSSESSIVE",),
    "language.captions": ("_PICTURED",),
    "language.countries": ("_APPOSED_TO", "_DAY_NUMBER"),
    "language.kinds": ("_BYLINE", "_CAPS_CREDIT", "_FOLLOWS", "_SOURCE_LINE"),
    "language.worddiff": ("_TOKEN",),
    "linking.briefings_told": ("_WORD",),
    "linking.greeters": ("_CONGRATULATES", "_OFFICIAL"),
    "linking.ledes": ("_FRAME_END",),
    "linking.occasions": ("OFFICE",),
    "linking.openings": ("_CLOSED_ON",),
    "linking.places_discussed": ("_CAPITALISED", "_VISIT"),
    "linking.terms": ("_CAPITAL_PART", "_HANDLE"),
    "linking.topic_lists": ("_ITEM_END", "_LIST_END"),
    "loading.encoding": ("_LETTERS",),
    "loading.markup": ("_FIRST_ITEM",),
    "loading.plaintext": ("_LONG_WORD",),
    "loading.webpage": ("_NAME_WORDS", "_SKIP_LINK", "_XML_DECLARATION"),
}
IMPORTS = ("from readout_viewer.core import stages\n"
           "from readout_viewer.core.analysis import analyze\n"
           "from readout_viewer.core import " + ", ".join(sorted({m.split('.')[0] for m in LATE})) + "\n" +
           "".join(f"import readout_viewer.core.{m}\n" for m in LATE))
PATTERNS = "(" + "".join(f"readout_viewer.core.{m}.{name}, " for m, names in LATE.items() for name in names) + ")"
# Sentences on which some of them match (each pattern is tried on every one).
TEXTS = (
    "Biden congratulated Lula on taking office as President of Brazil on January 1.",
    "The two leaders held a joint press conference in Rome, then spoke to reporters.",
    "By John Smith and Jane Doe",
    "REUTERS/Evelyn Hockstein",
    "As reported by Xinhua News Agency",
    "Vladimir Putin, President of Russia",
    "He (Putin)",
    "They also agreed to remain in contact, while the ministers will meet next week.",
    "According to the Kremlin, the sides discussed Ukraine; whereas Kyiv was not mentioned.",
    "Trade, security and climate change, according to the readout, were discussed.",
    "Macron (pictured) arrived in Paris.\nNotes: none",
    "Modi said his visit to Washington and trips to Paris were fruitful, as follows: trade.",
    "@RishiSunak thanked the Prime Minister's office.",
    "<?xml version='1.0'?> Skip to content",
)


def _module(name: str):
    return importlib.import_module(f"readout_viewer.core.{name}")


def test_importing_the_engine_compiles_none_of_them():
    count = sum(len(names) for names in LATE.values())
    assert compiled_at_import(IMPORTS, PATTERNS) == ["0", str(count)]


def test_each_is_a_lazy_pattern_answering_as_the_compiled_pattern_does():
    for module, names in LATE.items():
        for name in names:
            lazy = getattr(_module(module), name)
            assert isinstance(lazy, LazyPattern), (module, name)
            compiled = re.compile(lazy.pattern, lazy.flags)
            for text in TEXTS:
                assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
                assert lazy.findall(text) == compiled.findall(text)
                assert (lazy.match(text) or compiled.match(text)) is None or \
                    lazy.match(text).span() == compiled.match(text).span()


def test_the_sentences_match_some_of_them():
    matched = {(module, name) for module, names in LATE.items() for name in names
               if any(getattr(_module(module), name).search(text) for text in TEXTS)}
    assert {("linking.occasions", "OFFICE"), ("attributions.occasions", "_JOINT"), ("language.kinds", "_BYLINE"),
            ("linking.places_discussed", "_VISIT"), ("attributions.relayed", "_TURN")} <= matched
