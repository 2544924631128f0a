"""Word lists of diplomatic English the engine relies on: function words, synonym groups and divergence cues."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from readout_viewer.core.language.text import STEM_CACHE, stem

# Words that carry no claim of their own; they are ignored when claims are compared. "following" is nearly
# always the preposition ("following the summit"), which must not meet "follow-up" consultations. Words of
# approximation ("nearly", "almost", "roughly") say how close a figure is: cut to its stem, "spoke for nearly an
# hour" met troops "near the border" and was no longer a mere mention of the call (fifteen: recall 635 -> 636).
STOPWORDS = frozenset("""
a an the and or nor of to in on for with by at as is are was were be been being am that this these those it its
their theirs his her hers they them he she we our ours us you your i me my from also which who whom whose has have
had will would shall should can could may might must do does did not no but so than then there here such into onto
about over under between during after before while within without upon any all both each either neither other
another same very just only even still yet more most much many some one ones what when where why how if because
since though although whether per via mr mrs ms dr jr said says say saying according told tell noted note
out up case event part thing things way well two following including nearly almost roughly approximately
""".split())

# Words that frame a report rather than state it: a leader's title, dates and days, light verbs of saying and
# doing. Claims keep them (a date can tell two calls apart); the attribution check leaves them out when it asks
# which account carries a statement, since every account of the call repeats them.
FRAME_WORDS = frozenset("""
president presidents today yesterday added stated made make makes gave give get gets got take took done having
him own off down too january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
""".split())

# Words that set the scene of the event rather than say what was said in it: that the leaders met, talked or
# called, by video, on which day, which side, and made remarks (a conversation "took place"). Two sentences that
# share only these and the leaders' names both say that the meeting took place ("Xi had a virtual meeting with
# Biden" / "Biden made the remarks during a virtual meeting with Xi"); they report each other only when neither
# says more (linking.similarity.score).
SETTING_WORDS = FRAME_WORDS | frozenset("""
meeting meetings met meet meets virtual virtually video videoconference call calls talks talk talked conversation
summit leader leaders counterpart counterparts link remarks remark held hold holds place side sides
""".split())

# Words that only say a text was put out, and in what or where: a statement made of them says its source made the
# call public (attributions.check), and after a cue they say in what the source spoke, not what (attributions.cues).
PUBLICATION_WORDS = frozenset("""
announced confirmed reported posted post wrote writes published released release issued statement statements
readout readouts platform account channel website press service office briefing separately social media truth
telegram twitter facebook
""".split())

# Words that say how a thing was said, not what: a verb of stressing or restating and "the importance of". Two
# claims that share only these, names and the setting report different things ("both emphasised the importance of
# cooperation" / "Biden underscored the importance of managing strategic risks"); they do not make a match on
# content (linking.similarity.SETTING), though they still add to a score where content is shared.
MANNER_WORDS = frozenset("""
emphasized stressed underscored reaffirmed reiterated importance
""".split())
# Verbs of a stand against something (negation cues, NEGATIONS) or for it (welcomed, praised): what two claims share
# in them is the stance, not what it is taken on ("China stands for peace and opposes war" / "the United States
# continues to oppose any unilateral changes to the status quo"; "communication to prevent the situation from
# exacerbating" / "efforts to prevent and then respond to the invasion"; "welcomed the opportunity to speak candidly"
# / "welcomed the progress on fentanyl"): no content either (linking.similarity.SETTING).
STANCE_WORDS = frozenset("oppose prevent reject refuse deny exclude avoid welcomed".split())

# Groups of words that report the same thing in readouts and the press; the first word names the group.
# Each group is a family of paraphrases in diplomatic language, not phrases of any one text.
SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("talk", "talks", "conversation", "call", "spoke", "speak", "discussed", "discuss", "discussion",
     "videoconference", "phone", "telephone", "exchanged", "exchange", "conversed"),
    ("meeting", "meetings", "summit", "summits", "meet", "met"),
    ("task", "tasked", "instruct", "instructed", "charge", "charged", "mandate", "order", "ordered", "command",
     "commanded", "directive"),
    ("team", "teams", "representatives", "representative", "officials", "official", "delegation",
     "delegations", "envoys", "aides"),
    ("consultations", "consultation", "follow-up", "follow", "contacts", "contact", "negotiations",
     "negotiation", "negotiating", "dialogue", "engagement", "engage"),
    ("emphasize", "emphasized", "stressed", "stress", "underscored", "underscore", "underlined", "highlighted",
     "insisted"),
    ("concern", "concerns", "concerned", "worry", "worries", "alarm", "anxiety", "unease"),
    ("sanctions", "sanction", "measures", "penalties", "costs", "consequences", "restrictions"),
    ("warn", "warned", "warning", "cautioned"),
    ("urged", "urge", "urges", "urging", "exhorted"),
    ("agree", "agreed", "agreement", "agreements", "accord", "accords", "consensus", "deal", "treaty", "treaties"),
    ("threat", "threatening", "threatened", "threaten", "menace", "intimidation"),
    ("troops", "forces", "military", "army", "soldiers", "buildup", "build-up"),
    ("border", "borders", "frontier", "vicinity", "adjacent", "bordering", "near", "surrounding"),
    ("escalation", "escalate", "escalates", "invasion", "invade", "invades", "intervention", "incursion",
     "aggression", "attack", "shelling", "bombardment", "hostilities", "war", "wars", "conflict", "conflicts"),
    ("guarantees", "guarantee", "assurances", "assurance"),
    ("expansion", "enlargement", "eastward"),
    ("impose", "imposing", "apply", "introduce", "introduction", "imposition"),
    ("deploy", "deploying", "deployment", "station", "stationing"),
    ("weapons", "weapon", "arms", "missiles", "armaments"),
    ("reaffirm", "reaffirmed", "reiterated", "reiterate", "restated", "confirmed", "repeated"),
    ("allies", "ally", "alliance", "allied", "partners"),
    ("leaders", "leader", "presidents", "president", "heads"),
    ("responsibility", "blame", "onus", "role", "duty"),
    ("elaborated", "detailed", "explained", "outlined", "described", "presented", "elaborate", "detail",
     "expounded", "expound"),
    ("mistake", "error", "blunder", "misstep"),
    ("results", "outcomes", "outcome", "result", "implementation", "implementing", "implement"),
    ("propose", "proposed", "suggested", "offered", "proposal", "proposals", "drafts", "draft"),
    ("rupture", "break", "breakdown", "collapse", "severance", "severing"),
    ("monitor", "supervise", "oversee"),  # "follow" is consultations' ("follow-up"): a word meets one group
    ("intention", "intend", "intends", "intent", "plan", "plans", "promised", "promise"),
    ("recall", "recalled", "remember", "remembered", "forgotten", "forget"),
    ("support", "backing", "commitment", "committed"),
    ("principles", "principle", "approaches", "approach", "fundamental", "basic"),
    ("important", "importance", "key", "crucial", "vital", "special"),
    ("america", "american", "americans", "washington"),
    ("russia", "russian", "moscow", "kremlin"),
    ("china", "chinese", "beijing"),
    ("germany", "german", "berlin"),
    ("france", "french", "paris", "elysee"),
    ("britain", "british", "london"),
    ("japan", "japanese", "tokyo"),
    ("readiness", "ready", "willingness", "willing", "prepared", "eager", "interested"),
    ("cybercrime", "ransomware", "cyber", "hackers", "hacking", "cyberattacks"),
    ("iran", "iranian"),
    ("de-escalate", "de-escalation", "deescalate", "deescalation", "calm", "defuse", "ease"),
    ("stability", "stable", "peace", "peaceful"),
    ("world", "global", "globe", "international", "elsewhere"),
    ("response", "respond", "reply", "replied", "answer", "answered", "react", "reaction", "retaliate"),
    ("launch", "start", "starting", "begin", "beginning", "initiate", "initiated", "kick"),
    ("purpose", "aim", "goal", "objective"),
    ("relations", "relationship", "ties"),
    ("concession", "concessions", "compromise", "compromises"),
    ("progress", "headway", "breakthrough", "advance"),
    ("constructive", "businesslike", "frank", "candid", "productive", "useful", "cordial"),
    ("withdraw", "withdrawal", "pullback", "drawdown", "retreat"),
    ("deter", "deterrence", "deterrent", "dissuade"),
    # ... and to allocate it is to provide it: "would sign the bill envisaging allocating military aid to Ukraine" /
    # "will quickly provide significant new security assistance packages"
    ("assistance", "supply", "supplies", "provide", "provision", "deliver", "delivery", "donation",
     "donations", "donate", "donated", "allocate", "allocates", "allocated", "allocating", "allocation"),
    ("criticize", "criticized", "condemn", "condemned", "denounce", "denounced"),
    ("welcome", "welcomed", "praise", "praised", "praising", "commend", "commended", "hail", "hailed",
     "applaud", "applauded", "laud", "lauded", "positively"),
    ("request", "requests", "inquiry", "inquiries", "enquiry", "enquiries", "query", "queries", "appeal"),
    ("defend", "protect", "protection", "safeguard"),
    ("combat", "counter", "countering", "counteract", "fight", "fighting", "curb", "curbing", "suppress",
     "suppression", "tackle", "tackling"),
    ("complete", "completed", "finalise", "finalize", "finalised", "finalized", "finish", "finished"),
    ("issue", "issues", "matter", "matters", "question", "questions", "topic", "topics", "subject"),
    ("express", "expressed", "voice", "voiced", "convey", "conveyed"),
    ("cessation", "cease", "ceasefire", "cease-fire", "truce", "armistice", "halt", "halted", "halting", "stop",
     "stopped", "stopping", "pause", "paused", "suspend", "suspended", "suspension", "moratorium", "freeze"),
    ("durable", "long-term", "enduring", "sustainable", "permanent"),
    ("settlement", "resolution", "solution", "settle", "resolve"),
    ("mobilize", "mobilization", "mobilise", "mobilisation", "conscription", "conscripts"),
    ("rearm", "rearmament", "rearming", "remilitarization", "remilitarisation"),
    ("infrastructure", "facilities", "installations", "grid", "plants"),
    ("prisoners", "prisoner", "detainees", "captives", "pows", "swap"),
    ("navigation", "shipping", "maritime", "naval", "sea"),
    # the conditions a step "can occur only in": "progress ... only in an atmosphere of de-escalation" reports
    # "progress ... can occur only in an environment of de-escalation" (eighteen events: link recall 748 -> 749)
    ("atmosphere", "atmospheres", "environment", "environments"),
    # a law, a bill or a resolution that a legislature or a council passes, approves, adopts or ratifies: "as soon as
    # the Senate passes the supplemental" / "once it is approved by the Senate" / "after the adoption of the law"
    # (to "pass on" greetings is to convey them: PHRASES)
    ("approve", "approved", "approval", "adopt", "adopted", "adopting", "adoption", "pass", "passes", "passed",
     "passage", "ratify", "ratified", "ratification"),
    # talks or contacts that start again: "this contact was restarted" / "contacts between participants ... have
    # resumed"; "the resumption of direct negotiations" / "support in resuming direct negotiations" (stemming parts
    # "resumption" from "resuming"). Not "renewed": a renewed call or criticism is a repeated one.
    ("resume", "resumed", "resumes", "resuming", "resumption", "restart", "restarted", "restarts", "restarting"),
    # a clipped word is the word: "the attack on the Kharkiv TV tower" / "the Kharkiv television tower"; "a ban on
    # high-tech exports" / "suppress China's trade and technology development" ("hi-tech" stays one word)
    ("television", "tv"),
    ("technology", "technologies", "technological", "tech", "hi-tech"),
)

# Words by which a text judges the call itself rather than reports what was said in it ("a frank and substantive
# conversation", "it was very useful"): two judgements of the call that share one of these senses report each
# other (linking/mentions.py), whatever else they share. "went (very) well" is the colloquial one (TONE_PHRASE).
TONE_WORDS = frozenset("""
constructive businesslike frank candid productive useful substantive informative excellent fruitful
in-depth successful
""".split())
TONE_PHRASE = re.compile(r"\b(?:went|gone|go|goes|going)\s+[\"']?\s*(?:very|extremely|really|so|quite)?\s*[\"']?"
                         r"\s*well\b")
# The words that name the call when a text judges it ("the conversation", "their exchange", "it was ..."): a tone
# word far from them judges something else ("a constructive role", "useful steps"). Group 1: "it was", which
# names the call only where nothing else is its subject.
CALL_NOUN_WORDS = ("call|phone call|conversation|talks|exchange|meeting|summit|discussion|videoconference|"
                   "video conference")
CALL_NOUNS = re.compile(rf"\b(?:{CALL_NOUN_WORDS}|(it\s+(?:was|went|had been|has been)))\b")

# Negation cues: "no", "not" and negative verbs ("not be forgotten" cancels to positive); "against" counts
# only before a verb in -ing ("warned against shifting", not "the fight against crime").
# A stand against something denies it too: "strongly opposes unilateral changes to the status quo" and "there
# are no unilateral changes" agree. Words that end or bar an action count as negations of what follows, all of
# them: "supported the proposal to halt strikes" and "a pause in strikes" both deny the strikes, so they agree
# ("stop its expansion" and "ruling out its expansion" too); a claim that asserts the strikes where the other
# halts them diverges.
NEGATIONS = frozenset("not no never neither nor without n't exclude excluding excludes rule ruling "
                      "refused refuse rejected reject denied deny forgotten forget lack absence stop stopped "
                      "stopping halt halted halting prevent ban avoid pause paused cease cessation ceasefire "
                      "cease-fire truce suspend suspended suspension moratorium freeze oppose opposes opposed "
                      "opposing".split())
# Pronouns that deny the verb before them: "threaten no one", "harms nobody", "offered nothing".
OBJECT_NEGATIONS = frozenset("nobody nothing none noone no-one".split())
# Distancing words: the writer does not vouch for what follows.
HEDGES = frozenset("allegedly alleged purportedly purported supposedly reportedly so-called ostensibly "
                   "claimed claims".split())
# Phrases of distancing that are several words long: "what he described as", "what the White House called",
# "what Moscow termed" (a few words between "what" and the verb); "what he called for" asks, it does not distance.
HEDGE_PHRASE = re.compile(r"\bwhat\s+(?:[\w.'\-]+\s+){0,4}?(?:described|called|termed|characteri[sz]ed|labell?ed|"
                          r"dubbed|portrayed)\b(?!\s+(?:for|on|upon)\b)")
# Strength of evaluative words, 1 (weak) to 3 (extreme); relations.INTENSITY_GAP says how far apart diverges.
INTENSITY = {
    "minor": 1, "slight": 1, "mild": 1, "modest": 1, "limited": 1, "inconvenience": 1,
    "strong": 2, "serious": 2, "deep": 2, "significant": 2, "firm": 2, "substantive": 2, "tough": 2,
    "grave": 3, "catastrophic": 3, "devastating": 3, "unprecedented": 3, "massive": 3, "severe": 3,
    "large-scale": 3, "crippling": 3, "colossal": 3, "complete": 3, "total": 3, "decisively": 2,
    # A stance: a firm stand is not a wish ("strongly opposes" / "expressed the hope").
    "strongly": 2, "firmly": 2, "resolutely": 2, "hope": 1, "hoped": 1, "hopes": 1, "wish": 1, "wished": 1,
}
# Strength of verbs of saying, compared only with each other: what a leader merely mentioned is not what he
# stressed (an evaluative word and a verb of saying are not on one scale).
SAYING = {"mentioned": 1, "mention": 1, "mentioning": 1, "touched": 1, "stressed": 2, "emphasized": 2,
          "underlined": 2, "underscored": 2, "insisted": 2}
# Loaded words that frame an event, and the neutral words the other side uses for it: a claim that says "war"
# where its counterpart says "conflict" frames the same thing differently.
LOADED = frozenset("war invasion aggression occupation occupiers annexation regime junta atrocities genocide "
                   "massacre terror".split())
# Loaded modifiers frame the word they stand before: "Russia's aggressive actions" against "Russia's actions".
LOADED_MODIFIERS = frozenset("aggressive illegal unprovoked brutal occupied annexed invading terrorist criminal "
                             "barbaric".split())
NEUTRAL = frozenset("conflict crisis situation operation events hostilities fighting developments".split())
# An agreement to the other side's proposal reports both the proposal and the agreement: it does not turn a
# proposal into an agreement ("Putin agreed to a US proposal" / "Trump put forward the suggestion").
ACCEPTED_PROPOSAL = re.compile(r"\b(?:agreed|accepted|supported|endorsed|backed|welcomed|responded positively)\s+"
                               r"(?:to\s+)?(?:\S+\s+){0,4}?(?:proposal|suggestion|offer|initiative|idea|plan)s?\b")
# Verbs of proposing versus deciding: a proposal reported as an agreement changes the claim.
PROPOSING = frozenset(stem(w) for w in "proposed suggested offered floated urged requested asked".split())
AGREEING = frozenset(stem(w) for w in "agreed accepted decided approved endorsed signed settled".split())


def _canon() -> dict[str, str]:
    out: dict[str, str] = {}
    for group in SYNONYMS:
        head = stem(group[0])
        for word in group:
            out.setdefault(stem(word), head)
    return out


# Stem -> group head stem; built once at import from the literal lists above (a constant, not state).
CANON = _canon()
STOP_STEMS = frozenset(stem(w) for w in STOPWORDS)


# Words whose sense depends on their form where the stem cannot tell: "strikes" on a grid are attacks, while
# "offensive strike weapons" are weapons (both cut to one stem); "lasting" is durable, "lasted" took time.
WORD_SENSES = {"strikes": "attack", "airstrikes": "attack", "airstrike": "attack",
               # a "lasting" peace is a durable one; a call that "lasted" an hour says how long it took
               "lasting": "durable",
               # humanitarian "aid" is assistance, while "aides" are a team (both cut to one stem)
               "aid": "assistance"}
# Phrases that mean one thing whose words mean others: an "exchange of views" is a discussion, not a view;
# to "share the view" is to agree; to "put forward" is to propose; to speak "in favour of" is to support; a topic
# that "came up" or that a leader "brought up" was raised (a briefer's "Human rights came up at various points" /
# the readout's "raised concerns about ... human rights"), while to "come up with" a plan is to devise it. Each
# comes with letters every match of it holds: a text without them is not searched (most claims hold none). An "end"
# to a war, a conflict or the fighting is its stop ("first they need to end the conflict" / "we want to stop the
# millions of deaths ... in the War"), while the end of a year is not. To "pass on" or "pass along" greetings is to
# convey them, not to pass a law.
PHRASES = (
    ("exchang", re.compile(r"\bexchang(?:e|ed|es|ing)\s+(?:of\s+)?(?:views|opinions)\b"), "discussed"),
    ("shar", re.compile(r"\bshar(?:e|ed|es|ing)\s+(?:the|a|this|that)\s+(?:view|opinion|position)\b"), "agreed"),
    ("forward", re.compile(r"\bput(?:s|ting)?\s+forward\b"), "proposed"),
    ("favo", re.compile(r"\b(?:spoke|speaks|speak|came out|spoken)\s+in\s+favou?r\s+of\b"), "supported"),
    ("favo", re.compile(r"\bin\s+favou?r\s+of\b"), "supporting"),
    ("up", re.compile(r"\b(?:came|come|comes|coming|brought|bring|brings|bringing)\s+up\b(?!\s+with\b)"), "raised"),
    ("pass", re.compile(r"\bpass(?:es|ed|ing)?\s+(?:on|along)\b"), "conveyed"),
    ("end", re.compile(r"\bend(?:s|ed|ing)?\s+(?:to\s+|of\s+)?(?:the\s+)?(?=(?:[\w'’-]+\s+){0,2}"
                       r"(?:war|conflict|fighting|hostilities|bloodshed|killing)\b)"), "stop"),
)


def phrases(folded: str) -> str:
    """A folded text with PHRASES replaced by the word of their sense, padded to keep its length."""
    for held, pattern, sense in PHRASES:
        if held in folded:
            folded = pattern.sub(_padded(sense), folded)
    return folded


def _padded(sense: str) -> Callable[[re.Match[str]], str]:
    return lambda m: sense.ljust(len(m.group()))


# Every word of every claim is turned into its concept, most of them many times over an analysis (terms, spelled
# words, omissions): memoised as stem() is, and bounded by the same size, far above the distinct words of a folder.
@lru_cache(maxsize=STEM_CACHE)
def concept(word: str) -> str:
    """The group a folded word belongs to (its stem when it is in no group)."""
    s = stem(WORD_SENSES.get(word, word))
    return CANON.get(s, s)
