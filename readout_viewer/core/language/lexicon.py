"""Word lists of diplomatic English the engine relies on: function words, tone words and divergence cues."""

from __future__ import annotations

import re

from readout_viewer.core.language.text import stem

# The days of the week and the months: words of a date, never of a name ("Netanyahu Wednesday", "Scholz Nov. 15"),
# nor a speaker ("On Friday, Xi reiterated ..."). Each month's three letters abbreviate it ("Nov. 15", "Sept. 9").
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
MONTH_ABBREVIATIONS = frozenset((*(m[:3] for m in MONTHS), "sept"))
# The same three letters as a pattern's alternatives ("jan|feb|...|dec"), which a month's name in full or short begins
# with: the patterns that read a month (figures, kinds' time stamps, relation details) take it from here.
MONTH_STARTS_PATTERN = "|".join(m[:3] for m in MONTHS)

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
NEGATIONS = frozenset("not no never neither nor without n't cannot exclude excluding excludes rule ruling "
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
    # "grave" says "serious" (two translations of one text write "grave" / "serious implications", "deep" / "grave
    # concern"), a step below ruin ("catastrophic", "devastating")
    "grave": 2, "catastrophic": 3, "devastating": 3, "unprecedented": 3, "massive": 3, "severe": 3,
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
# The stems of STOPWORDS: a concept that is one of them is dropped as a stop word is (a constant, not state).
STOP_STEMS = frozenset(stem(w) for w in STOPWORDS)
