"""The linking tests' Norwegian readout and their one check: which outlet sentences report one of its lines."""

from readout_viewer.core.model import Document
from tests.builders import text_doc
from tests.core.linking.test_align import _links

# The readout's opening line, that the two leaders spoke, and a line of substance the outlets' sentences must not
# report by sharing a leader's name.
SPOKE = "Norwegian President Ola Berg spoke today with Swedish President Ivan Sol."
TARIFFS = "President Berg raised the harbour tariffs and the quotas for the trawlers."


def north(*lines: str) -> Document:
    """Norway's readout: its opening line, the tariffs line, then `lines`, one paragraph each."""
    return text_doc("north", "\n\n".join((SPOKE, TARIFFS, *lines)), side="NO")


def reporting(official: Document, line: str, *said: str) -> list[str]:
    """The outlet sentences (one paragraph each of one outlet text) linked to `line` of `official`."""
    paper = text_doc("paper", "\n\n".join(said), role="outlet")
    return [a for a, b, _ in _links(paper, official) if b == line]
