"""The words of attribution cues as regex parts: verbs of saying, document nouns, days, names of sources."""

from __future__ import annotations

from collections.abc import Sequence

from readout_viewer.core.attributions.alternations import alternation_of, not_after
from readout_viewer.core.attributions.cited import Source
from readout_viewer.core.language import documents
from readout_viewer.core.language.lexicon import WEEKDAYS

# Verbs that report what a source said or wrote ("He went on to say ..."); "raised" too, what a leader brought up on
# the call ("Trump again raised the matter ..."), promised, demanded, set out or objected to on it ("Xi also vowed to
# counter ...", "He demanded the withdrawal ...", "Berg also criticized ..."; not "have criticized", a record).
# Verbs of a stance a source takes on the call, in the words the readouts use for it ("Biden reaffirmed ...", "Putin
# underlined the need ...", "Putin expressed readiness ..."): cues of what it said, but never a report in no readout
# (check._candidate): a leader's standing position is what a readout words otherwise (Round 27's "reaffirmed").
# Of them, verbs of an act done on the call, not a stance taken on it ("Biden invited Suga to an online climate summit
# ..."): an invitation has its own object (a summit, a visit) that a readout carries or lacks, no position a readout may
# word otherwise; not a stance (sentence_cues), and what no readout carries of it is reported as done on the call. So
# is an offer or a proposal ("Orbán proposed an urgent truce", "Biden offered US support for this"): its object (a
# truce, a visit, support) a readout carries or lacks (Round 46, helper unrep19: read50 "not in any readout" found +1
# with no wrong flag more; "suggested" and "requested that" too: +2 more on read50 but one wrong flag more kept out).
# So is a briefing ("Modi also briefed President Trump on Operation Sindoor"): what he briefed on is its object,
# which a readout carries or lacks (Round 47, helper unrep22: the unreported probe found +2, every pool's figures
# unchanged); and what a leader conveyed ("Kishida also conveyed Japan's stance on Taiwan to Xi, a senior official at
# the Foreign Ministry said": read55 found +1, no wrong flag more, the kept pools unchanged).
ACT_VERBS = r"invited|invites|proposed|offered|briefed|conveyed"
STANCE_VERBS = (r"reaffirmed|reaffirms|underscored|underscores|underlined|underlines|highlighted|highlights|"
                r"expressed|expresses|welcomed|welcomes|assured|assures|thanked|congratulated|praised|condemned|"
                r"conveyed|voiced|asserted|appreciated|lauded|hailed|invited|briefed|recalled|called\s+(?:for|on)|pressed")
