"""What one folder's texts hold of a statement: how much each cited text carries, the claim quoted as evidence."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from readout_viewer.core.attributions.carriers import ClaimIndex
from readout_viewer.core.attributions.cue_words import LEADER_NOUNS
from readout_viewer.core.attributions.scene import COUNTS, SETTING_STEMS, without_scene
from readout_viewer.core.attributions.statements import Statement, content, leader_words
from readout_viewer.core.attributions.unreported import excerpt_note
from readout_viewer.core.attributions.verdicts import (
    CITED_LINK_HOPS,
    EVIDENCE_CHARS,
    FOUND_MIN,
    LINKED_MIN,
    MIN_PHRASE_WORDS,
    POINT_WORDS,
    PUBLISHED_WORDS,
    SENSE_MIN,
    UNREPORTED_MAX_SHARE,
)
from readout_viewer.core.labels import prose_names
from readout_viewer.core.language.countries import COUNTRY_WORDS, LEADER_TITLES, NAME_WORD
from readout_viewer.core.language.text import clip, fold
from readout_viewer.core.model import Claim, Document, Link
from readout_viewer.core.quotes.marks import Quotation
from readout_viewer.core.system.lazyre import LazyPattern

# A word as the point test reads it (`_a_point`: its first letter says whether it is a name), and the leaders' titles,
# which name who acted ("the Chinese president"), not what was said.
_WORD = LazyPattern(r"[\w'\u2019\-]+")
_TITLE_WORDS = content(" ".join(LEADER_TITLES))
# A report of both leaders together, opening on them ("Egyptian President Abdel-Fattah al-Sissi and Russian President
# Vladimir Putin on Saturday pledged to work together to achieve a ceasefire", "the two leaders agreed ..."), after a
# setting up to its comma: the official texts tell what the leaders agreed together in their own claim of both ("The
# two Presidents agreed to continue to act, in earnest, to reach a ceasefire"), in other words, and a report of the
# joint act that names a point that claim names is that claim retold, not words no readout carries. The two names are
# read as capitalised words (a particle such as "da" or "al-" inside: countries.NAME_WORD) joined by "and"; "they" is
# not read (in an outlet it is as often the sources: "They said that Scholz condemned ...").
_BOTH = re.compile(r"\W*(?:[^,]{0,60},\s+)?(?:(?i:(?:the\s+)?(?:two\s+)?(?:" + LEADER_NOUNS + r"|sides)|both\s+(?:"
                   + LEADER_NOUNS + r"|sides))\b|"
                   r"(?:" + NAME_WORD + r"\s+){1,8}and\s+(?:" + NAME_WORD + r"\s+){0,5}" + NAME_WORD + r"\s+[a-z])")
# What a claim of both leaders shares with such a report besides what any account of the joint act holds: the call's
# setting and publication, counts, the countries' names, and the joint verbs themselves ("agreed", "pledged").
_JOINT_ASIDE = PUBLISHED_WORDS | SETTING_STEMS | COUNTS | content(" ".join(COUNTRY_WORDS)) | \
    content("agreed pledged discussed")
# One point word shared is enough to withhold the charge (never to support): both claims tell the same joint act, so
# the point is what the report's other words retell. Measured on the readable events: flagged wrongly 10 -> 8 of the
# read pool, none found lost; at two words, one of the two (the ceasefire) is still charged.
JOINT_MIN = 1


class Evidence:
    """What one folder's texts hold: each statement's share in each text, by claim, link and quoted phrase."""

    def __init__(self, documents: Sequence[Document], claims_of: Mapping[str, Sequence[Claim]],
                 agreeing: Sequence[Link]) -> None:
        """`claims_of`: each document's statements; `agreeing`: the links that say two claims agree."""
        self.documents, self.claims_of = documents, claims_of
        self.folded = {d.id: fold(d.text) for d in documents}
        self.index = ClaimIndex(documents, claims_of, agreeing)
        self.by_id, self.names = {d.id: d for d in documents}, prose_names(documents)
        self.leaders = leader_words(documents)
        self.officials_of: dict[str, list[str]] = {}  # event -> its official texts, in the folder's order
        for d in documents:
            if d.is_official:
                self.officials_of.setdefault(d.event, []).append(d.id)

    def _cut(self, doc_ids: Sequence[str], named: bool = True) -> str:
        """The excerpt note (unreported.excerpt_note) for the texts a verdict of absence searched (`named`: the
        detail has just named the first of them)."""
        return excerpt_note((self.by_id[d] for d in doc_ids if d in self.by_id), self.names,
                            doc_ids[0] if doc_ids and named else None)

    def _label(self, doc_id: str | None) -> str:
        """A document as a detail names it (labels.prose_names)."""
        return self.names.get(doc_id or "", "a text not in the folder")

    def _evidence(self, doc_id: str, statement: Statement) -> str:
        """The claim of a document that holds most of the statement, quoted for the detail."""
        claims, words = self.claims_of.get(doc_id, ()), self.index.words_of.get(doc_id, ())
        share = [max((len(p & w) / len(p) for p in statement.parts if p), default=0.0) for w in words]
        if not share or max(share) == 0.0:
            return ""
        best = claims[share.index(max(share))]
        return f": \u201c{clip(best.text, EVIDENCE_CHARS)}\u201d"

    def _cited_scores(self, doc: Document, statement: Statement, cited_ids: list[str],
                      by_link: bool = False) -> list[tuple[float, str]]:
        """How well each cited document carries the statement: in full when linked to the sentence's claims
        (through another document too, unless that one plainly holds the statement itself) and one of its claims
        holds LINKED_MIN of the statement's words, and as much of them with the call's scene set aside (`without_scene`:
        a link made by the sentence's clause of the call, "Zelensky and Biden held a call on April 22, in which Biden
        said he plans to sign the aid bill", to the readout's "Zelenskyy had a phone call with Biden", carries no point
        of what was said), else by words (the claims cut from one sentence read whole too). With `by_link` (a verdict
        on the cited text), a direct link to a claim of it that states a point (`_a_point`) carries it in full too, the
        words shared or not."""
        direct = self.index.linked_to(doc, statement)
        near = self.index.linked_to(doc, statement, hops=CITED_LINK_HOPS, only=cited_ids)
        elsewhere = any(d not in cited_ids and self.index.held(d, statement, FOUND_MIN) >= FOUND_MIN for d in direct)
        point = without_scene(statement)
        point = point if point.words else statement  # a statement of the scene alone is weighed whole
        out = []
        for i in cited_ids:
            held = min(self.index.held(i, statement, 0.0), self.index.held(i, point, 0.0))
            linked = (i in direct or (i in near and not elsewhere)) and held >= LINKED_MIN
            linked = linked or (by_link and i in direct and self._a_point(doc, statement, i))
            out.append((1.0 if linked else self.index.held(i, statement, 0.0, whole=True), i))
        return out

    def _a_point(self, doc: Document, statement: Statement, doc_id: str) -> bool:
        """Whether a claim of the cited text linked to the sentence's claims states a point of what was said:
        POINT_WORDS content words written in lower case (a name, a title before it or a nationality is who, not what)
        besides the call's scene and the leaders' titles."""
        for claim in self.index.partners(doc, statement, doc_id):
            words = content(" ".join(w for w in _WORD.findall(claim.text) if not w[0].isupper())) - _TITLE_WORDS
            if len(without_scene(Statement(0, 0, words, (words,))).words) >= POINT_WORDS:
                return True
        return False

    def _phrase_holder(self, doc: Document, quotations: Sequence[Quotation], start: int, end: int,
                       cited_ids: Sequence[str], min_words: int = MIN_PHRASE_WORDS) -> str | None:
        """The cited document that holds a short quoted phrase of the sentence word for word ("give-and-take")."""
        for q in quotations:
            if not (start <= q.start and q.end <= end):
                continue
            words = re.findall(r"\w+", self.folded[doc.id][q.start:q.end])
            if len(words) < min_words:
                continue
            phrase = re.compile(r"\b" + r"\W+".join(map(re.escape, words)) + r"\b")
            held = next((i for i in cited_ids if phrase.search(self.folded[i])), None)
            if held is not None:
                return held
        return None

    def retold(self, claim: Claim, names: frozenset[str]) -> bool:
        """Whether one official claim of the claim's event holds more than UNREPORTED_MAX_SHARE of the claim's own
        content words (the leaders' names and offices aside, `names`: the cue's words are no part of what is said),
        or half of them read by sense (SENSE_MIN): the tests a report in no readout passes as a whole, made on each
        claim listed. The whole's shares hide a claim of it that says little but what a readout says: the tail of
        a quotation cut at ", and" ("that's very dangerous," Xi told Biden on a video call.": its words are mostly
        the call's own scene)."""
        doc = self.by_id[claim.doc]
        words = content(doc.text, claim.start, claim.end) - self.leaders - names
        said = Statement(claim.start, claim.end, words, (words,))
        accounts = [d for d in self.officials_of.get(doc.event, ()) if d != doc.id]
        return bool(words) and (any(self.index.held(d, said, 0.0) > UNREPORTED_MAX_SHARE or
                                    self.index.held_by_sense(d, said) >= SENSE_MIN for d in accounts) or
                                self._joint_carrier(claim, words, accounts))

    def _joint_carrier(self, claim: Claim, words: frozenset[str], accounts: Sequence[str]) -> bool:
        """Whether a report of both leaders together (`_BOTH`) names a point (JOINT_MIN of its `words` besides
        `_JOINT_ASIDE`) that an official claim of both leaders names: the joint act that claim tells, retold."""
        point = words - _JOINT_ASIDE
        if not point or not _BOTH.match(claim.text):
            return False
        return any(_BOTH.match(c.text) and len(point & said) >= JOINT_MIN for d in accounts
                   for c, said in zip(self.claims_of.get(d, ()), self.index.words_of.get(d, ()), strict=True))
