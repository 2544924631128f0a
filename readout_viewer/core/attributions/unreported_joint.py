"""Both leaders' act on the call that an outlet tells with no source ("The two leaders also agreed to ...")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence

from readout_viewer.core.attributions.cue_words import ACCORDING_OR_CITING, LEADER_NOUNS
from readout_viewer.core.attributions.dated import call_days, dated_elsewhere, without_relative_clauses
from readout_viewer.core.attributions.occasions import describes_the_call, sentence_before
from readout_viewer.core.attributions.press_words import CALL
from readout_viewer.core.attributions.story_parts import in_background, in_headline
from readout_viewer.core.attributions.unreported_words import EVENT_DATED, of_another_year
from readout_viewer.core.language.sentences import sentences
from readout_viewer.core.language.speakers import said_elsewhere
from readout_viewer.core.language.text import fold
from readout_viewer.core.model import Attribution, Claim, Document
from readout_viewer.core.quotes.marks import find_quotations
from readout_viewer.core.system.lazyre import LazyPattern

# Both leaders as one subject, by what they are ("The two leaders", "Both presidents", "Both the premiers", "The
# leaders", "The two agreed ..."): the writer tells what they did together on the call. Not "the two sides" or "the
# parties", which as often name the two governments' delegations or the parties to a war.
_BOTH = rf"(?:the\s+two|both(?:\s+the)?|the)\s+{LEADER_NOUNS}|the\s+two"
# What the two did on the call, in the past, as a report tells it: agreed, stressed, committed ... ("Both presidents
# unanimously stressed: ...", "In addition, the leaders agreed to speed up ..."): a point that a readout carries or
# lacks. Not a topic the two talked about ("discussed", "exchanged views", "touched on"): readouts list a call's topics
# in words of their own, and the linking misses what they word otherwise (on the read events, of the four such topics
# the linking left apart, three are what the readout says: "The two leaders discussed continuing defence cooperation
# ...", "the two Heads of State also exchanged views on various international issues ..."). Nor a stance the two took
# ("affirmed", "welcomed", "appreciated": cue_words.STANCE_VERBS), which a readout words otherwise too, as a leader's
# own stance is never listed (check._candidate): "The two also affirmed that they will work on strengthening the
# four-way collaboration among their countries plus Australia and India" is Tokyo's "the U.S.-Japan-Australia-India
# relationship"; nor a position said again or a fact taken note of ("reiterated", "noted"), a stance for the same
# reason (Round 27's "reaffirmed"). Nor what the two "said": words both leaders say at once are a joint statement's, a
# text of both sides, or their joint appearance before the press, not the call's. Nor what they held the call to do
# or will do, nor a verb of the call itself ("spoke").
_JOINT_VERBS = r"agreed|stressed|emphasi[sz]ed|committed|pledged|vowed|promised"
# Words between the subject and the verb: adverbs of addition or manner ("also", "further", "unanimously").
_BETWEEN = r"(?:(?:also|further|then|both|jointly|\w+ly)\s+)*"
# A lead-in before the subject ("In addition, the leaders agreed ...", "Also, ...", "In this context, both leaders
# agreed ...": the fourth probe, eval/unrep_probe4.yaml, Round 50, helper unrep26), up to its comma. Not the call as
# the time of the act ("During the call, Biden and the newly elected Colombian president agreed that their respective
# teams would stay in touch ..."): on the read events, what follows it is the readout's, in other words.
_LEAD_IN = (r"(?:(?:in\s+addition|additionally|also|separately|meanwhile|moreover|furthermore|in\s+this\s+context)"
            r"\s*,?\s+)?")


# The words of title and given name before a leader's last name in the pair: an office "of" its country, and the
# given name ("Vice President of the United States Mike Pence", "President of the Russian Federation Vladimir Putin":
# the fourth probe, eval/unrep_probe4.yaml, Round 50, helper unrep26).
TITLE_WORDS = 7


def _pair(names: Sequence[str]) -> str:
    """The two leaders by name as one subject ("Putin and Trump", "President Zelenskyy and Erdogan"): a name of one
    side's leader, "and", one of the other's, each after up to TITLE_WORDS words of title (`names`: each side's last
    names, folded, as an alternation)."""
    one, other = names
    title = rf"(?:[\w.\-]+\s+){{0,{TITLE_WORDS}}}?"
    return (rf"{title}(?:{one})\s+and\s+{title}(?:{other})|"
            rf"{title}(?:{other})\s+and\s+{title}(?:{one})")


def joint_pattern(sides: Sequence[Iterable[str]], subject: str = "") -> re.Pattern[str]:
    """What opens a sentence telling both leaders' act (folded text): a lead-in, both leaders as the subject (`_BOTH`,
    or the two by name when `sides`, each side's leaders' names, are two; or `subject` alone, when given), adverbs, a
    verb of the act."""
    last = [sorted({n.split()[-1] for n in side if n.split()}) for side in sides]
    alternatives = [_BOTH]
    if len(last) == 2 and all(last):
        alternatives.append(_pair(["|".join(map(re.escape, names)) for names in last]))
    return re.compile(rf"\W*{_LEAD_IN}(?:{subject or '|'.join(alternatives)})\s+{_BETWEEN}(?:{_JOINT_VERBS})\b")


# "They" opening the act ("They agreed to accelerate talks ..."), right after a sentence that names the call or both
# leaders (`joint_pattern`'s subjects): the leaders of that call.
_THEY = joint_pattern((), r"they")


# A source the sentence names for what it tells ("..., according to media reports", "citing the Kremlin"): that
# source's report, not the writer's own telling.
_CITED = LazyPattern(rf"\b{ACCORDING_OR_CITING}\b", re.IGNORECASE)


def joint_sentences(text: str, pattern: re.Pattern[str], covered: Callable[[int, int], bool]
                    ) -> list[tuple[int, int]]:
    """The sentences of `text` that open on both leaders' act (`pattern`: joint_pattern; or `_THEY`, after a sentence
    that names the call or both leaders), told by the writer: no attribution covers them (`covered`), they name no
    source (`_CITED`) and they are no one's quoted words (inside a quotation, or opening on a quotation mark: a
    statement quoted paragraph by paragraph, "\u201cThe leaders agreed to continue close coordination ...")."""
    quoted = [(q.start, q.end) for q in find_quotations(text)]
    out = []
    for start, end in sentences(text):
        said = fold(text[start:end])
        if not pattern.match(said) and not (_THEY.match(said) and _after_the_call(text, start, pattern)):
            continue
        if said.lstrip()[:1] in "\"'" or any(a <= start < b for a, b in quoted) or _CITED.search(said) or \
                covered(start, end):
            continue
        out.append((start, end))
    return out


def _after_the_call(text: str, start: int, pattern: re.Pattern[str]) -> bool:
    """Whether the sentence before offset `start` names the call (`CALL`) or opens on both leaders (`pattern`'s
    subjects, before any verb)."""
    at, stop = sentence_before(text, start)
    before = fold(text[at:stop])
    return at < start and (bool(CALL.search(before)) or bool(pattern.match(before)))


# How sure a report of both leaders' act with no source is: less than a cue's, whose words a source vouches for.
JOINT_SCORE = 0.4


def joint_acts(doc: Document, accounts: Sequence[Document], claims_of: Mapping[str, Sequence[Claim]],
               attributions: Sequence[Attribution], voices: Mapping[str, Sequence[str]],
               unlinked: Callable[[list[Claim]], list[Claim]]) -> list[Claim]:
    """The claims of an outlet's sentences that tell both leaders' act with no source (`joint_sentences`; `accounts`:
    the event's official texts, `voices`: each one's leaders by name) and that no official text carries: not the
    headline, nor the background section, nor placed before or outside the call, nor linked to an official text
    (`unlinked`: the claims of those none of whose sentence's claims is), nor only describing the call; of a sentence,
    the claims before a semicolon, whose clause after it has a subject of its own."""
    sides: dict[str, list[str]] = {}
    for account in accounts:
        sides.setdefault(account.party, []).extend(voices.get(account.id, ()))
    cues = [(x.start, x.end) for x in attributions if x.doc == doc.id]
    days = call_days(accounts)
    out: list[Claim] = []
    for start, end in joint_sentences(doc.text, joint_pattern(list(sides.values())),
                                      lambda a, b: any(s < b and a < e for s, e in cues)):
        said = EVENT_DATED.sub(" ", without_relative_clauses(doc.text[start:end]))
        if in_headline(doc, start) or in_background(doc.text, end) or said_elsewhere(said, occasion=True) or \
                dated_elsewhere(said, days) or of_another_year(said, days):
            continue
        stop = doc.text.find(";", start, end)
        stop = end if stop < 0 else stop
        held = [c for c in claims_of.get(doc.id, ()) if c.is_statement and start <= c.start < stop]
        out.extend(c for c in unlinked(held) if not describes_the_call(c.text))
    return out