VERBS = (r"said|says|say|stated|states|told|tells|added|adds|noted|notes|stressed|stresses|emphasi[sz]ed|"
          r"denied|denies|raised|raises|vowed|vows|pledged|pledges|elaborated(?:\s+on)?|demanded|demands|"
          r"reiterated|warned|insisted|proposed|offered|"
          # a warning in the word synonyms.py groups with "warned" ("Xi Jinping cautioned that the United States could
          # face increasing global isolation"), and a wish said on the call ("Putin also wished Saudi Arabia's
          # leadership and people a happy Ramadan"), not one to do something ("wished to avoid ...", what one wanted)
          r"cautioned|cautions|wished(?!\s+to\b)|claimed|claims|announced|announces|reported|reports|wrote|writes|reads|"
          r"affirmed|confirmed|explained|explains|tweeted|acknowledged|argued|made (?:it )?(?:clear|known)|saying|"
          r"urged|urges|blamed|blames|accused|accuses|quotes|quoted|posted|posts|(?<!ave )(?<!has )critici[sz]e[ds]|"
          # "Biden reaffirmed ...", "Putin underlined the need ...": a stance taken on the call (STANCE_VERBS)
          rf"{STANCE_VERBS}|"
          # "the White House described the conversation as 'candid'": a characterisation is a statement, as is a
          # frame given it ("The U.S. readout framed the conversation as a call 'regarding Syria'", the attribution
          # probe, eval/attr_probe.yaml)
          r"described|describes|characteri[sz]ed|characteri[sz]es|portrayed|portrays|framed|frames|"
          r"pointed out|points out|indicated|indicates|replied|replies|responded|responds|answered|"
          # "The Ukrainian president informed that he also discussed ...", "Putin informed Trump about ..."
          r"informed|informs|outlined|outlines|declared(?=\s+that\b|\s*[.,;:\"])|"
          # the last words of a statement as its speaker ends it ('"...," Hebestreit concluded, without providing
          # further details': the fifth attribution probe, eval/attr_probe5.yaml); not an act ended ("concluded a
          # visit", "the talks concluded on Friday"); no curly quote in the set, which would make it a 64k map
          # (test_folded_sets.py)
          r"concluded(?=\s+that\b|\s*[,;:\"])|"
          # "the White House documented", "the Kremlin disclosed that ...", '"...," the Kremlin declared.': what a
          # text makes known, it says; not what it names ("Kremlin reveals details of ...", "declared independence")
          # "The Kremlin also released information that ...", "The White House made it known": made known is said,
          # to whom too ("Adesina disclosed to CNN that ...": the fourth attribution probe, eval/attr_probe4.yaml)
          r"(?:disclosed|discloses|revealed|reveals|released\s+information)(?=\s+(?:to\s+[\w\-]+\s+)?that\b)|"
          r"documented|specified|specifies|"
          r"clarified|clarifies|"
          # "The official also spoke of Moscow holding public talks", "The representative also commented on ..."
          r"spoke (?:of|about)|commented|went\s+on\s+to\s+(?:say|add|stress|note)|"
          # "Ushakov was quoted by Sputnik as saying": the words quoted are his
          r"(?:was|were)\s+quoted(?:\s+by(?:\s+[\w\-]+){1,4}?)?\s+as\s+saying|"
          # "Trump took to social media to praise the call": what follows is said there
          r"took to (?:[\w\-]+\s+){1,3}?to\s+[a-z]+|"
          # a request to someone, with what it asks in an infinitive ("He also asked the Russian leader to ensure
          # ...", "Scholz exhorted Putin to end ..."): said on the call as "urged" is; not "asked about" (a question)
          r"(?:asked|exhorted|implored|requested)(?=\s+(?:[\w\-]+\s+){1,4}?to\s+\W?[a-z])|"
          # "Scholz was said to have urged Putin ...": a report of what was said, at one remove
          r"(?:was|were)\s+said\s+to\s+have\s+[a-z]+ed|"
          # "called" a word of its own ("called his conversation with Putin 'lengthy'"), not "called Putin"
          r"call(?:s|ed)(?=\s+(?:[\w\-\u2019']+\s+){0,6}?[\"\u201c])")
