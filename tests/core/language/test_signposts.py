"""A signpost to what follows is page furniture; a sentence that states something after its colon is not."""

import pytest

from readout_viewer.core.language.kinds import kind_of
from readout_viewer.core.model import BOILERPLATE, STATEMENT


@pytest.mark.parametrize("sentence", [
    "Here's how they addressed key issues.",
    "Here is what we know:",
    "Here's what to know about the call: who asked for it and what was agreed.",
    "Here are the key takeaways",
])
def test_a_signpost_alone_is_page_furniture(sentence: str) -> None:
    assert kind_of(sentence) == BOILERPLATE


@pytest.mark.parametrize("sentence", [
    "Here is what I would like to point out specifically: the French President and I agreed to keep working on "
    "security guarantees for Europe.",
    "Here's what was agreed: both leaders will resume talks on strategic stability next month.",
])
def test_a_statement_after_the_colon_is_a_statement(sentence: str) -> None:
    assert kind_of(sentence) == STATEMENT
