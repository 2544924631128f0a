"""The sentences of a text that name a source, in order: by name, or by a pronoun or a role for the person named just
before."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from readout_viewer.core.attributions.bare_cues import account_noun
from readout_viewer.core.attributions.cue_sides import Cue
from readout_viewer.core.attributions.cue_words import ACT_VERBS, STANCE_VERBS
from readout_viewer.core.attributions.cues import CueFinder
from readout_viewer.core.attributions.government_cue import government_cue, joint_cue
from readout_viewer.core.attributions.his_office import his_office
from readout_viewer.core.attributions.pronouns import opened_on, pronoun_cue
from readout_viewer.core.attributions.quote_labels import label_cue, runs_on
from readout_viewer.core.attributions.spans import Overlapping
from readout_viewer.core.attributions.units import continued
from readout_viewer.core.model import Claim, Document
from readout_viewer.core.quotes.marks import Quotation

# A spokesperson named by role with "the" ("the Kremlin spokesman said"): the spokesperson the text named just before,
# if it did (pronouns.py), else the source's unnamed spokesperson.
_THE_ROLE = re.compile(r"the\s", re.IGNORECASE)
# Sentences without a cue after which "he added" still speaks for the last spokesperson or official named as
# speaking: one, as news writing puts a line of its own between a quotation and the next ("..., Peskov said. The
# Kremlin leader also invited Trump to visit Moscow. In addition to Ukraine, the two leaders discussed ..., he
# added."). Not for a leader: the line between is mostly about a leader too, and a leader's words no account carries
# are listed as in no readout (measured: two more wrong such flags on the kept-out events).
SPEAKER_QUIET = 1
# ... though a line about the same leader, opening on his pronoun ("He was referring to strained relations ..."),
# keeps him the speaker a quotation after it closes on ("“...,” he said"): the writer's gloss of what he
# just said, not a line about another (Round 46, helper unrep19: read50 "not in any readout" found +2, no wrong flag).
_HE_GOES_ON = re.compile(r"\W*(?:he|she)\s", re.IGNORECASE)
# A cue whose verb is a stance taken (cue_words.STANCE_VERBS), searched in the cue's own words.
_STANCE = re.compile(rf"\b(?:{STANCE_VERBS})\b", re.IGNORECASE)
# Unless the verb is an act done on the call (cue_words.ACT_VERBS), told as done then: not in the perfect, which tells
# an earlier act, or one a question asks about ("When asked if the US president had invited Milei to visit ...").
_ACT = re.compile(rf"(?<!\bhad\s)(?<!\bhas\s)(?<!\bhave\s)\b(?:{ACT_VERBS})\b", re.IGNORECASE)


def source_cues(doc: Document, spans: Sequence[tuple[int, int, Cue | None]], closed: Sequence[tuple[int, int]],
                near_quotations: Overlapping[Quotation], finder: CueFinder, claims: Sequence[Claim],
                accounts: tuple[str, ...]) -> Iterator[tuple[int, Cue]]:
    """The index of each sentence that names a source, and its cue: by name, or by a pronoun or a role for
    the person a sentence just before named as speaking. A sentence whose claims are none of them statements
    (a question, a caption, procedure, page furniture) has none: it is never linked, so a check would find its
    words nowhere and call a question or a caption unsupported (`claims`: the document's claims of every kind;
    `accounts`: the other official texts of its event, for a cue naming "the government" and no more)."""
    near_closed = Overlapping(closed, lambda span: span)
    near_claims = Overlapping(claims, lambda c: (c.start, c.end))
    speaking: Cue | None = None  # the person the sentence just before named as speaking, for "he added"
    account: Cue | None = None  # the last cue citing a text of the folder, for "the statement" named far after it
    by_noun: dict[str, Cue] = {}  # each document noun and the last cue citing a text by it, for "the statement"
    quiet = 0  # sentences since the last that named a source
    for k, (start, end, again) in enumerate(spans):
        around = near_claims.at(start, end)
        if around and not any(c.is_statement for c in around):
            speaking = None
            continue
        cue = again or finder.find(doc.text, start, end, people=not doc.is_official,
                                   quoted=near_closed.at(start, end), account=account, by_noun=by_noun)
        cue = _named(doc, start, end, cue, finder, accounts)
        cue = _spoken_on(doc, start, end, cue, speaking, near_quotations)
        quiet = 0 if cue is not None else quiet + 1
        account = cue if cue is not None and cue.docs and not doc.is_official else account
        if account is cue and cue is not None and (noun := account_noun(doc.text[cue.start:cue.end])):
            by_noun[noun] = cue
        if cue is not None or quiet > SPEAKER_QUIET or (speaking is not None and speaking.leader and
                                                         not _HE_GOES_ON.match(doc.text, start, end)):
            speaking = cue if cue is not None and (cue.person or cue.leader) and not doc.is_official else None
        if not doc.is_official and not (cue is not None and (cue.person or cue.leader)):
            # a leader the sentence opens on, though no cue names them as speaking: a pronoun next is theirs
            speaking = opened_on(doc.text, start, end, finder.by_name) or speaking
        if cue is not None:
            yield k, cue


def _named(doc: Document, start: int, end: int, cue: Cue | None, finder: CueFinder, accounts: tuple[str, ...]
           ) -> Cue | None:
    """A sentence's cue as the source it names (`cue`: what the finder found): "the government" for every official
    text of the event, an office over its leader, a stance taken; None when the text names itself."""
    if cue is None and not doc.is_official and accounts:
        # "the government said": every official text, or a party's own, none of a third country's
        cue = government_cue(doc.text, start, end, accounts, finder.by_name) or \
            joint_cue(doc.text, start, end, accounts)  # "the two countries announced": every account
    if cue is None and not doc.is_official:
        cue = label_cue(doc.text, start, end, finder.by_name)  # 'Quote from Zelenskyy: "...'
    if (cue is None or cue.leader) and not doc.is_official:
        cue = his_office(doc.text, start, end, finder.by_name) or cue  # an office over its leader
    if cue is not None and _STANCE.search(doc.text, cue.cue_start, cue.cue_end) and not acts(doc.text, cue):
        cue = cue._replace(stance=True)  # "Biden reaffirmed ...": and "He added ..." after it
    if cue is not None and cue.docs and set(cue.docs) <= {doc.id}:
        cue = None  # the text names itself ("..., according to AFP" in AFP's story): a pronoun may still cite
    return cue


def acts(text: str, cue: Cue) -> bool:
    """Whether a cue's verb tells an act done on the call (`_ACT`: "Biden invited Suga to ..."), not words said."""
    return bool(_ACT.search(text, cue.cue_start, cue.cue_end))


def _spoken_on(doc: Document, start: int, end: int, cue: Cue | None, speaking: Cue | None,
               near_quotations: Overlapping[Quotation]) -> Cue | None:
    """A sentence's cue read on from the person the sentence before named as speaking (`speaking`): "the official"
    goes on, "the press secretary stated" or "he added" is that person, as is a quotation that continues."""
    if cue is not None and cue.unnamed and cue.antecedent and speaking is not None and speaking.unnamed:
        cue = cue._replace(docs=speaking.docs, antecedent=speaking.antecedent)  # "the official" goes on
    if cue is not None and speaking is not None and cue.person and _THE_ROLE.match(doc.text, cue.start):
        cue = pronoun_cue(doc.text, start, end, speaking) or cue  # "the White House press secretary stated"
    if cue is None and speaking is not None:
        quoted = near_quotations.at(start, end)
        cue = pronoun_cue(doc.text, start, end, speaking) or continued(doc.text, start, end, speaking, quoted) or \
            runs_on(doc.text, start, end, speaking, quoted)
    return cue
