"""An outlet's opening in the first person that gives its words to no leader ('Quote: "I had a telephone
conversation with ...') says that its "I" spoke with the leader it names: it reports the readout's line naming that
leader and one other (`ledes._other_party`); "following" ends an opening as "after" does."""

from tests.core.linking.test_lede_openings import _reporting


def test_an_unnamed_i_who_spoke_with_one_leader_is_the_other():
    post = ('Quote: "I had a telephone conversation with Swedish President Ivan Sol following the results of the vote '
            'on the quotas for the trawlers in the parliament.')
    assert _reporting(post) == {post}


def test_an_i_who_spoke_with_a_leader_of_no_party_is_no_party():
    post = ('Quote: "I had a telephone conversation with Danish President Mette Holm following the results of the vote '
            'on the quotas for the trawlers in the parliament.')
    assert _reporting(post) == set()
