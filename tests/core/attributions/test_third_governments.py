"""A government that is no party to the call never makes a statement unsupported or misattributed: "according to
Italian media reports, citing a government spokesperson" cites Italy's government, not the call's; a party's is its
own texts, or the folder's accounts when it has none; a nationality before a noun is no person."""

from readout_viewer.core.model import MISATTRIBUTED, SUPPORTED, UNSUPPORTED
from tests.core.attributions.test_state_media import _found

SAID = "The two countries should expand trade in salmon and solar panels"
CITING = "media reports, citing a government spokesperson."


def test_a_third_countrys_government_spokesperson_is_no_cue_of_the_call():
    # Italy is in the country table, Denmark is not: neither is a party to the China-Norway call
    for third in ("Italian", "Danish"):
        found = _found(f"{SAID}, according to {third} {CITING}")
        assert found == []
        assert not any(verdict in (UNSUPPORTED, MISATTRIBUTED) for *_, verdict in found)


def test_a_partys_government_spokesperson_is_its_own_texts():
    assert _found(f"{SAID}, according to Chinese {CITING}") == [("cn", "a government", SUPPORTED)]


def test_a_party_with_no_text_is_checked_against_the_folders_accounts():
    # Norway's president is named in the Chinese readout, its own account is not in the folder
    assert _found(f"{SAID}, according to Norwegian {CITING}") == [("cn", "a government", SUPPORTED)]


def test_a_government_cited_with_no_country_named_is_the_calls():
    assert _found(f"{SAID}, the paper wrote, citing a government spokesperson.") == [
        ("cn", "a government", SUPPORTED)]


def test_a_nationality_before_a_noun_is_no_person():
    assert _found(f"{SAID}, according to Danish media.") == []
    # a name that ends as a nationality does and speaks is still a person
    assert [who for _, who, _ in _found(f"Talking about trade, Rolf Salman stated that {SAID[0].lower()}"
                                        f"{SAID[1:]}.")] == ["Rolf Salman"]
