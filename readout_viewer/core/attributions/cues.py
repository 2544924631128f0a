"""Spot the words that pin a statement on a source: "the Kremlin said", "according to ...", "as ... reads", "said X"."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from readout_viewer.core.attributions import gates
from readout_viewer.core.attributions.alternations import EVERY, Held, not_after
from readout_viewer.core.attributions.bare_cues import (
    INSTITUTION,
    OFFICIALS,
    POINTS_BACK,
    Antecedents,
    Bare,
    account_noun,
    antecedent_lists,
    bare_patterns,
)
from readout_viewer.core.attributions.cited import Source
from readout_viewer.core.attributions.cue_sides import ABSENT, AFTER, BEFORE, BOTH, Cue, says_where
from readout_viewer.core.attributions.cue_words import ALSO, APPOSITIVE, INVERTED_VERBS, PREPOSITIONS, VERBS, WHEN
from readout_viewer.core.attributions.named_cues import mapped, named_in
from readout_viewer.core.attributions.side_names import carries
from readout_viewer.core.language.lexicon import MONTHS, WEEKDAYS
from readout_viewer.core.language.quote_marks import CLOSED
from readout_viewer.core.language.segment import in_dateline
from readout_viewer.core.language.text import CASE_TWINS, fold
from readout_viewer.core.language.triggered import Triggered
from readout_viewer.core.system.lazyre import LazyPattern

# Capitalised words that start sentences or name roles or groups, never a speaker's name on their own.
_NOT_NAMES = {"the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "or", "so", "this",
              "that", "these", "those", "there", "his", "her", "their", "its", "our", "as", "in", "on", "at", "for",
              "if", "when", "while", "after", "before", "later", "earlier", "officials", "analysts", "experts",
              "critics", "reports", "sources", "both", "some", "many", "one", "who", "what", "which", "mr", "ms",
              "mrs", "dr", "president", "minister", "aide", "adviser", "advisor", "secretary", "spokesman", "q",
              # adverbs that open a sentence before its subject ("However, Diana Mondino, who will be ..., said"):
              # the speaker is the name after them
              "however", "meanwhile", "moreover", "furthermore", "nevertheless", "still", "yet", "instead", "also",
              "separately", "additionally", "then", "now", "thus",
              # days and months name a time ("On Friday, Xi reiterated ..., saying"; "In March, Lavrov said")
              *WEEKDAYS, *MONTHS}
_NOT_AFTER_PREPOSITION = not_after(PREPOSITIONS)
# A person's name: one to three capitalised words (hyphenated parts allowed), no apostrophes ("I’ll").
_PERSON = r"((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+){0,2}[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
# "The Iranians", "the Russian": a nationality after "the" is not a named speaker (but "Saradzhyan" is); nor one
# before a noun ("according to Danish media reports"), the country's (government_cue), even one the table lacks.
NATIONALITY = re.compile(r"(?:ians?|ans?|ese|ish)$")
NOUN_NEXT = re.compile(r"\s+[a-z]")


# A capitalised name right after an official's title ("US Representative Adam Smith").
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
# A lower-case word right after a country's name: the name qualifies a noun that is not an account ("according to UK
# statistics", "according to US media reports"), so the country is not the source (side_names.WEAK_SIDE_NAMES).
_NOUN_AFTER = re.compile(r"\s+[a-z]")
# What stands just before a cue that closes its sentence's statement: a comma or a closing quotation mark.
_CLOSES = LazyPattern(rf"{CLOSED}\s*$")


def _people_patterns(held: Held = EVERY) -> list[tuple[re.Pattern, str, tuple[str, ...]]]:
    """The cue patterns of a person the folder's metadata does not know ("Andrew Weiss, an analyst, said"), with
    where each one's statement stands and the gates' words one of which each match holds (`held`: the verbs the
    texts searched may match, alternations.Held)."""
    return [(re.compile(p), says, needles) for p, says, needles in (
        # not a name after a preposition: "developments in Bangladesh, particularly over ..., said the
        # government" is no one's cue, as the named sources' subject is not (cue_words.names_pattern)
        (rf"(?<![\w\-]){_NOT_AFTER_PREPOSITION}(?P<phrase>{_PERSON}){APPOSITIVE}{WHEN}\s+{ALSO}(?:{held(VERBS)})\b",
         AFTER, gates.VERBS),
        (rf"{CLOSED}\s*(?:{INVERTED_VERBS})\s+(?P<phrase>{_PERSON})\b", BEFORE, gates.INVERTED_VERBS),
        (rf"\baccording\s+to\s+(?P<phrase>{_PERSON})\b", BOTH, gates.ACCORDING),
    )]


class CueFinder:
    """Compiled cue patterns for the sources of one folder."""

    def __init__(self, sources: Sequence[Source], principals: set[str], texts: Mapping[str, str] | None = None
                 ) -> None:
        """`texts`: the only texts find() will read, if known, each with its folded text: the patterns then hold only
        the names they hold (find() on another text compiles them with every name first)."""
        self.by_name = {s.name: s for s in sources}
        self.principals = principals
        self.known = {w for s in sources for w in s.name.split()}
        self._sources, self._texts = sources, frozenset(texts or ())
        held = sources if texts is None else named_in(sources, texts.values())
        # the verbs the texts may match (alternations.Held), read as the gates read them (caseless)
        verbs = EVERY if texts is None else Held("\x00".join(gates.gate_text(t, f) for t, f in texts.items()))
        self.mapped = mapped(held, verbs)
        self._every_name = self.mapped if texts is None else None
        self._antecedent_lists = antecedent_lists(sources)  # each kind of bare cue's sources (bare_cues.py)
        # the texts' names, unless a text holds a letter fold() leaves that re.IGNORECASE takes for an ASCII one; each
        # kind's pattern compiled when a cue of that kind first needs it (most folders need one kind or two)
        twins = any(twin in t for t in self._texts for twin, _ in CASE_TWINS)
        self._held = Antecedents(self._antecedent_lists, sources if twins or texts is None else held)
        self._every = self._held if texts is None or twins else None
        self.bare = bare_patterns(verbs, self._antecedent_lists)
        self.people = _people_patterns(verbs)
        self._every_bare: tuple[list[Bare], list[tuple[re.Pattern, str, tuple[str, ...]]]] | None = None if (
            texts is not None) else (self.bare, self.people)


    def _bare_and_people_for(self, text: str) -> tuple[list[Bare], list[tuple[re.Pattern, str, tuple[str, ...]]]]:
        """The bare cues' and the unknown people's patterns for a text: with the verbs the finder's texts may match,
        or every verb for a text it was not given."""
        if text in self._texts:
            return self.bare, self.people
        if self._every_bare is None:
            self._every_bare = (bare_patterns(EVERY, self._antecedent_lists), _people_patterns(EVERY))
        return self._every_bare

    def find(self, text: str, start: int, end: int, people: bool = True,
             quoted: Sequence[tuple[int, int]] = (), account: Cue | None = None,
             by_noun: Mapping[str, Cue] | None = None) -> Cue | None:
        """The first cue in text[start:end] naming a source of the folder, else one naming an unknown person.

        Cues inside the `quoted` spans are the quoted speaker's words, not the writer's attribution; without
        `people`, only institutions count (an official text reports its own people's words, it does not cite them).
        """
        folded = fold(text[start:end])
        # what the gates read: a pattern is searched when it may match
        seen = gates.Seen(gates.gate_text(text[start:end], folded))
        hits = self._named_outright(text, start, end, people, quoted, folded, seen)
        hits += self._named_before(text, start, end, quoted, seen, account, by_noun or {})
        hits = [c for c in hits if not c.unnamed] or hits  # "A senior official said Biden told Putin": Biden
        # An institution named anywhere in the sentence is its source ("Putin told Trump that …, the Kremlin
        # said"): the leader is who spoke, the institution who reports it.
        # A side's state media give way to a leader ("Xi told Zelenskiy ..., Chinese state media reported").
        named = [c for c in hits if not c.leader and not carries(text[c.start:c.end])] or [
            c for c in hits if c.leader] or hits
        first = min(named, key=lambda c: (c.cue_start, -c.cue_end)) if named else None
        # A cue closing the sentence after a comma reports what stands before it, a source named there included
        # ("Beijing has expressed support for the dialogue, the Kremlin statement said"): its source is the source
        # (not a pronoun's, "..., it said", which stands for the source named before it).
        closing = [c for c in named if first is not None and c.cue_start > first.cue_end and c.says == BEFORE
                   and _CLOSES.search(text, first.cue_end, c.cue_start) and text[c.start:c.end].lower() != "it"]
        first = max(closing, key=lambda c: c.cue_start) if closing else first
        if not people or (first is not None and not first.leader):
            return first
        person = self._unknown_person(text, start, end, quoted, seen)
        if first is None or (person is not None and person.cue_start < first.cue_start):
            return person  # "Andrew Weiss, an analyst, said Biden's call shows ...": the analyst speaks
        return first

    def _named_outright(self, text: str, start: int, end: int, people: bool, quoted: Sequence[tuple[int, int]],
                        folded: str, seen: gates.Seen) -> list[Cue]:
        """The cues in text[start:end] that name a source of the folder outright (`folded`: that text folded;
        `seen`: as the gates read it; `people`, `quoted`: as for find)."""
        out = []
        for pattern, says, needles in self._patterns_for(text):
            if not seen.holds(needles):
                continue
            for m in pattern.finditer(folded):
                source = self.by_name.get(re.sub(r"\s+", " ", m.group("name")))
                at = start + m.start()
                if source is not None and source.unnamed and _NAME_AFTER.match(text, start + m.end("name")):
                    continue  # "White House official John Kirby said": a title, the named person speaks
                if source is not None and source.capitals and not text[start + m.start("name"):start + m.end(
                        "name")].isupper():
                    continue  # "PM" in capitals only: "pm" is a time
                if source is not None and source.weak and _NOUN_AFTER.match(folded, m.end()):
                    continue  # "according to official UK statistics": the country qualifies another noun
                if source is not None and (people or not source.person) and not any(s <= at < e for s, e in quoted):
                    aide = bool(m.groupdict().get("aide"))  # "Putin's aide said": the aide speaks, not the leader
                    if says == ABSENT:  # a text's absence: an institution's text, not what a person left unsaid
                        if not (source.person or source.leader):
                            out.append(Cue(start + m.start("phrase"), start + m.end("phrase"), at, start + m.end(),
                                           source.docs, AFTER, absent=True))
                        continue
                    out.append(Cue(start + m.start("phrase"), start + m.end("phrase"), at, start + m.end(),
                                   source.docs, says_where(text, at, start + m.end(), end, says),
                                   source.leader and not aide, person=source.person or aide, unnamed=source.unnamed))
        return out

    def _patterns_for(self, text: str) -> list[tuple[Triggered, str, tuple[str, ...]]]:
        """The patterns naming sources outright for a text: those of the names the finder's texts hold, or, for a
        text it was not given, those of every name."""
        if text in self._texts:
            return self.mapped
        if self._every_name is None:
            self._every_name = mapped(self._sources)
        return self._every_name

    def _antecedents_for(self, text: str) -> Antecedents:
        """The antecedent patterns for a text: with the names the finder's texts hold, or every name for another."""
        if text in self._texts:
            return self._held
        if self._every is None:
            self._every = Antecedents(self._antecedent_lists, self._sources)
        return self._every

    def _named_before(self, text: str, start: int, end: int, quoted: Sequence[tuple[int, int]], seen: gates.Seen,
                      account: Cue | None = None, by_noun: Mapping[str, Cue] | None = None) -> list[Cue]:
        """A cue of "the ministry" or "the readout" in text[start:end], for the last ministry (or institution,
        close enough) the text named before it (`seen`: text[start:end] as the gates read it)."""
        for pattern, says, kind, reach, needles in self._bare_and_people_for(text)[0]:
            m = pattern.search(text, start, end) if seen.holds(needles) else None
            if m is None or any(s <= m.start() < e for s, e in quoted):
                continue
            if kind == INSTITUTION and (same := (by_noun or {}).get(account_noun(m.group("phrase")))) is not None:
                # "the statement" after "According to a statement by Chinese Foreign Ministry": that statement, not
                # a side the sentences between name ("Beijing and London as permanent members ...")
                return [Cue(m.start("phrase"), m.end("phrase"), m.start(), m.end(), same.docs,
                            says_where(text, m.start(), m.end(), end, says), same.leader,
                            antecedent=same.antecedent or text[same.start:same.end])]
            # none where no text of the finder's holds a name of this kind: then only the account cited last
            antecedents = self._antecedents_for(text).pattern(kind)
            # a ministry named anywhere before; an institution in the sentences just before (not in the statement)
            # what stands before a cue whose statement follows it is no part of the statement ("Downing Street later
            # issued a statement in which it said that ..."): an antecedent may stand there too
            # — where the statement stands as read, not as the pattern has it: "“The Chinese side expressed support
            # ...,” the statement reads" names in its statement what the statement is about, not who made it
            where = says_where(text, m.start(), m.end(), end, says)
            span = (0, m.start()) if reach is None else (max(0, start - reach), m.start() if where == AFTER else start)
            # searched folded (the same length), as the names are: "Netanyahu’s office" is "netanyahu's office"
            # a wire dateline's place is where the story was filed, no antecedent ("LONDON (dpa-AFX) – ... it said")
            named = [n for n in antecedents.finditer(fold(text[:span[1]]), span[0]) if n.group("name") and
                     not in_dateline(text, n.start("name"))] if antecedents is not None else []
            source = self.by_name.get(re.sub(r"\s+", " ", named[-1].group("name"))) if named else None
            if source is not None:
                official = kind == OFFICIALS  # unnamed officials: people, and no charge
                return [Cue(m.start("phrase"), m.end("phrase"), m.start(), m.end(), source.docs, where, source.leader,
                            antecedent=text[named[-1].start():named[-1].end()].strip(), person=official,
                            unnamed=official)]
            if kind == INSTITUTION and account is not None and m.group("phrase").lower().split()[0] in POINTS_BACK:
                # none named close before: "the statement" or "it" is the account the text cited last (`account`)
                return [Cue(m.start("phrase"), m.end("phrase"), m.start(), m.end(), account.docs, where,
                            account.leader, antecedent=account.antecedent or text[account.start:account.end])]
        return []

    def _unknown_person(self, text: str, start: int, end: int, quoted: Sequence[tuple[int, int]], seen: gates.Seen
                        ) -> Cue | None:
        """A cue naming someone the folder's metadata does not know (not a leader the readouts report on; `seen`:
        text[start:end] as the gates read it)."""
        for pattern, says, needles in self._bare_and_people_for(text)[1]:
            if not seen.holds(needles):
                continue
            pos = start
            while (m := pattern.search(text, pos, end)) is not None:
                pos = m.end("phrase")  # after a name turned down, the rest is searched again ("On Friday, Xi said")
                words = [w for w in m.group("phrase").split() if w.lower() not in _NOT_NAMES]
                if not words or any(w.lower() in self.principals or w.lower() in self.known for w in words):
                    continue
                if any(s <= m.start() < e for s, e in quoted):
                    continue
                if len(words) == 1 and NATIONALITY.search(words[0]) and m.end() == m.end("phrase") and \
                        NOUN_NEXT.match(text, m.end()):
                    continue  # "according to Danish media reports": a country's, no person's (government_cue)
                if len(words) == 1 and NATIONALITY.search(words[0]) and re.search(r"\b[Tt]he\s+$", text[:m.start(
                        "phrase") + m.group("phrase").index(words[0])]):
                    continue
                first = m.start("phrase") + m.group("phrase").index(words[0])
                return Cue(first, m.end("phrase"), m.start(), m.end(), (),
                           says_where(text, m.start(), m.end(), end, says), person=True)
        return None