# VERBS for the patterns searched in folded text (language.text.fold), which holds no curly apostrophe (made "'"): the
# same matches there, and the "called" look-ahead's set of Latin-1 alone, where [\w\-\u2019'] is compiled as a 64 K
# map (re's _optimize_charset, a set past Latin-1 in more than two runs of characters; 0.12 ms each time).
FOLDED_VERBS = VERBS.replace(r"\u2019", "")
# "Trump also pointed out", "The president further indicated": an adverb of addition between the speaker and the verb;
# or "in turn", the other leader's answer ("Mr Orban in turn said he had realised ...", a report of the talks).
ALSO = r"(?:(?:also|further|then|later|again|in\s+turn)\s+)?"
# What opens a source named after its statement or around it: "according to the Kremlin", and the Indian English
# "as per the PMO" in the same sense ("... their safe exit and return, as per the PMO").
ACCORDING_TO = r"(?:according\s+to|as\s+per)"
# Or a story's "citing" ("..., citing the Kremlin"), or an agency's "learnt from" ("..., Kazinform has learnt from the
# Akorda press service", the byline of Central Asian agencies: the attribution probe eval/attr_probe3.yaml): the same.
ACCORDING_OR_CITING = rf"(?:{ACCORDING_TO}|citing|learn(?:ed|t)\s+from)"
# The call's leaders named together by what they are ("the two leaders", "both presidents", "the premiers"): one
# wording for a report of their joint act (unreported_joint) and for the claim that act retells (evidence).
LEADER_NOUNS = r"(?:leaders|presidents|prime\s+ministers|premiers|heads\s+of\s+state|heads\s+of\s+government)"
# What the one a carrier quotes did in the words, after "as" ("quoted Xi as saying"): saying, or a verb of saying as
# translated and regional copy has it ("The Jakarta Post quoted Prabowo as expressing his shock ...": the second
# attribution probe, eval/attr_probe2.yaml); what follows it is the report (named_cues, absent).
QUOTED_AS_VERBS = r"saying|expressing|describing|stating|telling"
# Verbs that follow their speaker after a quotation or clause ("...,” said Sullivan", "“...,” stated the report").
INVERTED_VERBS = r"said|says|added|adds|noted|notes|wrote|writes|reads|read|stated|states"
# A post's verb after the words, as "wrote" is, for a source of the folder ('“Had a phone conversation with
# @CyrilRamaphosa. ...,” tweeted Zelensky on Wednesday evening': the fourth attribution probe, eval/attr_probe4.yaml);
# compiled only for texts that hold it (alternations.Held).
POSTED_AFTER = r"tweeted|tweets"
# Those and "reported" after the words, as the press of the Caucasus and Central Asia puts a source of the folder (an
# office, a body, a text) after them ("“...,” reported the Armenian government's press office": the third attribution
# probe, eval/attr_probe3.yaml). Not after a person's bare name: "“...,” reports Sardzhyan" is a journalist's report
# (the dev corpus).
SOURCE_INVERTED_VERBS = rf"{INVERTED_VERBS}|reported|reports"
# Participles that open what a source said after what it did ("echoed Modi's claims, stating that ...", "offered a
# far more muted post-call readout, suggesting that the leaders agreed ...", "issued a statement ..., indicating that
# the two leaders discussed ...").
PARTICIPLES = r"saying|stating|adding|noting|suggesting|indicating"
# At most this many characters of what the source did before the participle, without a clause's mark: a sentence's
# subject, not the subject of a clause far before it.
DEED_CHARS = 100
# Verbs of a passive citation ("it was stressed by the U.S. side").
PASSIVE_VERBS = r"said|stated|stressed|reported|announced|noted|confirmed|emphasi[sz]ed|reiterated"
# Participles of "as assessed by the Kremlin": the statement stands around them.
AS_BY_VERBS = r"assessed|described|reported|stated|noted|put|characteri[sz]ed"
# An appositive between a speaker and the verb ("Mark Galeotti, an analyst at UCL, wrote"), not a citation. Each of
# its characters is not "according"'s start, not a curly quote and none of . ; " -- the curly quotes asked in the
# look-ahead that each character already passes, not in the set: the same characters taken (one, never "according"'s
# first, never . ; " or a curly quote), but a set holding a character past Latin-1 in more than two runs is compiled
# as a 64 K-character map (about 1 M instructions, re's _optimize_charset), one of Latin-1 alone as 256 bits.
APPOSITIVE = r"(?:,(?:(?!according|[\u201c\u201d])[^.;\"]){1,160}?,)?"
# What unnamed people know or how they spoke, between them and their verb, with no commas: "officials familiar with the
# call said", "a person briefed on the talks told Reuters", "two officials speaking on condition of anonymity said",
# "a senior administration official who briefed reporters following the leaders' call said" (a relative clause
# opened by one of the verbs by which news prose says how a source gave its account, read up to the verb of saying).
IN_THE_KNOW = (r"(?:\s+(?:(?:familiar\s+with|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of)\s+"
               r"(?:the|their|this|that)\s+(?:[\w\-]+\s+){0,2}?(?:call|conversation|talks|matter|discussions?|meeting|exchange)|"
               r"speaking\s+on\s+(?:the\s+)?condition\s+of\s+anonymity|"
               r"who\s+(?:briefed|spoke|talked|asked|requested|declined|insisted|(?:was|were)\s+not\s+authori[sz]ed)\b"
               r"[^,.;:\"]{0,80}?)){0,2}")
# Nouns for an official text and its channels (language.documents), after a source's name ("the Kremlin's readout").
DOC_NOUNS = documents.document_nouns_pattern()
# Whom the call an account is of was with, named after it ("a White House readout of the call with Milei said", "the
# Kremlin's readout of the conversation between Putin and Trump stated"): one or two names, up to three words each.
WITH_WHOM = (r"(?:\s+(?:with|between)\s+(?:[\w\-'.]+\s+){0,2}?[\w\-'.]+"
             r"(?:\s+and\s+(?:[\w\-'.]+\s+){0,2}?[\w\-'.]+)?)?")
