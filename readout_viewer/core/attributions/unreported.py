"""Reports of the call no official text carries: an outlet says what a leader said, and no readout has it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from functools import partial
from typing import NamedTuple

from readout_viewer.core.attributions.dated import call_days, dated_elsewhere, without_relative_clauses
from readout_viewer.core.attributions.first_telling import first_telling
from readout_viewer.core.attributions.occasions import describes_the_call, own_words_elsewhere, views_apart
from readout_viewer.core.attributions.story_parts import in_background, in_headline
from readout_viewer.core.attributions.unreported_joint import JOINT_SCORE, joint_acts
from readout_viewer.core.attributions.unreported_others import another_call, event_accounts
from readout_viewer.core.attributions.unreported_words import (
    EVENT_DATED,
    of_another_month,
    of_another_year,
    without_reported_words,
    years_in_the_words,
)
from readout_viewer.core.labels import prose_names
from readout_viewer.core.language.sentences import sentences
from readout_viewer.core.language.speakers import said_elsewhere
from readout_viewer.core.language.text import fold
from readout_viewer.core.model import UNSUPPORTED, Attribution, Claim, Document, Link, Unreported
from readout_viewer.core.quotes.marks import find_quotations
from readout_viewer.core.system.lazyre import LazyPattern


class Candidate(NamedTuple):
    """An attribution that may report words of the call no official text carries: whose words, and what was
    searched for them."""

    who: str  # "Putin", or for an aide's relay "Trump (as Ushakov tells it)"
    searched: str  # the detail's account of the search ("; no claim of the 2 official texts holds more than ...")
    # an aide's sentences that relay a leader's words, each with whose words (as `who`); none: the whole unit, `who`'s
    spans: tuple[tuple[str, int, int], ...] = ()
    # the spans are the sentences of a leader's own unit that no text carries, the unit being supported as a whole
    # (in_part.py): listed though the attribution's verdict is the unit's, and placed as the leader's own words are
    in_part: bool = False
    # the cue tells an act done on the call ("Biden invited Suga to ..."), not words said: the reason line says so
    done: bool = False


# A leader's standing position, in the present perfect ("Biden has said he is willing to make \"significant
# compromises\" on immigration policy", "Xi has repeatedly said ..."): what the leader holds and has said before or
# apart from the call, the writer's background, not a report of this conversation. Unless the sentence ties it to the
# call (`_OF_A_CALL`: "Zelenskyy has said on a Telegram channel ... following a phone conversation with Chinese leader
# Xi Jinping"), which is how a report of it is told a day after. Also "has expressed", whose present perfect in the
# readable events' texts only ever tells background ("While Trump has expressed frustration with Russia's continued
# aggression, ...", "Beijing has expressed support for ..."); not "has warned" or "has stressed", which also tell the
# call ("According to him, Biden has repeatedly stressed that a nuclear war cannot be won", several times in the call;
# "the leaders have stressed that ...").
_STANDING = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:said|expressed)\b", re.IGNORECASE)
_OF_A_CALL = LazyPattern(r"\b(?:call|calls|conversation|talks)\b", re.IGNORECASE)
# The same told of the source itself, the sentence opening on it, with an adverb of habit ("Putin has repeatedly blamed
# the war ... on the failure of years of U.S. diplomacy"): what he holds over time. Not when someone relays it
# ("According to him, Biden has repeatedly stressed that ...": an aide's account of the call), nor when it is addressed
# to someone named ("Berg has repeatedly warned Sol that ...": the other leader, on the call).
_HABITUAL = r"\s+(?:has|have)\s+(?:repeatedly|consistently|long|often)\s+[a-z]+ed\b(?!\s+[A-Z])"
# The same with "had said" ("Ramaphosa had said it would be wrong to simply blame one side ..."): what the source said
# before the moment told (the second probe, eval/unrep_probe2.yaml: Round 48, helper unrep23).
_HAD_SAID = r"\s+had\s+(?:\w+ly\s+)?said\b"
_TITLES = r"(?:[A-Z][\w.\-]*\s+){0,3}?"  # "President", "Prime Minister" before the name the cue cites
# The source's own verb of saying in the past, right after its name ("Sheikh Hasina said various international
# organisations including the United Nations have expressed apprehension ..."): the present perfect after it is in the
# words reported, someone else's record (the third probe of real sentences, eval/unrep_probe3.yaml: Round 49, helper
# unrep25), and `_STANDING` reads only the words before the name.
_SAID_NOW = re.compile(r"\s+(?:\w+ly\s+)?(?:said|told|added|stated)\b")


def standing(said: str, who: str = "") -> bool:
    """Whether a sentence gives a leader's standing position ("has said"), not tied to a call (`_STANDING`), or tells
    what `who` (the source cited, as cited), the sentence's first words, has repeatedly done (`_HABITUAL`) or had said
    (`_HAD_SAID`, after up to three words of title); read before the name when the source's own verb is the past of
    saying (`_SAID_NOW`)."""
    name = who.split(" (", 1)[0].strip()
    cited = re.search(rf"\b{re.escape(name)}\b", said) if name else None
    if cited is not None and _SAID_NOW.match(said, cited.end()):
        said = said[:cited.start()]
    habitual = bool(name) and (re.match(rf"\W*{re.escape(name)}{_HABITUAL}", said) is not None or
                               re.match(rf"\W*{_TITLES}{re.escape(name)}{_HAD_SAID}", said) is not None)
    return (habitual or bool(_STANDING.search(said))) and not _OF_A_CALL.search(said)


# A leader's words the sentence says another publication printed ("..., Xi said, as quoted by the Xinhua news agency",
# "..., Kyodo News reported"):
# the writer relays that publication's copy, named, and is not telling the call from no one; whether a text of the
# folder carries it is that copy's question, as an aide's relayed report is checked as the aide's (round 18). Only
# "as quoted by": "according to an official statement" is the writer's own gloss, and such a report may be in no
# readout (measured on the readable events: with it, a right flag lost for two wrong ones; with aides' and officials'
# relays too, found 18 -> 14 of 93 for wrong 10 -> 8). From round 26 also a closing "..., Kyodo News reported" (a
# capitalised name ending in "News" or "Agency": a news agency, no party's office).
_RELAYED = re.compile(r"\bas\s+quoted\s+by\b|,\s+(?:[A-Z][\w.\-]*\s+){1,3}(?:News|News\s+Agency|Agency)\s+"
                      r"(?:reported|reports|said)\b")

# Where a text says a leader posted an account ("Zelenskyy said in his Telegram channel", "Zelensky announced on social
# media", "Source: Zelenskyy on Telegram"): what the text then tells of that leader's words retells the post, published
# by a party to the call, not what the writer heard from no one (and the attribution check reads a leader's words said
# there as that leader's text, judge.py). Only a post of the leader reported: "Trump announced on Truth Social that he
# would speak with Putin" is no source of Putin's words. X by its capital letter ("President Ramaphosa confirmed on X
# (Twitter) that the meeting had taken place. He said during his telephone call, both leaders agreed ...": the fourth
# probe, eval/unrep_probe4.yaml, Round 50, helper unrep26), as speakers.ELSEWHEN reads it in the sentence itself.
POSTED = re.compile(r"\b(?:on|in|via)\s+(?:(?:a|the|his|her|their)\s+)?(?:social[\s-]+media|truth\s+social|twitter|"
                     r"telegram|facebook|instagram|(?-i:X))\b|\bin\s+(?:a|his|her|their)\s+(?:social[\s-]+media\s+)?"
                     r"post\b", re.IGNORECASE)


# A leader's words given "according to" the leader ("According to Xi Jinping, Sino-US relations \"have not yet gone
# beyond ...\""): the writer sums up the leader's position, with no verb of saying that ties it to the call (the
# sentence before often names the account it comes from). Checked as the leader's words, never a charge that no
# readout carries them. "According to him" for an aide goes on as the aide's relay (relayed.py), not this.
_ACCORDING = re.compile(r"\baccording\s+to\s+$", re.IGNORECASE)
_ACCORDING_REACH = 16  # characters before the leader's name: "according to " and a space or two


def summed_up(text: str, cue_start: int) -> bool:
    """Whether the leader's name at `cue_start` follows "according to": the writer's summary, not a report."""
    return bool(_ACCORDING.search(text, max(0, cue_start - _ACCORDING_REACH), cue_start))


def _posted_by(text: str, before: int, names: Sequence[str]) -> bool:
    """Whether the text, before `before`, says one of `names` (a leader's, folded) posted an account: a `POSTED`
    place whose sentence, up to it and outside its quotations, names them. The post's own words name whom it is
    about, not who posted it ("\"I had a long and meaningful phone call with President Xi Jinping,\" Zelensky said on
    Twitter" is Zelensky's post, and Xi's words quoted after it are still Xi's on the call)."""
    for m in POSTED.finditer(text, 0, before):
        line = text.rfind("\n", 0, m.start()) + 1
        start = sentences(text, line, m.start())[-1][0]  # the posting sentence, its line's sentences before it not
        said = fold(_unquoted(text, start, m.start()))
        if any(re.search(rf"\b{re.escape(name)}\b", said) for name in names):
            return True
    return False


def _unquoted(text: str, start: int, end: int) -> str:
    """text[start:end] with the words of every closed quotation in it blanked."""
    chars = list(text[start:end])
    for q in find_quotations(text):
        if q.closed and q.start < end and start < q.end:
            chars[max(q.start, start) - start:min(q.end, end) - start] = " " * (min(q.end, end) - max(q.start, start))
    return "".join(chars)


def _said_elsewhere(text: str, x: Attribution, names: Sequence[str], post_whole: bool = True) -> bool:
    """Whether a report was said outside the call or is told from another copy: its own words place it so
    (`speakers.said_elsewhere`) or name the publication it quotes (`_RELAYED`), or it or the text before it says the
    leader (`names`) posted an account it retells, when the folder holds that account whole (`post_whole`): a post the
    folder holds only as an excerpt may have said what the outlet retells of it in the part the folder lacks, which is
    what the flag reports (with `excerpt_note`)."""
    said = years_in_the_words(EVENT_DATED.sub(" ", without_relative_clauses(text[x.start:x.end])), x.cited_as)
    return said_elsewhere(said, occasion=True) or bool(_RELAYED.search(said)) or standing(said, x.cited_as) or \
        (post_whole and _posted_by(text, x.end, names))


def _dated(text: str, x: Attribution, days: Sequence[date]) -> bool:
    """Whether a report dates itself to another day than the call's (`days`: dated.dated_elsewhere), or to a day of
    another year (`of_another_year`) or a month alone that is not the call's (`of_another_month`), read without its
    relative clauses and its reported words (`without_reported_words`)."""
    said = without_reported_words(without_relative_clauses(text[x.start:x.end]), x.cited_as)
    return dated_elsewhere(said, days) or of_another_year(said, days) or of_another_month(said, days)


def _whole(by_id: Mapping[str, Document], cited: str | None) -> bool:
    """Whether the text an attribution cites is whole in the folder (not marked an excerpt), or none is cited."""
    doc = by_id.get(cited or "")
    return doc is None or not doc.excerpt


def _may_list(doc: Document, official: set[str], links_of: Mapping[str, list[str]], claim: Claim) -> bool:
    """Whether a claim may be listed in a report's place: not the headline, not linked to an official text."""
    return not (in_headline(doc, claim.start) or _linked_to_official(claim, official, links_of))


def _linked_to_official(claim: Claim, official: set[str], links_of: Mapping[str, list[str]]) -> bool:
    return any(other.split("#", 1)[0] in official for other in links_of.get(claim.id, ()))


def _unlinked(text: str, claims: list[Claim], official: set[str], links_of: Mapping[str, list[str]],
              around: Sequence[Claim] = ()) -> list[Claim]:
    """The claims of a report whose sentence (the whole of it: `around`, the document's claims) has none linked to an
    official text: "Biden warned Putin that ..., while Putin responded that ..." retells a readout in its first part;
    but a unit of several sentences ("... He recalled that ... He called for ...,\" the Elysee added") tells a point
    in each, and one a readout carries says nothing of the others."""
    lo, hi = min((c.start for c in claims), default=0), max((c.end for c in claims), default=0)
    stop = text.find("\n", hi)
    out = []
    for start, end in sentences(text, text.rfind("\n", 0, lo) + 1, len(text) if stop < 0 else stop):
        held = [c for c in claims if start <= c.start < end]  # none in the paragraph's other sentences
        told = [c for c in around or held if start <= c.start < end]
        if held and not any(_linked_to_official(c, official, links_of) for c in told):
            out.extend(held)
    return out


def _met_the_press(documents: Sequence[Document], event: str, seen: dict[str, bool]) -> bool:
    """Whether `event`'s leaders gave views at a press appearance apart from its official account
    (`occasions.views_apart`), read once."""
    if event not in seen:
        seen[event] = views_apart([d for d in documents if d.event == event])
    return seen[event]


def find_unreported(documents: Sequence[Document], claims_of: Mapping[str, Sequence[Claim]], links: Sequence[Link],
                    attributions: Sequence[Attribution], leader_cues: Mapping[int, Candidate],
                    voices: Mapping[str, Sequence[str]] | None = None) -> list[Unreported]:
    """Outlet statements that report a leader's words on the call (`leader_cues`: indexes of the attributions
    that the check found in no official account, each with whose words they are and what was searched) when none
    of the sentence's claims is linked to an official text either and nothing places them before or outside the
    call (its words or a day it names, dated.py), nor the text before them says the leader posted an account
    (`voices`: each official text's leaders' names, folded), nor they are the document's headline (`in_headline`) or
    its background section (`in_background`), nor a leader's own words told to the press or his views given at
    a meeting's press appearance (`own_words_elsewhere`); then both leaders' acts told unsourced (`_joint_reports`)."""
    by_id, names = {d.id: d for d in documents}, prose_names(documents)
    official = {d.id for d in documents if d.is_official}
    days: dict[str, tuple[date, ...]] = {}  # each event's days of its official texts, read when first needed
    accounts: dict[str, str] = {}  # each event's official texts and leaders (`event_accounts`), read when first needed
    links_of: dict[str, list[str]] = {}
    for link in links:
        links_of.setdefault(link.a, []).append(link.b)
        links_of.setdefault(link.b, []).append(link.a)
    out: list[Unreported] = []
    listed: set[str] = set()  # the claims listed so far
    pressed: dict[str, bool] = {}  # each event: whether its leaders met the press at a meeting, read when first needed
    ordered: dict[str, list[Claim]] = {}  # each document's claims in order, sorted when first needed
    for i in leader_cues:
        x = attributions[i]
        doc = by_id[x.doc]
        has_accounts, in_part = any(by_id[o].event == doc.event for o in official), leader_cues[i].in_part
        if doc.is_official or (x.verdict != UNSUPPORTED and not in_part) or not has_accounts or \
                in_headline(doc, x.start) or in_background(doc.text, x.end) or \
                _said_elsewhere(doc.text, x, (voices or {}).get(x.cited or "", ()), _whole(by_id, x.cited)) or \
                _dated(doc.text, x, days.setdefault(doc.event, call_days(by_id[o] for o in official
                                                                         if by_id[o].event == doc.event))):
            continue
        named = (voices or {}).get(x.cited or "", ())  # the cited side's leader by name and office
        at_a_meeting = partial(_met_the_press, documents, doc.event, pressed)
        if (not leader_cues[i].spans or in_part) and own_words_elsewhere(doc.text, (x.start, x.end), x.cited_as, named,
                                                                         at_a_meeting):
            continue  # the leader's own words to reporters or an audience, not on the call (an aide's relay has spans)
        if another_call(doc.text[x.start:x.end], accounts.get(doc.event) or accounts.setdefault(
                doc.event, event_accounts([by_id[o] for o in official if by_id[o].event == doc.event], voices or {}))):
            continue
        spans = leader_cues[i].spans or ((leader_cues[i].who, x.start, x.end),)
        told = {c: next(who for who, s, e in spans if c.start < e and s < c.end) for c in claims_of.get(doc.id, ())
                if c.is_statement and any(c.start < e and s < c.end for _, s, e in spans)}
        claims = [c for c in _unlinked(doc.text, list(told), official, links_of, claims_of.get(doc.id, ()))
                  if not describes_the_call(c.text)]
        if not claims:
            continue
        cut = excerpt_note((by_id[o] for o in official if by_id[o].event == doc.event), names)
        in_order = ordered.get(doc.id) or ordered.setdefault(doc.id, sorted(claims_of.get(doc.id, ()),
                                                                              key=lambda c: c.start))
        for claim in claims:
            shown = first_telling(claim, in_order, partial(_may_list, doc, official, links_of))
            if shown is not claim and shown.id in listed:
                continue  # the point told first is listed already
            listed.add(shown.id)
            did = "did" if leader_cues[i].done else "said"
            out.append(Unreported(shown.id, f"reports what {told[claim]} {did} on the call; no official account "
                                            f"of the event carries it{leader_cues[i].searched}{cut}",
                                  x.score if x.score is not None else 0.5))
    return out + _joint_reports(documents, official, claims_of, attributions, links_of, voices or {}, listed)


def _joint_reports(documents: Sequence[Document], official: set[str], claims_of: Mapping[str, Sequence[Claim]],
                   attributions: Sequence[Attribution], links_of: Mapping[str, list[str]],
                   voices: Mapping[str, Sequence[str]], listed: set[str]) -> list[Unreported]:
    """Each outlet's claims that tell both leaders' act with no source and that no official text of its event carries
    (unreported_joint.joint_acts), but those listed already (`listed`)."""
    out: list[Unreported] = []
    for doc in documents:
        accounts = [d for d in documents if d.id in official and d.event == doc.event]
        if doc.is_official or not accounts:
            continue
        unlinked = partial(_unlinked, doc.text, official=official, links_of=links_of, around=claims_of.get(doc.id, ()))
        for claim in joint_acts(doc, accounts, claims_of, attributions, voices, unlinked):
            if claim.id not in listed:
                listed.add(claim.id)
                out.append(Unreported(claim.id, "reports what the two leaders did on the call; no official account "
                                                "of the event carries it", JOINT_SCORE))
    return out


def excerpt_note(documents: Iterable[Document], names: Mapping[str, str], named: str | None = None) -> str:
    """What a verdict of absence must add when an official text it searched is only an excerpt (its front matter
    says `excerpt: true`): the part the folder lacks may say it. `names`: the documents' names in a detail
    (labels.prose_names); `named`: the text the verdict has just named, then called "that text". Empty when every
    text is whole."""
    cut = [d for d in documents if d.excerpt]
    if not cut:
        return ""
    if len(cut) > 1:
        return f" (the folder holds only excerpts of {len(cut)} official texts: the rest may say it)"
    which = "that text" if cut[0].id == named else names.get(cut[0].id, cut[0].label)
    return f" (the folder holds only an excerpt of {which}: the rest may say it)"
