"""Attributions: statements pinned on a named source, checked against what that source's document says."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import partial
from typing import NamedTuple

from readout_viewer.core.attributions.absent import AbsentParties
from readout_viewer.core.attributions.cited import Source, pick, source_table
from readout_viewer.core.attributions.cue_sides import Cue
from readout_viewer.core.attributions.cues import CueFinder
from readout_viewer.core.attributions.doc_cues import DocCues, doc_cues, statement_span
from readout_viewer.core.attributions.in_part import in_part, split
from readout_viewer.core.attributions.judge import Judge
from readout_viewer.core.attributions.leader_names import LeaderNames
from readout_viewer.core.attributions.parties import offices, principals, voices
from readout_viewer.core.attributions.relayed import relayed_by, relayed_sentences
from readout_viewer.core.attributions.sentence_cues import acts
from readout_viewer.core.attributions.spans import Overlapping
from readout_viewer.core.attributions.stances import fragments_only, tied_to_the_call
from readout_viewer.core.attributions.statements import Statement, content, reported_words, statement_of, with_before
from readout_viewer.core.attributions.unheard import unheard_leaders
from readout_viewer.core.attributions.unheard_share import readings as weighed
from readout_viewer.core.attributions.units import points_back
from readout_viewer.core.attributions.unreported import Candidate, find_unreported, summed_up
from readout_viewer.core.attributions.verdicts import (
    MIN_REPORT_WORDS,
    MIN_STATEMENT_WORDS,
    SENSE_MIN,
    UNREPORTED_MAX_SHARE,
    Verdict,
    quote_for,
)
from readout_viewer.core.language.speakers import folder_leaders
from readout_viewer.core.model import (
    AGREE,
    SUPPORTED,
    UNSUPPORTED,
    Attribution,
    Claim,
    Document,
    Link,
    Quote,
    Unreported,
    statements_of,
)
from readout_viewer.core.quotes.marks import Quotation
from readout_viewer.core.quotes.phrases import is_phrase
from readout_viewer.core.quotes.words import solid_words


class _Read(NamedTuple):
    """A document as its attributions are read: its units, the cue of each unit met so far, and its quotes and
    quotations by place."""

    spans: list[tuple[int, int, Cue | None]]
    cues: dict[int, Cue]
    quotes: Overlapping[Quote]
    quotations: Overlapping[Quotation]


class _Checker(Judge):
    """What one folder offers to check attributions against, and where its texts cite a source; one instance per
    check."""

    def __init__(self, documents: Sequence[Document], every_claim: Mapping[str, Sequence[Claim]],
                 links: Sequence[Link], quotes: Sequence[Quote], table: list[Source] | None = None,
                 leaders: Mapping[str, str] | None = None, before: _Checker | None = None) -> None:
        super().__init__(documents, statements_of(every_claim), [link for link in links if link.relation == AGREE])
        solid = functools.cache(lambda: solid_words(d.text for d in documents))  # read only if a quote needs it
        quotes = [q for q in quotes if q.doc in self.by_id and not is_phrase(self.by_id[q.doc].text, q, solid)]
        self.every_claim = every_claim  # statements and the other kinds, to know a question or a caption
        self.quotes = quotes
        self.table = table = source_table(documents, leaders) if table is None else table
        self.finder: CueFinder = before.finder if before is not None else CueFinder(
            table, principals(documents, {w for s in table for w in s.name.split()}),
            {d.text: self.folded[d.id] for d in documents})
        # each document's cues, kept when a dict: a check made before the links gives them to the one after
        self.cues_of: dict[str, DocCues] | None = before.cues_of if before is not None else None
        names = sorted({n for each in voices(table).values() for n in each} | set(unheard_leaders(documents)),
                       key=len, reverse=True)
        # the leaders by name or office ("ola berg", "swedish president"), for the subject of a relayed report:
        # looked up where a relayed report is read (no pattern of them all compiled: leader_names.py)
        self.leader_named = LeaderNames(names) if names else None
        self.offices_of: dict[str, set[str]] = {}  # event -> the offices its official texts name
        for d in documents:
            if d.is_official:
                self.offices_of.setdefault(d.event, set()).update(offices(d.title + "\n" + d.text))
        self.absent = AbsentParties(documents, folder_leaders(documents) if leaders is None else leaders)
        self.quotes_of: dict[str, list[Quote]] = {}
        for q in quotes:
            self.quotes_of.setdefault(q.doc, []).append(q)

    def in_document(self, doc: Document) -> Iterator[tuple[Attribution, Candidate | None]]:
        """Each attributed sentence of the document, and, when it reports a leader's words that no official
        account carries, its candidacy for the unreported list (else None)."""
        in_doc = self.quotes_of.get(doc.id, [])
        found = self._doc_cues(doc, in_doc)
        # What each sentence needs of the document's quotations, met in one pass (a text can hold thousands).
        read = _Read(found.spans, {}, Overlapping(in_doc, lambda q: (q.start, q.end)),
                     Overlapping(found.quotations, lambda q: (q.start, q.end)))
        introduced = -1  # the end of the unit a cue ending on a colon took in: checked with it, not again
        for k, cue in found.cues:
            read.cues[k] = cue
            if read.spans[k][1] <= introduced:
                continue
            start, end = statement_span(doc.text, read.spans, k, cue)
            introduced = end if end > read.spans[k][1] else introduced
            cited_as = doc.text[cue.start:cue.end] + (f" ({cue.antecedent})" if cue.antecedent else "")
            cited_ids = self._cited(doc, cue, cited_as)
            if cited_ids is None:
                continue  # the document names itself ("the White House said" in a White House text)
            if cue.absent:
                yield from self._absent(doc, cue, start, end, cited_ids, cited_as)
                continue
            checked = self._attributed(doc, read, k, cue, (start, end), cited_ids, cited_as)
            if checked is not None:
                yield checked

    def _doc_cues(self, doc: Document, in_doc: list[Quote]) -> DocCues:
        """doc_cues of `doc`, kept in `cues_of` when it is a dict (for a check made after this one: checker_for)."""
        found = self.cues_of.get(doc.id) if self.cues_of is not None else None
        if found is None:
            accounts = tuple(d for d in self.officials_of.get(doc.event, ()) if d != doc.id)
            found = doc_cues(doc, in_doc, self.finder, self.every_claim.get(doc.id, ()), accounts)
        if self.cues_of is not None:
            self.cues_of[doc.id] = found
        return found

    def _attributed(self, doc: Document, read: _Read, k: int, cue: Cue, span: tuple[int, int], cited_ids: list[str],
                    cited_as: str) -> tuple[Attribution, Candidate | None] | None:
        """The attribution of unit k's statement (`span`, cited as `cited_as`) and its unreported candidacy; None
        when it states too little to check or speaks off the record."""
        start, end = span
        quote = quote_for(read.quotes.at(start, end), start, end, cited_ids)
        said_from = read.spans[k - 1][0] if k and points_back(doc.text, start, end, cue) else start
        statement = statement_of(doc, said_from, end, cue, self.leaders)
        # too few words of its own ("they both believe in it", "Ushakov said so"): what the sentence before says
        # (not one another source is named for: "..., the Kremlin said. What Putin and Scholz discussed")
        borrowed = quote is None and len(statement.words) < MIN_STATEMENT_WORDS and k > 0 and said_from == start \
            and (k - 1 not in read.cues or set(read.cues[k - 1].docs) == set(cue.docs))
        if borrowed:
            said_from = read.spans[k - 1][0]
            statement = with_before(doc.text, statement, said_from, self.leaders)
        if quote is None and len(statement.words) < MIN_STATEMENT_WORDS:
            return None  # nothing stated to check
        quoted = read.quotations.at(start, end)
        found = self._found(doc, cue, statement, quote, quoted, cited_ids)
        if found is None:
            return None
        as_leader = partial(self._leader_verdict, doc, statement, quote, quoted, cited_ids, by_link=False)
        # words borrowed from the sentence before are no report of the source's: no charge of invention
        told = cue.stance and self._stance_told(doc, span, k - 1 in read.cues)
        unreported = None if borrowed else self._candidate(doc, cue, cited_as, cited_ids, statement, found, as_leader,
                                                           told)
        if unreported is not None and said_from < start and not unreported.spans:
            # the sentence before is what was said; "This was announced on Friday by ..." is no report of it
            unreported = unreported._replace(spans=((unreported.who, said_from, read.spans[k - 1][1]),))
        return Attribution(doc.id, said_from, end, found.cited, cited_as, found.verdict, found.found_in, found.score,
                           found.detail), unreported

    def _found(self, doc: Document, cue: Cue, statement: Statement, quote: Quote | None, quoted: list[Quotation],
               cited_ids: list[str]) -> Verdict | None:
        """The verdict on a statement as the cited texts' (or as published elsewhere, when they lack it); an unnamed
        official's that their side's texts lack is checked in other words, None when those lack it too."""
        found = self._judged(doc, cue.leader, statement, quote, quoted, cited_ids)
        if found.verdict != SUPPORTED and quote is None:  # unsupported, or charged as misattributed
            found = self._published(doc, statement, cited_ids, found.verdict != UNSUPPORTED) or found
        if cue.unnamed and found.verdict != SUPPORTED and cue.docs:
            # their side's texts in other words; unnamed officials speak off the record too: their side's texts
            # lacking it is no charge
            return self._off_record(statement, cited_ids)
        return found

    def _absent(self, doc: Document, cue: Cue, start: int, end: int, cited_ids: list[str], cited_as: str
                ) -> Iterator[tuple[Attribution, None]]:
        """The attribution of a sentence saying the cited text lacks something (judge._absence), if it names what."""
        absence = self._absence(doc, cue, end, cited_ids)
        if absence is not None:
            yield Attribution(doc.id, start, end, absence.cited, cited_as, absence.verdict, None, absence.score,
                              absence.detail), None

    def _cited(self, doc: Document, cue: Cue, cited_as: str) -> list[str] | None:
        """The ids of the documents a cue cites, best first (`pick`); None when it names only the citing document."""
        named = [self.by_id[i] for i in dict.fromkeys(cue.docs) if i in self.by_id]
        cited_ids = [d.id for d in pick(named, cue.docs, doc, cited_as)] if cue.docs else []
        return None if cue.docs and not cited_ids else cited_ids

    def _candidate(self, doc: Document, cue: Cue, cited_as: str, cited_ids: list[str], statement: Statement,
                   found: Verdict, as_leader: Callable[[], Verdict], stance_told: bool = False) -> Candidate | None:
        """The unreported candidacy of a checked statement (else None): a party's leader's words, or, unsupported
        as an aide's or a spokesperson's, or an institution's with no text in the folder (the office of a side that
        has none: "Macron \u201ccondemned ...,\u201d his office announced"), the words of a leader they relay
        (`as_leader`: the verdict on them as that leader's); a stance counts when `stance_told` (`_stance_told`)."""
        if cue.leader:
            # "according to" a leader is the writer's summary; "according to the statement" cites the text; a stance
            # ("Biden reaffirmed ...") is what a readout words otherwise, unless the leader's side has none in the
            # folder (no text cited: "Scholz condemned ..." beside the Kremlin's readout alone; unheard.py), or the
            # folder holds only excerpts and the text ties the stance to the call (stances.py); the government of a
            # side with no text ("..., the Kremlin said" beside the Saudi readout alone) tells its account of the call,
            # which no text of the folder can carry: listed with a note (absent.py); a unit supported whole: in_part.py
            if not (self._party(doc, cue, cited_as) and not (cue.person and summed_up(doc.text, cue.start)) and not (
                    cue.stance and cited_ids and not stance_told) and self._of_the_call(doc, cue, statement)):
                return None
            listed = partial(self._unreported, doc, cited_ids=cited_ids, who=cited_as,
                             missing=self.absent.note(doc, cue), done=acts(doc.text, cue))
            return listed(statement, found) or in_part(doc, statement, cue, found, self.leaders, partial(
                self._judged, doc, True, quote=None, quotations=(), cited_ids=cited_ids), listed)
        cut = fragments_only(self.by_id[d] for d in cited_ids)
        if found.verdict != UNSUPPORTED or not (cue.person or not cue.docs or cut) or cue.unnamed or doc.is_official:
            # an institution whose text is in the folder whole is checked as that text: what it lacks is its verdict;
            # one held only as an excerpt ("China said Xi expressed his hopes ..." beside the Chinese readout's
            # excerpt) relays its leader's words as an aide does: the part the folder lacks may carry them, which is
            # what the flag says with its excerpt note
            return None
        relayed = relayed_sentences(doc.text, cue, statement.start, statement.end, self.leader_named)
        if not relayed:
            return None
        told = tuple((relayed_by(who, cited_as), at, stop) for who, at, stop in relayed)
        candidate = self._unreported(doc, statement, as_leader(), cited_ids, told[0][0])
        return candidate._replace(spans=told) if candidate else None

    def _of_the_call(self, doc: Document, cue: Cue, statement: Statement) -> bool:
        """Whether words a cue cites tell the call: any leader's do; a government's with no text in the folder, or a
        leader's office, must tell what the leaders did ("Warsaw said it is considering ...": `tells_the_call`)."""
        return not self.absent.speaks_for(doc, cue) or self.absent.tells_the_call(doc, cue, *statement[:2])

    def _stance_told(self, doc: Document, span: tuple[int, int], after_a_source: bool) -> bool:
        """Whether a stance a leader takes in doc.text[span] is a report of the call though the leader's side has a
        text: every official text of the event is an excerpt, and the text ties the stance to the call (stances.py)."""
        officials = (self.by_id[i] for i in self.officials_of.get(doc.event, ()) if i != doc.id)
        return fragments_only(officials) and tied_to_the_call(doc.text, *span, after_a_source)

    def _party(self, doc: Document, cue: Cue, cited_as: str) -> bool:
        """Whether a leader's cue speaks for a party to the call: it names no office, or one the event's official
        texts name (`_OFFICES`), or cites the government of a side with no text ("the emir's office": absent.py)."""
        named = offices(cited_as)
        return not named or bool(named & self.offices_of.get(doc.event, set()) or self.absent.government(doc, cue))

    def _unreported(self, doc: Document, statement: Statement, found: Verdict, cited_ids: list[str], who: str,
                    missing: str = "", done: bool = False) -> Candidate | None:
        """A leader's unsupported words (`who` said them) as a candidate for the unreported list, with what was
        searched, when they have enough words besides the writer's asides and little of them is in any official
        claim or in their own side's account as a whole, nor half of them in one claim read by sense; the last two
        both as said and without the call's scene (`without_scene`); `missing`: the note that the side has no text in
        the folder (`AbsentParties.note`); `done`: the cue tells an act done on the call (sentence_cues.acts)."""
        accounts = [d for d in self.officials_of.get(doc.event, ()) if d != doc.id]
        if found.verdict != UNSUPPORTED or len(reported_words(doc.text, statement)) < MIN_REPORT_WORDS or \
                (readings := weighed(self.index, accounts, statement, found.score or 0.0, bool(missing))) is None:
            return None  # the readings: as said and without the call's scene (for the side with no text, unheard_share)
        own, own_id = max(((self.index.spread(d, statement), d) for d in cited_ids if d in accounts),
                          default=(0.0, None))
        if any(self.index.spread(d, said) > UNREPORTED_MAX_SHARE for d in cited_ids if d in accounts
               for said in readings) or \
                any(self.index.held_by_sense(d, said) >= SENSE_MIN for d in accounts for said in readings):
            return None
        searched = (f"; no claim of the {len(accounts)} official texts holds more than {1.0 - (found.score or 0.0):.0%}"
                    f" of its {len(statement.words)} content words, nor half of them read by sense (synonyms)")
        held = f", and {self._label(own_id)} holds {own:.0%} of them in all" if own_id else ""
        return Candidate(who, searched + held + missing, done=done)


def check_attributions(documents: Sequence[Document], claims_of: Mapping[str, Sequence[Claim]],
                       links: Sequence[Link], quotes: Sequence[Quote]) -> list[Attribution]:
    """Each sentence that names a source, with the document it names and the verdict."""
    return check_with_reports(documents, claims_of, links, quotes)[0]


def check_with_reports(documents: Sequence[Document], claims_of: Mapping[str, Sequence[Claim]],
                       links: Sequence[Link], quotes: Sequence[Quote]) -> tuple[list[Attribution], list[Unreported]]:
    """The attributions, and the outlets' reports of a leader's words that no official account carries."""
    checker = checker_for(documents, claims_of, links, quotes)
    return reports(checker, [list(checker.in_document(doc)) for doc in checker.documents], links)


def checker_for(documents: Sequence[Document], claims_of: Mapping[str, Sequence[Claim]], links: Sequence[Link],
                quotes: Sequence[Quote], table: list[Source] | None = None,
                leaders: Mapping[str, str] | None = None, before: _Checker | None = None) -> _Checker:
    """What the folder's English texts offer to check attributions against (`table`: their source_table, when
    already made; `leaders`: their folder_leaders, when already read; `before`: a checker of the same texts,
    quotes and table made without the links, whose cue finder and kept cues this one takes); its in_document(doc)
    for each of them, in order, gives reports() what it needs."""
    documents = [d for d in documents if d.compared]  # the engine reads English texts only
    return _Checker(documents, claims_of, links, quotes, table, leaders, before)


def reports(checker: _Checker, found: Sequence[Sequence[tuple[Attribution, Candidate | None]]], links: Sequence[Link]
            ) -> tuple[list[Attribution], list[Unreported]]:
    """Every document's attributions (`found`: in_document's, in order, cut: in_part.split) and the unreported list."""
    pairs = [pair for per_doc in found for pair in per_doc]
    leaders = {i: candidate for i, (_, candidate) in enumerate(pairs) if candidate is not None}
    said_by = voices(checker.table)
    listed = find_unreported(checker.documents, checker.claims_of, links, [a for a, _ in pairs], leaders, said_by)
    claim = {c.id: c for cs in checker.claims_of.values() for c in cs}
    names = content(" ".join(n for each in said_by.values() for n in each))  # the leaders by name and office
    return [part for a, candidate in pairs for part in split(a, candidate)], \
        [u for u in listed if not checker.retold(claim[u.claim], names)]  # each claim apart too
