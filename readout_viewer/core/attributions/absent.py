"""A party to the call with no official text in the folder: which side it is, its government's names, and the note a
detail gives when an outlet reports that side's account of the call."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from readout_viewer.core.attributions.cue_sides import Cue
from readout_viewer.core.attributions.cue_words import QUOTED_AS_VERBS
from readout_viewer.core.attributions.offices import heard_titles
from readout_viewer.core.attributions.people import bare
from readout_viewer.core.attributions.side_names import singular, unheard_bodies, unheard_sides
from readout_viewer.core.attributions.unheard import named_at
from readout_viewer.core.language.countries import COUNTRIES, LEADER_TITLE_TEXT
from readout_viewer.core.loading.cited_names import as_written
from readout_viewer.core.model import Document
from readout_viewer.core.system.lazyre import LazyPattern


def absent_parties(documents: Sequence[Document]) -> dict[str, set[str]]:
    """Each event's parties with no official text in the folder (side_names.unheard_sides, event by event)."""
    out: dict[str, set[str]] = {}
    by_event: dict[str, list[Document]] = {}  # grouped in one pass: a large folder holds many events
    for d in documents:
        by_event.setdefault(d.event, []).append(d)
    for event, docs in by_event.items():
        heard: dict[str, list[str]] = {}
        for d in docs:
            if d.is_official:
                heard.setdefault(d.side or "", []).append(d.id)
        missing = unheard_sides(docs, heard) if heard else set()
        if missing:
            out[event] = missing
    return out


# What a government's account of the call tells: what the leaders did on it, its report opening on them by name ("Putin
# and bin Salman gave a positive assessment ...", "Riyadh: Russian President Vladimir Putin and ..."), by office ("The
# German leader condemned ...") or pronoun ("He called for Russian forces to withdraw ..."), or together ("They also
# discussed ...", "During the phone chat, the two presidents also provided ..."), after a dateline or a setting up to
# its comma. A government's words of its own ("Poland's Warsaw said it is considering calling on NATO to trigger
# Article 4") are its position, not an account of the call; nor is its announcement of the leaders' next contact,
# the subject's verb a future one of meeting or speaking ("The Elysee noted that Macron \u201cwill speak again to
# President Putin in the coming days\u201d"; "agreed to keep in touch" is a report of the call, and so stays).
_NEXT_CONTACT = LazyPattern(r"(?:[\w'\u2019\-]+\s+){1,4}[\"\u201c]?will\s+(?:\w+\s+)?(?:speak|talk|meet|call|hold)\b",
                           re.IGNORECASE)
# A cue that ends on "as saying" (or another verb of saying: cue_words.QUOTED_AS_VERBS) introduces the report after it,
# whatever stands before it ("Reuters quoted ...").
_AS_SAYING = LazyPattern(rf"\bas\s+(?:{QUOTED_AS_VERBS})$", re.IGNORECASE)
_WORD = re.compile(r"\w")
_DATELINE = LazyPattern(r"[\W_]*(?:[A-Z][\w'\u2019\-]*:\s+)?")
_SETTING = LazyPattern(r"[^,.;:\"\u201c\u201d]{3,60},\s+")
_WHO = LazyPattern(r"(?:that\s+)?(?P<who>(?:[\w'\u2019\-]+\s+){0,5}[\w'\u2019\-]+)")
_LEADERS = LazyPattern(r"(?:he|she|they|the\s+two|both)\b|(?:[\w'\u2019\-]+\s+){0,3}?(?:"
                      + LEADER_TITLE_TEXT + r")s?\b", re.IGNORECASE)


def about_the_leaders(report: str, names: Iterable[str]) -> bool:
    """Whether words a government is cited for (`report`, the citation cut away) tell what the call's leaders did:
    they open on one of them (`names`, as the folder's texts write them), by office or pronoun, or on the leaders
    together (`_LEADERS`), after a dateline or a setting, and do not announce their next contact (`_NEXT_CONTACT`)."""
    dateline = _DATELINE.match(report)
    at = dateline.end() if dateline else 0
    setting = _SETTING.match(report, at)
    for m in (_WHO.match(report, at), _WHO.match(report, setting.end()) if setting else None):
        if m and (_LEADERS.match(m.group("who")) or any(named_at(m.group("who"), name) for name in names)):
            return not _NEXT_CONTACT.match(report, m.start("who"))
    return False


def not_in_folder(code: str, government: str = "") -> str:
    """A detail's plain note that a party's own account is missing, so the analyst knows what to add: under the name
    the outlet cites its government by (`government`, folded without "the": "; the Kremlin's own account is not in
    this folder"), or by its side ("; the Russian side's own account ...") for a leader's words."""
    if government:
        # a seat written bare is a city ("Moscow"); any other body takes "the" ("the Kremlin", "the Russian side")
        city = government in COUNTRIES.get(code, ((), (), ()))[2]
        written = as_written(government)  # an agency as written: "TASS", not "Tass"
        the = "" if city or written else "the "
        return f"; {the}{written or _capitalised(government)}\u2019s own account is not in this folder"
    adjectives = singular(COUNTRIES.get(code, ((), (), ()))[1]) or (code.lower(),)
    return f"; the {_capitalised(adjectives[0])} side\u2019s own account is not in this folder"