# The nouns of the call an account is of or put out after: "exchange" too, as translated copy calls it ("The Argentine
# version of the exchange said ...": the fourth attribution probe, eval/attr_probe4.yaml).
CALL_NOUNS = r"call|conversation|talks|meeting|exchange"
# What an account is of, after its noun ("the Kremlin's readout of the call said", "the White House summary of
# Thursday's conversation"): part of the name of the document, not of the statement.
OF_THE_CALL = (r"(?:\s+of\s+(?:the|their|this|that|[\w\-]+'s)\s+(?:[\w\-]+\s+){0,2}?"
                rf"(?:{CALL_NOUNS}){WITH_WHOM})?")
# When an account was put out, between its verb and its source ("a statement released on Tuesday by the Kremlin",
# "a readout issued late Friday by the White House"): a day or a word for one, as a source's WHEN; or the occasion
# ("a statement released after the call by the Kremlin", "issued a readout following the talks saying"), a part of
# the account's name as "of the call" is (OF_THE_CALL), not of what it says.
AFTER_THE_CALL = (r"\s+(?:after|following)\s+(?:the|their|this|that|[\w\-]+'s)\s+(?:[\w\-]+\s+){0,2}?"
                  rf"(?:{CALL_NOUNS})")
PUT_OUT_WHEN = (r"(?:\s+(?:(?:on|late|early|earlier|later)\s+)?(?:" + "|".join(WEEKDAYS) + r")|"
                r"\s+(?:yesterday|today|earlier|later)|" + AFTER_THE_CALL + ")?")
# An account someone else put out, before its source's name: "according to a description of the conversation
# released by China's foreign ministry", "according to a readout issued by the Kremlin".
RELEASED = (rf"(?:an?|the)\s+(?:[\w\-]+\s+){{0,2}}?(?:{DOC_NOUNS}|description)"
             rf"(?:\s+of\s+(?:the|their|this)\s+(?:[\w\-]+\s+){{0,2}}?(?:{CALL_NOUNS}))?"
             rf"\s+(?:released|issued|published|put\s+out|posted|provided|given){PUT_OUT_WHEN}\s+by")
# The same with its source the subject of a clause after it ("according to a statement the Kremlin released",
# "according to a readout that the White House issued"): the account, its source and the verb.
PUT_OUT_BY_IT = rf"(?:an?|the)\s+(?:[\w\-]+\s+){{0,2}}?(?:{DOC_NOUNS})\s+(?:that\s+)?"
PUT_OUT_VERB = r"\s+(?:released|issued|published|put\s+out|posted|shared)\b"
# An account its source put out, then what the account says, with no comma between ("The Kremlin issued a statement
# saying Putin spoke by phone with ...", "The Office of Israel's Prime Minister issued a statement saying the two
# officials discussed ...", "the White House released a readout on Tuesday stating that ..."): the source's words, as
# "said in a statement" gives them (with the comma, "issued a statement, saying", PARTICIPLES read it already).
PUT_OUT_SAYING = (rf"(?:issued|released|put\s+out|published|posted|shared)\s+(?:an?|its)\s+(?:[\w\-]+\s+){{0,2}}?"
                  rf"(?:{DOC_NOUNS}){OF_THE_CALL}{PUT_OUT_WHEN}\s+(?:saying|stating)\b")
# An account named before its source's name: "a statement from the White House", "a news release from the
# Foreign Ministry", "the press service of the White House" ("according to ...", "citing ...", "..., reads ...").
# Or placed where its source sits ("a statement in New Delhi said", a seat of government: side_names.SIDE_NAMES).
FROM = rf"(?:an?|the)\s+(?:[\w\-]+\s+){{0,3}}?(?:{DOC_NOUNS})\s+(?:from|by|of|in)\s+"
# A source's post named before it ('"...," read the tweet from Lula's official account', "according to a post by the
# Kremlin"): its text, as "a statement from" names one; not "of" ("the post of prime minister" is an office).
POST_FROM = r"(?:an?|the)\s+(?:[\w\-]+\s+){0,2}?(?:tweet|post)\s+(?:from|by)\s+"
# An account of the call named by its parties, who did not put it out: "according to a readout of the call between
# Biden and Lula" names no source, and either leader's side's account may be it (a leader's cue: cited.Source.leader).
CALL_BETWEEN = (rf"(?:an?|the)\s+(?:[\w\-]+\s+){{0,2}}?(?:{DOC_NOUNS})\s+of\s+(?:the|their)\s+(?:[\w\-]+\s+)?"
                r"(?:call|conversation|talks)\s+(?:between|with)\s+")
