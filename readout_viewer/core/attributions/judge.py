"""The verdict on a statement pinned on a source: what the cited text, and every official text, hold of it."""

from __future__ import annotations

from collections.abc import Sequence

from readout_viewer.core.attributions.carriers import carriers
from readout_viewer.core.attributions.cue_sides import Cue
from readout_viewer.core.attributions.evidence import Evidence
from readout_viewer.core.attributions.readings import spelled, topics_named
from readout_viewer.core.attributions.scene import (
    COUNTS,
    SCENE_GROUPS,
    SETTING_STEMS,
    call_confirmed,
    long_clauses,
    told_on_call,
    without_scene,
)
from readout_viewer.core.attributions.statements import Statement, content
from readout_viewer.core.attributions.unreported import POSTED
from readout_viewer.core.attributions.verdicts import (
    CALL_PLACE,
    FOUND_MIN,
    LEADER_PHRASE_WORDS,
    MIN_REPORT_WORDS,
    MISATTRIBUTION_MIN_WORDS,
    PUBLISHED_WORDS,
    QUOTED_ELSE_MIN,
    SPREAD_ALL_MIN,
    SPREAD_ONE_MIN,
    SUPPORT_MIN,
    Verdict,
    as_written,
    from_claims,
    from_quote,
)
from readout_viewer.core.language.countries import TITLED_NAME, leaders_in
from readout_viewer.core.language.synonyms import CANON
from readout_viewer.core.model import MISATTRIBUTED, NOT_FOUND, SUPPORTED, UNSUPPORTED, Document, Quote
from readout_viewer.core.quotes.marks import Quotation
from readout_viewer.core.system.lazyre import LazyPattern

# Where what a text is said to lack ends: at a clause's comma or stop, or at the setting the writer adds ("made no
# mention of Bangladesh during the leaders' call in its readout").
# Compiled on first use: asked on 1 of the 19 readable events, not on corpus/ or the old folder.
_ABSENCE_ENDS = LazyPattern(r"[,;:.!?]|\s(?:during|in\s+its|in\s+the\s+(?:readout|statement)|when|while|which|as)\b")
# What a verdict on the words of a party whose own text the folder lacks adds (side_names.unheard_sides): judged by the
# accounts the folder holds, as a leader's words are, the source itself is not checked.
UNHEARD = "; the source's own text is not in the folder"