_INITIALISM = 2  # "us", "uk": a side's adjective this short is its initials


def _capitalised(name: str) -> str:
    """A folded name as prose writes it: an initialism in capitals ("us"), every other word capitalised but "the"."""
    return " ".join(w if w == "the" else w.upper() if len(w) <= _INITIALISM else w[:1].upper() + w[1:]
                    for w in name.split())


# A cue that goes on for the source named before it ("it said", "they added"): its antecedent is the source. Any
# other cue names its own ("The German leader condemned ...", the antecedent aside, is the leader's).
_PRONOUNS = frozenset({"he", "she", "it", "they"})

# A leader's office, named before the leader ("the Office of the Polish President", "the press service of President
# Putin"): the office speaks, not the leader. Reach: the longest of these words and "the" (characters).
_OFFICE_OF = re.compile(r"\b(?:the\s+)?(?:office|chancellery|press\s+service|administration)\s+of\s+(?:the\s+)?$",
                        re.IGNORECASE)
_OFFICE_REACH = 36


def _office_at(text: str, cue: Cue) -> int | None:
    """Where a leader's office is named before a leader's cue ("The Office of the Polish President"), if it is."""
    m = _OFFICE_OF.search(text, max(0, cue.start - _OFFICE_REACH), cue.start) if cue.leader else None
    return m.start() if m else None


class AbsentParties:
    """The folder's parties with no official text, by event: their governments' names and their leaders'."""

    def __init__(self, documents: Sequence[Document], leaders: Mapping[str, str]) -> None:
        self.absent = absent_parties(documents)
        # the names a side's government is cited under (its seat, "the Russian side", its offices and accounts)
        # and its leader's office by a title no heard side's leader has (the titles read only when a side is absent)
        taken = heard_titles(documents, leaders) if self.absent else set()
        self.governments = {event: {bare(name): code for code in sorted(codes)
                                    for name in unheard_bodies({code}, taken, len(codes) == 1)}
                            for event, codes in self.absent.items()}
        sides = {event: set(codes) for event, codes in self.absent.items()}
        for d in documents:
            if d.is_official and d.event in sides:
                sides[d.event].add(d.side or "")
        # every party's leader by the names the folder's texts give them (`folder_leaders`)
        self.leaders = {event: [name for name, code in leaders.items() if code in codes]
                        for event, codes in sides.items()}

    def government(self, doc: Document, cue: Cue) -> tuple[str, str] | None:
        """The side and the name (folded, without "the") of the government of a party with no text in the folder that
        a cue naming no text cites ("the Kremlin", "Moscow", "the Russian side"), if it cites one."""
        if cue.docs or doc.event not in self.absent:
            return None
        name = bare(doc.text[cue.start:cue.end])
        name = bare(cue.antecedent) if name in _PRONOUNS and cue.antecedent else name  # "it (the Kremlin)"
        code = self.governments[doc.event].get(name)
        return None if code is None else (code, name)

    def speaks_for(self, doc: Document, cue: Cue) -> bool:
        """Whether a cue cites a government rather than a leader: an absent party's (`government`), or a leader's
        office, named before the leader ("The Office of the Polish President noted after the conversation that Warsaw
        verifies ...": the office's own account, whose words must tell what the leaders did, as a government's)."""
        return self.government(doc, cue) is not None or _office_at(doc.text, cue) is not None

    def note(self, doc: Document, cue: Cue) -> str:
        """The detail's note that the side a cue speaks for has no text in the folder (`not_in_folder`): a cue citing
        the government of a party with none (`government`), or a leader's cue naming no text when the event has one
        such party; else ""."""
        government = self.government(doc, cue)
        if government is not None:
            return not_in_folder(*government)
        parties = self.absent.get(doc.event, set())
        return not_in_folder(next(iter(parties))) if cue.leader and not cue.docs and len(parties) == 1 else ""

    def tells_the_call(self, doc: Document, cue: Cue, start: int, end: int) -> bool:
        """Whether doc.text[start:end], words cited to an absent party's government or a leader's office, tell what the
        leaders did on the call (`about_the_leaders`), the citation cut away: after it when it opens them, else up to
        it."""
        text = doc.text
        office = _office_at(text, cue)
        cue_start = cue.cue_start if office is None else min(office, cue.cue_start)  # the office's words are its cue
        # "Reuters quoted the Kremlin as saying that Putin thanked ...": the words after "as saying" are what was said
        # (when there are any: '"...," Sputnik quoted the Kremlin as saying.' told them before)
        opens = cue_start <= start < cue.cue_end or not text[start:cue_start].strip() or \
            bool(_AS_SAYING.search(text[cue_start:cue.cue_end]) and _WORD.search(text, cue.cue_end, end))
        report = text[cue.cue_end:end] if opens else text[start:min(end, cue_start)]
        return about_the_leaders(report, self.leaders.get(doc.event, ()))