# An account placed on its source's channel, after "stated in" or "published on": "a press release published on
# the Kremlin's website", "a statement posted by the White House", "the readout from the Kremlin".
PUBLISHED = rf"(?:an?|the)\s+(?:[\w\-]+\s+){{0,2}}?(?:{DOC_NOUNS})\s+(?:(?:published|posted|released|issued)\s+)?" \
             r"(?:on|by|at|from)\s+"
# An account placed on its source's channel, after "according to" or "citing": "according to a statement posted on
# the Kremlin's website", "according to a statement shared on the Turkish Presidency's ... social media account",
# "according to a readout on the White House website" (by or from a source: FROM, RELEASED); what it is of between
# its noun and its verb, as RELEASED takes it ("according to a readout of the phone call posted on the White House
# website": the fourth attribution probe, eval/attr_probe4.yaml).
PLACED_ON = rf"(?:an?|the)\s+(?:[\w\-]+\s+){{0,2}}?(?:{DOC_NOUNS}){OF_THE_CALL}\s+" \
            r"(?:(?:published|posted|shared|released|issued)\s+)?(?:on|at)\s+"
# The channel itself, after its source's name ("'s website", "'s Communications Directorate's social media account"):
# part of the source's name, not of what the account says (up to four words, possessives among them).
ITS_CHANNEL = r"(?:'s\s+(?:[\w\-]+(?:'s)?\s+){0,4}?(?:website|web\s+site|site|account|channel|page|feed))?"
# A text that goes on ('"...," continues the statement'): not a person, whose "continued" is a deed ("continued to").
GOES_ON = r"continues|continued|goes\s+on|went\s+on"
# What a text, not a person, does with its words ("the statement read", "the statement also mentioned ...", GOES_ON):
# verbs of a bare account only ("Modi read" or "Xi mentioned" say little of what was said).
TEXT_VERBS = rf"|read|mentioned|mentions|{GOES_ON}"
# The same verbs after a text named by its source and its noun ("..., a White House release read.", "the Kremlin
# statement also mentioned ..."): the text's, as after "the statement" (GOES_ON too); not after the name alone.
DOC_VERBS = rf"\s+{ALSO}(?:read|mentioned|mentions|{GOES_ON})\b"
# What an institution or its text suggests ("Kremlin suggests that the two leaders also talked about ..."): its account
# says it; not a person's, whose suggestion is a proposal on the call, no report of the account.
SUGGESTS = r"(?:suggested|suggests)\s+that\b"
# An adverb of time between an institution and its verb, as wire copy puts it there ("The Kremlin earlier said",
# "Downing Street just announced", "the ministry had already said"): the account it put out before the story. Not after
# a person's name, where it tells words said on another occasion than the call ("Putin had earlier said ...": for
# every source, a report more flagged wrongly on the kept-out pool, none more right on the read one).
BODY_TIME = r"\s+(?:earlier|just|already)\s+"
# An account named with its being put out, between its noun and its verb ("a Kremlin statement released on Tuesday
# said", "an Indian government statement issued late Friday said"): part of the account's name, as "of the call" is.
PUT_OUT_NAMED = rf"\s+(?:released|issued|published|put\s+out|posted){PUT_OUT_WHEN}"
# Words no preposition may stand before in a subject: "the President of Russia noted" is not Russia speaking.
PREPOSITIONS = ("of", "in", "to", "from", "with", "by", "for", "on", "at", "against", "over", "about")
# Where a speaker said it, between the name and the verb ("the British Prime Minister in a tweet confirmed that ...",
# "the Kremlin in a statement said").
IN_A_POST = (r"(?:in|on|via)\s+(?:a|an|his|her|its|their)\s+(?:[\w\-]+\s+)?"
             r"(?:tweet|post|statement|message|video|channel|account)")
