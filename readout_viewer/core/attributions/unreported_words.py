"""When a report's words are told: the reported words of a leader's sentence, and a day or a year that dates them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from readout_viewer.core.language.lexicon import MONTH_STARTS_PATTERN, MONTHS

# A time that dates an event the words name, not the words: right after the participle of a meeting or a document
# ("the results of the 3rd Plenary Session ... held last month", "the communique issued in 1972"), blanked before
# `speakers.said_elsewhere` reads the words.
EVENT_DATED = re.compile(r"\b(?:held|signed|issued|adopted|concluded|launched|reached)\s+(?:(?:last|earlier\s+this)\s+"
                         r"(?:year|month|week|spring|summer|autumn|fall|winter)|in\s+(?:19|20)\d\d)\b", re.IGNORECASE)

# The reported words of a leader's sentence: after the first "that" (or "what") that follows the leader's name or
# pronoun ("He informed President Trump that on the night of May 6-7, India carried out targeted strikes ...", "He
# emphasized that India had made its stance clear globally after the April 22 attack"). A day named there dates what
# the words tell, not the telling: `dated_elsewhere` reads the sentence without them. A day before it ("Modi said on
# Monday that ...") or after it (", Modi said on Friday") still dates the words.
_REPORTED = re.compile(r"\b(?:that|what)\b", re.IGNORECASE)
# A closing clause of saying after the reported words (", the Foreign Secretary said on Wednesday"): it dates them.
_CLOSING_SAY = re.compile(r",[^,]*\b(?:said|says|told|added|noted|stated|reported)\b[^,]*$")


def without_reported_words(said: str, who: str) -> str:
    """`said` with its reported words (`_REPORTED`, after the name or pronoun `who` cites: "He (Modi)", "Modi")
    blanked up to a closing clause of saying (`_CLOSING_SAY`), which is kept."""
    name = who.split(" (", 1)[0].strip()
    cited = re.search(rf"\b{re.escape(name)}\b", said, re.IGNORECASE) if name else None
    m = _REPORTED.search(said, cited.end()) if cited else None
    if m is None:
        return said
    closing = _CLOSING_SAY.search(said, m.end())
    stop = closing.start() if closing else len(said)
    return said[:m.end()] + " " * (stop - m.end()) + said[stop:]


# A day named with its year ("..., Biden said in a statement on April 24, 2020", "on 24 April 2020"): `dated_elsewhere`
# reads a month's day in the call's year, so a day of another year is read here (the second probe of real sentences,
# eval/unrep_probe2.yaml: docs/engine.md, Round 48, helper unrep23).
_DAY_OF_A_YEAR = re.compile(rf"\b(?:(?:{MONTH_STARTS_PATTERN})[a-z]*\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?|"
                            rf"\d{{1,2}}\s+(?:{MONTH_STARTS_PATTERN})[a-z]*,?)\s+(?P<year>(?:19|20)\d\d)\b",
                            re.IGNORECASE)


# A year inside a leader's reported words ("Biden told Erdogan that he will label the massacre of up to 1.5 million
# Armenians in 1915 a genocide"): it dates what the words tell, not the telling, as a day there does
# (`without_reported_words`); `speakers.ELSEWHEN` reads "in <year>" as the time of the words, so it is blanked there
# (the second probe of real sentences, eval/unrep_probe2.yaml: docs/engine.md, Round 48, helper unrep23).
_IN_A_YEAR = re.compile(r"\bin\s+(?:19|20)\d\d\b", re.IGNORECASE)


def years_in_the_words(said: str, who: str) -> str:
    """`said` with each "in <year>" (`_IN_A_YEAR`) in its reported words (`without_reported_words`) blanked."""
    outside = without_reported_words(said, who)

    def blank(m: re.Match[str]) -> str:
        return m.group() if outside[m.start():m.end()].strip() else " " * len(m.group())
    return _IN_A_YEAR.sub(blank, said)


def of_another_year(said: str, days: Sequence[date]) -> bool:
    """Whether `said` names a day with a year (`_DAY_OF_A_YEAR`) that is none of the call's `days`' years."""
    years = {d.year for d in days}
    return bool(days) and any(int(m.group("year")) not in years for m in _DAY_OF_A_YEAR.finditer(said))


# A month named as the time of the words, with no day ('In May, Ramaphosa said "bystander countries" were paying the
# price ...', of a meeting in September: a read event's wrong flag, Round 50, helper unrep26): `dated_elsewhere`
# reads a month's day only, so a month alone that is none of the call's is read here, when it opens the sentence as
# the time of the telling: inside it, a month dates what the words name ("the agreement ... brokered by the UN and
# Turkey in July", a gold item; "since his ... landslide victory in July"). Capitalised, as a month's name is; not
# before a day ("In May 5"), which `dated_elsewhere` reads.
_IN_A_MONTH = re.compile(rf"\W*In\s+(?P<month>{'|'.join(m.capitalize() for m in MONTHS)})\b(?!\s+\d)")


def of_another_month(said: str, days: Sequence[date]) -> bool:
    """Whether `said` opens on a month alone (`_IN_A_MONTH`) that is none of the call's `days`' months."""
    m = _IN_A_MONTH.match(said)
    return bool(days) and m is not None and MONTHS.index(m.group("month").lower()) + 1 not in {d.month for d in days}
