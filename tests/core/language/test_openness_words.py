"""A side "open to" a thing, or its "openness" to it, is ready for it: the stems parted "openne" and "open" from the
readiness group ("ready", "willing"), so a short "was open to dialogue" shared no such concept with a readout's
"confirmed the openness of the side to dialogue" or "willingness to talk" (synonyms.WORD_SENSES, PHRASES)."""

from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.linking.terms import terms

OUTLET = "Berg told Sol that the island was open to dialogue on the fisheries."
READOUT = "Berg confirmed the openness of the island to dialogue on the fisheries and on the harbour dues."
WILLING = "Berg reiterated the island's willingness to hold a dialogue on the fisheries."


def test_openness_and_open_to_are_readiness_shared_by_an_outlet_and_a_readout():
    ready = concept("readiness")
    assert concept("openness") == ready == concept("willingness")
    assert ready in terms(OUTLET).concepts & terms(READOUT).concepts & terms(WILLING).concepts


def test_openly_stays_frank_and_an_open_market_is_not_readiness():
    assert concept("openly") == concept("frank") != concept("readiness")
    assert concept("readiness") not in terms("Berg said the harbour was open on Sunday.").concepts