class Judge(Evidence):
    """The verdict on each statement a sentence pins on a source, from what the folder's texts hold (Evidence)."""

    def _verdict(self, doc: Document, statement: Statement, quote: Quote | None, quotations: Sequence[Quotation],
                 cited_ids: list[str]) -> Verdict:
        """The verdict by the quotation when the sentence quotes, by a short quoted phrase, else by how much of
        the statement the documents' claims hold; each with its evidence."""
        by_quote = self._quote_verdict(doc, statement, quote, cited_ids) if quote is not None else None
        if by_quote is not None:
            return by_quote
        held = self._phrase_holder(doc, quotations, statement.start, statement.end, cited_ids)
        if held is not None:
            return Verdict(held, SUPPORTED, None, 1.0, f"{self._label(held)} holds the quoted phrase word for word")
        cited_scores = self._cited_scores(doc, statement, cited_ids, by_link=True)
        best, best_id = max(cited_scores, default=(0.0, None))
        if best >= SUPPORT_MIN:
            return Verdict(best_id, SUPPORTED, None, best,
                           f"{self._label(best_id)} carries it{self._evidence(best_id or '', statement)}")
        spread = self._spread(doc, statement, cited_ids, cited_scores) if quote is None else None
        if spread is not None:
            return spread
        return self._elsewhere(doc, statement, quote, cited_ids, cited_scores, best)

    def _elsewhere(self, doc: Document, statement: Statement, quote: Quote | None, cited_ids: list[str],
                   cited_scores: list[tuple[float, str]], best: float) -> Verdict:
        """The verdict on a statement the cited texts do not carry (`best`: the most of it one of their claims
        holds): misattributed when an official text carries it at length, else unsupported, with what was found."""
        # where else it is: only an official text can be the source it was pinned on wrongly (an outlet holding the
        # same words retells a wire story, or the same readout, and says nothing of who said it)
        ranked = [(d, score) for d, score in carriers(self.documents, doc, statement, self.index, FOUND_MIN)
                  if self.by_id[d].is_official]
        cited = cited_ids[0] if cited_ids else None
        if quote is not None:  # the quoted words are elsewhere and the cited text does not say it in its words
            _, verdict, found_in = from_quote(cited_ids, quote)
            return Verdict(cited, verdict, found_in, None, f"the quoted words are in {self._label(found_in)}, not in "
                           f"{self._label(cited)}")
        cited, verdict, found_in = from_claims(cited_ids, cited_scores, ranked)
        if verdict == MISATTRIBUTED and len(statement.words) < MISATTRIBUTION_MIN_WORDS:
            found = dict(ranked)[found_in or ""]
            return Verdict(cited, UNSUPPORTED, None, None,
                           f"no claim of {self._label(cited)} holds it; {self._label(found_in)} holds {found:.0%} of "
                           f"it, but {len(statement.words)} content words are too few to say it comes from there")
        if verdict == MISATTRIBUTED and not self._long_evidence(doc, statement, found_in or ""):
            found = dict(ranked)[found_in or ""]
            why = "the call's scene and names, not of what it says was said on the call" if told_on_call(
                doc.text[statement.start:statement.end], statement) is not None else \
                f"a clause of fewer than {MISATTRIBUTION_MIN_WORDS} content words, too short"
            return Verdict(cited, UNSUPPORTED, None, None, f"no claim of {self._label(cited)} holds it; "
                           f"{self._label(found_in)} holds {found:.0%} of {why} to say it comes from there")
        if verdict == MISATTRIBUTED:
            found = dict(ranked)[found_in or ""]
            return Verdict(cited, verdict, found_in, round(found - best, 3),
                           f"{self._label(cited)} holds at most {best:.0%} of it in one claim; "
                           f"{self._label(found_in)} holds {found:.0%}{self._evidence(found_in or '', statement)}")
        return Verdict(cited, verdict, None, None, "the source is not in the folder" if cited is None else
                       f"no claim of {self._label(cited)} or of another official text holds it{self._cut(cited_ids)}")

    def _spread(self, doc: Document, statement: Statement, cited_ids: list[str],
                cited_scores: Sequence[tuple[float, str]]) -> Verdict | None:
        """Support by a cited account of the event one of whose claims holds SPREAD_ONE_MIN of the statement and whose
        claims between them hold SPREAD_ALL_MIN of it (an account retold in one sentence), the call's scene, how it
        was made public, counts and the leaders' names aside (`without_scene`, PUBLISHED_WORDS, COUNTS, `leaders_in`:
        any account of the call holds those); only when the cue cites one side's accounts. None when none does."""
        accounts = self.officials_of.get(doc.event, ())
        if len({self.by_id[d].side for d in cited_ids if d in accounts}) != 1:
            return None  # "according to state media" of both sides: no one account to retell
        if any(d not in cited_ids and self.index.held(d, statement, FOUND_MIN) >= FOUND_MIN for d in accounts):
            return None  # another account says it plainly: a misattribution's evidence, not this account retold
        named = content(" ".join(leaders_in(doc.text)))
        said, aside = without_scene(statement), PUBLISHED_WORDS | self.leaders | named | COUNTS
        said = said._replace(words=said.words - aside, parts=tuple(p - aside for p in said.parts))
        if len(said.words) < MIN_REPORT_WORDS:
            return None  # two or three words held between the claims are the call's topics, not its points retold
        for _, doc_id in sorted(cited_scores, reverse=True):
            best, share = self.index.held(doc_id, said, 0.0, whole=True), self.index.spread(doc_id, said)
            if doc_id in accounts and best >= SPREAD_ONE_MIN and share >= SPREAD_ALL_MIN:
                return Verdict(doc_id, SUPPORTED, None, round(best, 3),
                               f"{self._label(doc_id)} carries it between its claims ({share:.0%} of its words, "
                               f"{best:.0%} in one){self._evidence(doc_id, statement)}")
        return None

    def _off_record(self, statement: Statement, cited_ids: list[str]) -> Verdict | None:
        """Unnamed officials' words (never charged) that one claim of their side's texts holds SPREAD_ONE_MIN of, as a
        briefer retells the account loosely ("a senior administration official ... said that Biden pointed to the
        economic isolation that Russia has faced"): supported, with that claim; None when no claim holds as much."""
        best, best_id = max(((self.index.held(d, statement, 0.0, whole=True), d) for d in cited_ids), default=(0.0, ""))
        if best < SPREAD_ONE_MIN:
            return None
        return Verdict(best_id, SUPPORTED, None, round(best, 3), f"{self._label(best_id)} carries it in other words "
                       f"({best:.0%} of it in one claim){self._evidence(best_id, statement)}")

    def _long_evidence(self, doc: Document, statement: Statement, found_in: str) -> bool:
        """Whether `found_in` holds the statement as a misattribution's evidence: a link to one of its claims, or
        FOUND_MIN of one clause of MISATTRIBUTION_MIN_WORDS content words or more (`long_clauses`). When a clause
        describing the call opens it ("... had a phone conversation with ..., during which ..."), only what follows
        (`told_on_call`): a link or words shared by the call's scene and its leaders' names are no evidence of where
        the point was made (as the scene lends no support, evidence._cited_scores)."""
        told = told_on_call(doc.text[statement.start:statement.end], statement)
        if told is not None:  # and as many words of it as a charge takes (MISATTRIBUTION_MIN_WORDS)
            return len(told.words) >= MISATTRIBUTION_MIN_WORDS and \
                self.index.held(found_in, long_clauses(told), FOUND_MIN) >= FOUND_MIN
        linked = self.index.linked_to(doc, statement, only=(found_in,)).get(found_in, 0.0)
        return linked >= FOUND_MIN or self.index.held(found_in, long_clauses(statement), FOUND_MIN) >= FOUND_MIN

    def _quote_verdict(self, doc: Document, statement: Statement, quote: Quote, cited_ids: list[str]
                       ) -> Verdict | None:
        """The verdict by the sentence's quotation when it settles one: the cited text holds the quoted words, or
        carries them in other words, or no text of the folder holds them; None when another text holds them."""
        cited, verdict, _ = from_quote(cited_ids, quote)
        if verdict == SUPPORTED:
            return Verdict(cited, verdict, None, 1.0, f"{self._label(cited)} holds the quoted words")
        if verdict == UNSUPPORTED and cited is not None:  # the quotation in other words than the text's
            best, best_id = max(self._cited_scores(doc, statement, cited_ids), default=(0.0, None))
            if best >= QUOTED_ELSE_MIN:
                return Verdict(best_id, SUPPORTED, None, best, f"{self._label(best_id)} carries it, not in the "
                               f"quoted words{self._evidence(best_id or '', statement)}")
        if verdict == UNSUPPORTED:
            return Verdict(cited, verdict, None, None, "the source is not in the folder" if cited is None else
                           f"the quoted words are in no document of the folder{self._cut(cited_ids, named=False)}")
        return None

    def _absence(self, doc: Document, cue: Cue, end: int, cited_ids: list[str]) -> Verdict | None:
        """A sentence saying the cited text lacks something ("the U.S. readout did not mention Bangladesh"):
        supported when that text, whole, holds none of its content words, else unsupported (with the claim that
        holds them, or the note that the folder holds only an excerpt);
        None when it names nothing to look for but the call and its leaders."""
        lacked = doc.text[cue.cue_end:end]
        lacked = lacked[:m.start()] if (m := _ABSENCE_ENDS.search(lacked)) else lacked
        words = frozenset(w for w in content(lacked) - self.leaders - PUBLISHED_WORDS - SETTING_STEMS
                          if CANON.get(w, w) not in SCENE_GROUPS)
        if not words or not cited_ids:
            return None
        cited = cited_ids[0]
        held = words & content(self.by_id[cited].text)
        if not held:  # what an excerpt lacks, the rest of its text may hold: no support
            verdict = UNSUPPORTED if self.by_id[cited].excerpt else SUPPORTED
            return Verdict(cited, verdict, None, 1.0 if verdict == SUPPORTED else None,
                           f"{self._label(cited)} does not name {as_written(lacked, words)}{self._cut([cited])}")
        said = self._evidence(cited, Statement(0, 0, held, (held,)))
        return Verdict(cited, UNSUPPORTED, None, round(len(held) / len(words), 3),
                       f"{self._label(cited)} does name {as_written(lacked, held)}{said}")

    def _published(self, doc: Document, statement: Statement, cited_ids: list[str], charged: bool = False
                   ) -> Verdict | None:
        """A statement that only says its source made the call public ("Donald Trump reported it on Truth Social on
        Wednesday", "the Kremlin confirmed the phone call via a Telegram post"): supported by that source's own
        account of the call, when the folder holds one; None for any other statement. `charged`: the statement was
        judged misattributed, on another text's claim holding its words; then the parties as it names them with a
        title (countries.TITLED_NAME: "US President Joe Biden held his first call with Abu Dhabi Crown Prince Mohammed
        bin Zayed on Tuesday, the White House said") are the call's scene too, which any account of it holds: a
        charge resting on them is no evidence (a wrong charge is worse than a miss: issue 16); read whole, as the
        charge was made on the whole."""
        said = doc.text[statement.start:statement.end]
        # charged: the whole statement, a relative clause after the call too ("the call ..., which also covered ...,
        # including that no new missile batteries would be placed ..." holds the point the charge rests on)
        words = statement.words - content(" ".join(m.group() for m in TITLED_NAME.finditer(said))) if charged else \
            call_confirmed(said, statement)
        if words - PUBLISHED_WORDS - CALL_PLACE - {w for w in words if w.isdigit()}:
            return None
        own = [d for d in cited_ids if d in self.officials_of.get(doc.event, ())]
        if not own:
            return None
        return Verdict(own[0], SUPPORTED, None, 1.0, f"{self._label(own[0])} is that source's own account of the "
                                                     "call: the statement only says it was made public")

    def _judged(self, doc: Document, leader: bool, statement: Statement, quote: Quote | None,
                quotations: Sequence[Quotation], cited_ids: list[str]) -> Verdict:
        """The verdict on a statement by its cue's kind: a leader's words by `_leader_verdict`, unless the sentence
        says they are in the leader's post ("Zelenskyy said on Telegram that ...", unreported.POSTED): that post is
        the leader's own text, checked as an institution's is (`_verdict`), never misattributed. An acronym of the
        statement is read as the words an official text of the event spells it out in (`readings.spelled`)."""
        statement = spelled(doc.text[statement.start:statement.end], statement,
                            (self.by_id[d].text for d in self.officials_of.get(doc.event, ()) if d != doc.id))
        if leader and POSTED.search(doc.text, statement.start, statement.end) is None:
            found = self._leader_verdict(doc, statement, quote, quotations, cited_ids)
            accounts = [d for d in self.officials_of.get(doc.event, ()) if d != doc.id]
            return self._topics(statement, quote, found, sorted(accounts, key=lambda d: d not in cited_ids))
        found = self._verdict(doc, statement, quote, quotations, cited_ids)
        found = found._replace(verdict=UNSUPPORTED, found_in=None) if leader and found.verdict == MISATTRIBUTED \
            else found
        return self._topics(statement, quote, found, cited_ids)

    def _topics(self, statement: Statement, quote: Quote | None, found: Verdict, doc_ids: Sequence[str]) -> Verdict:
        """An unsupported statement that only says what was discussed ("Bangladesh was among the topics discussed
        during his phone conversation ..., in addition to Ukraine", `readings.topics_named`) is supported by the first
        of `doc_ids` whose claims name every topic it names; any other verdict stands."""
        if found.verdict != UNSUPPORTED or quote is not None:
            return found
        named = topics_named(statement, without_scene(statement))
        holder = next((d for d in doc_ids if named and named <= self.index.doc_words.get(d, frozenset())), None)
        if holder is None or named is None:
            return found
        said = self._evidence(holder, Statement(0, 0, named, tuple(frozenset({w}) for w in sorted(named))))
        return Verdict(found.cited or holder, SUPPORTED, None if found.cited in (holder, None) else holder, 1.0,
                       f"{self._label(holder)} names every topic it says was discussed{said}")

    def _leader_verdict(self, doc: Document, statement: Statement, quote: Quote | None,
                        quotations: Sequence[Quotation], cited_ids: list[str], by_link: bool = True) -> Verdict:
        """A leader's words ("Putin stressed ..."): supported when any official account of the event carries
        them (each side reports what both leaders said), else unsupported; never misattributed. `by_link`: a link to
        an account's point carries them (evidence._cited_scores); not when asking whether any readout carries them."""
        accounts = [d for d in self.officials_of.get(doc.event, ()) if d != doc.id]
        cited = cited_ids[0] if cited_ids else None
        if quote is not None and quote.source is not None and quote.verdict != NOT_FOUND and \
                quote.source.doc in accounts:
            return Verdict(cited, SUPPORTED, None if quote.source.doc in cited_ids else quote.source.doc, 1.0,
                           f"{self._label(quote.source.doc)} holds the quoted words")
        scores = sorted(self._cited_scores(doc, statement, accounts, by_link),
                        key=lambda s: (-s[0], s[1] not in cited_ids))
        best, best_id = scores[0] if scores else (0.0, None)
        if best >= SUPPORT_MIN:
            return Verdict(cited, SUPPORTED, None if best_id in cited_ids else best_id, best,
                           f"{self._label(best_id)} carries it{self._evidence(best_id or '', statement)}"
                           f"{'' if cited_ids else UNHEARD}")
        held = self._phrase_holder(doc, quotations, statement.start, statement.end,
                                   sorted(accounts, key=lambda d: d not in cited_ids), LEADER_PHRASE_WORDS)
        if held is not None:  # Trump claims the leaders both "believe very strongly" in common sense
            return Verdict(cited, SUPPORTED, None if held in cited_ids else held, 1.0,
                           f"{self._label(held)} holds the quoted phrase word for word")
        return Verdict(cited, UNSUPPORTED, None, round(1.0 - best, 3),
                       f"no official account of the call carries it{self._cut(accounts)}"
                       f"{'' if cited_ids else UNHEARD}")
