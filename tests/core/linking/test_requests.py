"""Who asked for the call: two claims that name the same side as the one that requested or initiated the call report
the same fact (`requests.request_links`), however each words it; a claim naming the other side does not."""

from readout_viewer.core.language.synonyms import concept
from readout_viewer.core.linking.requests import requester
from tests.core.linking.reports import north, reporting

LEADERS = {concept("ola"): "NO", concept("berg"): "NO", concept("ivan"): "SE", concept("sol"): "SE"}
REQUEST = "The conversation took place at the initiative of the Swedish side."
NORTH = north(REQUEST)


def test_who_asked_in_several_wordings():
    for said in ("The call, made at President Sol's request, lasted an hour.",
                 "The call took place at the request of the Swedish side.",
                 "The call, reportedly initiated by Sweden, also covered fisheries.",
                 "The palace said Sol initiated the phone call.",
                 "The exchange came during a phone call that Sol requested.",
                 "The readout said the conversation was requested by Stockholm.",
                 "Berg had a phone conversation with Swedish President Ivan Sol at the latter's request."):
        assert requester(said, LEADERS) == "SE", said


def test_no_request_of_the_call():
    for said in ("Berg accepted the invitation of Sol to visit Stockholm.",
                 "Sol renewed his request for more trawlers.",
                 "The remarks made by Sol during the call were firm.",
                 "Berg had a phone conversation with Swedish President Ivan Sol at the former's request."):
        assert requester(said, LEADERS) != "SE", said


def test_the_request_retold_reports_the_request():
    for said in ("The call, reportedly initiated by Sweden, also covered cooperation in fisheries.",
                 "Swedish media noted that the call was made at President Sol's request."):
        assert reporting(NORTH, REQUEST, said) == [said], said


def test_the_other_side_asking_is_not_reported():
    said = "The call, reportedly initiated by Norway, also covered cooperation in fisheries."
    assert not reporting(NORTH, REQUEST, said)