# A speaker who said one thing and not another, before its verb of saying ("His office did not specify when he spoke
# to Xi but said ...", "The Kremlin declined to give details but added ..."): the verb after "but" is the cue's, the
# clause between (to 80 characters, no sentence or quotation in it) what it left out.
BUT_SAID = r"(?:did\s+not|didn['\u2019]t|would\s+not|declined\s+to)\s+[^.;:\"\u201c\u201d]{0,80}?\bbut"
# When a speaker spoke, between the name and the verb ("Putin on Tuesday said", "Peskov yesterday told"), or where
# ("The PMO here said": a wire dispatch's "here", the city of its dateline).
DAYS = "|".join(WEEKDAYS)
WHEN = rf"(?:\s+(?i:(?:on\s+)?(?:{DAYS})|yesterday|today|here|{IN_A_POST}))?"
# A source's aide or spokesperson left unnamed, right before the verb ("Putin's aide said", "the Kremlin's
# spokesman said"), speaks for the same texts as the source, as a person: not a leader's own words.
# Titles of a person who speaks for a leader or an institution.
AIDE_TITLES = r"aide|adviser|advisor|spokes(?:man|woman|person)|press\s+secretary"
HIS_AIDE = rf"(?:'s\s+(?:[\w\-]+\s+){{0,2}}?(?P<aide>{AIDE_TITLES}))?"
# The same without the possessive, as a title after its source's name, when no "the" makes it a role someone holds
# ("a Downing Street spokesperson said", "a Japanese government spokesman said"; "the White House press secretary
# stated" is the spokesperson the text named before, pronouns.py).
AN_AIDE = rf"\s+(?:[\w\-]+\s+){{0,2}}?(?P<aide>{AIDE_TITLES})"
# The same before its source, by "for" ("a spokesperson for Sunak said", "..., said a spokesman for the prime
# minister", "according to an aide to Trudeau").
FOR_AIDE = rf"(?:an?|the)\s+(?:[\w\-]+\s+)?(?P<aide>{AIDE_TITLES})\s+(?:for|to)\s+"
# Words that say a text lacks something: "did not mention", "makes no reference to", "left out", "omitted".
ABSENCE = (r"(?:(?:did|does|do)\s+not|didn't|doesn't|never)\s+(?:mention|refer\s+to|include)|"
            r"(?:made|makes|make)\s+no\s+(?:mention|reference)\s+(?:of|to)|(?:left|leaves)\s+out|omitted|omits")
# What a document is about, after its noun ("the White House statement on the Biden-Modi conversation").
ON_THE_CALL = r"(?:\s+(?:on|about)\s+(?:the|their|this)\s+(?:[\w\-]+\s+){0,2}?(?:call|conversation|talks|meeting))?"
# A source that put out a text lacking it: "the White House published a readout that left out ...".
PUT_OUT_THAT = rf"(?:\s+(?:published|released|issued|put\s+out)\s+(?:an?|its)\s+(?:{DOC_NOUNS})\s+that)?"


# A body's initials in brackets after its name ("a statement from the PM's Office (PMO) said", "the Ministry of
# External Affairs (MEA) said"), or its other name or a caption's word, up to three words ("the British Prime
# Minister's Office (Downing Street) announced", "Putin (pictured) said"; the attribution probe, eval/attr_probe.yaml):
# part of the name, not of the statement (searched folded: in lower case).
BRACKETED = r"(?:\s+\([\w\-.']+(?:\s+[\w\-.']+){0,2}\))?"
# A pronoun that stresses the speaker, between it and its verb ("Zelensky himself wrote", "the Kremlin itself said").
SELF = r"(?:(?:himself|herself|itself|themselves)\s+)?"
# A courtesy title before a name, as some papers write every name after the first ("according to Mr. Netanyahu's
# office", "Mr. Biden said"): part of the cue, not of the name.
HONORIFICS = r"(?:mr|mrs|ms|dr)\.?"


def names_pattern(sources: Sequence[Source], subject: bool = False, document: bool = False) -> str:
    """A regex for any of the names, with "the", "official" and a document noun around it (`document`: the noun
    required, "the Kremlin statement", "a White House release")."""
    alternatives = alternation_of(tuple(s.name for s in sources))
    after, noun = not_after(PREPOSITIONS) if subject else "", "" if document else "?"
    return rf"{after}(?:(?:the|a|an)\s+)?(?:official\s+)?(?:{HONORIFICS}\s+)?(?P<name>{alternatives})\b" \
           rf"{BRACKETED}(?:(?:'s)?\s+(?:own\s+)?(?:official\s+)?(?:{DOC_NOUNS})\b){noun}{OF_THE_CALL}"
