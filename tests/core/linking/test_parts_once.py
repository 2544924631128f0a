"""A claim's parts are worked out once however they are asked for: parts(text) and parts(text, False) are one
memo entry (lru_cache keys a call by how its arguments are written), with the answer of the parting itself."""

from readout_viewer.core.linking import claim_parts
from readout_viewer.core.linking.claim_parts import parts

LONG = ("The leaders discussed the trade talks, which stalled in the spring; the two sides agreed to meet again, and "
        "they tasked their ministers to prepare the next round.")
SPOKEN = "We raised the grain deal with them, and the ports came up too, so we will follow up on both next week."


class Counting:
    """claim_parts._PIECES, counting its splits."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def split(self, text: str) -> list[str]:
        self.texts.append(text)
        return PIECES.split(text)


PIECES = claim_parts._PIECES


def test_each_way_of_asking_parts_the_text_once(monkeypatch):
    counting = Counting()
    monkeypatch.setattr(claim_parts, "_PIECES", counting)
    claim_parts._parts.cache_clear()
    first = parts(LONG)
    assert parts(LONG, False) is first and parts(LONG, spoken=False) is first
    assert counting.texts == [LONG]
    claim_parts._parts.cache_clear()


def test_the_answer_is_the_parting_s():
    claim_parts._parts.cache_clear()
    whole = [p for p in PIECES.split(LONG) if p and not p.isspace()]
    assert parts(LONG) == parts(LONG, False) == whole and len(whole) == 4
    # a transcript's claim parts further (at ", and" / ", so"): its own entry, not the written claim's
    assert parts(SPOKEN, True) == ["We raised the grain deal with them", "the ports came up too",
                                   "we will follow up on both next week."]
    assert parts(SPOKEN) == parts(SPOKEN, False) == []
    assert parts("Short claim.") == []
