"""What a sentence is when it is not a statement: a speaker's procedure, a question, a caption, page furniture."""

from __future__ import annotations

import re

from readout_viewer.core.language.captions import caption_start, content_words, participle_caption
from readout_viewer.core.language.lexicon import MONTH_STARTS_PATTERN
from readout_viewer.core.language.text import holds_any
from readout_viewer.core.model import BOILERPLATE, CAPTION, PROCEDURAL, QUESTION, STATEMENT
from readout_viewer.core.system.lazyre import LazyPattern

# Speakers whose every word manages the briefing rather than reports the event.
PROCEDURAL_SPEAKERS = re.compile(r"^(?:THE\s+)?(?:MODERATOR|OPERATOR|HOST|ANNOUNCER|CHAIR|PRESS\s+OFFICER)\b")
# Words that manage a conversation or a briefing: greetings and thanks, turn-taking, ground rules, refusals to
# comment, announcements of what the speaker is about to say, apologies and asides. They are patterns of spoken
# English in any briefing, not phrases of one text.
_PROCEDURE = re.compile(
    r"\b(?:thanks?(?: you)?(?: (?:so|very) much)?(?: (?:everyone|everybody|all))?|good (?:morning|afternoon|evening)"
    r"|hi everyone|hello everyone|go ahead|(?:next|last|one more|a (?:couple|few) (?:more|of)) questions?"
    r"|take (?:a|one|two|your|a few|a couple of) (?:more )?questions?|over to you|turn it (?:back )?over"
    r"|on background|off the record|embargo(?:ed)?|attributed to|ground rules|as a reminder|a friendly reminder"
    r"|we(?:'re| are) ready for questions|(?:i|we)(?:'ll| will) (?:start|begin|stop|leave it) there"
    r"|(?:i(?:'m| am)|we(?:'re| are)) not going to (?:get into|characterize|comment|speak to|speak for|preview"
    r"|go into|make (?:predictions|characterizations)|read out|negotiate in public)"
    r"|(?:i|we) (?:won't|will not|can't|cannot) (?:get into|characterize|comment|go into|preview|speak to)"
    r"|(?:i|we) (?:don't|do not) have (?:anything|more|any(?:thing)? more) (?:for you|to (?:add|share|say))"
    r"|can speak for (?:himself|herself|themselves|itself)|(?:i'd|i would|let me) (?:just )?(?:make|say|offer) "
    r"(?:two|three|four|a couple of|a few) (?:points|things)|(?:i'd|i would) refer you to"
    r"|let me (?:start|begin|turn|just say|stop)|that's (?:a )?(?:great|good|fair) question|with that"
    r"|welcome to (?:the|this|today's) (?:call|briefing)|(?:that|this) being said|building on (?:that|this)"
    r"|a little (?:bit )?more detail|(?:(?:i'm|i am|we're|we are) )?(?:so |very |incredibly |really )?sorry "
    r"(?:for|about) (?:the|that|this|our|my) (?:delay|wait|confusion|interruption)|^(?:oh,? )?sorry(?=,)"
    r"|i(?:'m| am| was) taking (?:down )?notes|good to see (?:you|everybody|everyone)(?: all)?(?: here)?(?: today)?"
    r"|(?:i'm|i am|we're|we are) going to leave it (?:at that|there)|(?:i|we)(?:'ll| will) leave it at that"
    r"|(?:i|we) (?:make|have) (?:two|three|four|a couple of|a few) (?:points|things)"
    r"|that's where things stand|dear (?:colleagues|friends|journalists)|ladies and gentlemen"
    r"|proceed (?:with|to) (?:a |the |your )?(?:briefing|questions)"
    r"|(?:i|we)(?:'ll| will) leave it to (?:our|the|my) (?:press )?(?:team|colleagues)"
    r"|(?:that|this) (?:concludes|ends|wraps up) (?:the|this|our|today's|today’s) "
    r"(?:call|briefing|conference|session))\b")
# Every match of _PROCEDURE holds one of these ("not going to", "won't " ... "do not have": the refusals as their
# phrases write them; "start there", "things", "points", "leave it": the asides; "that ends the call"): a sentence
# whose lower case holds none is not searched (the search tries some forty phrases at every word). Of the 482
# sentences of corpus/ that reach it, 64 hold one of these; "not", "n't", "there" and "ends" alone let 113 more in.
_PROCEDURE_WORDS = ("thank", "good ", "everyone", "go ahead", "question", "over to you", "turn it", "background",
                    "off the record", "embargo", "attributed to", "ground rules", "reminder", "start there",
                    "begin there", "stop there", "not going to", "won't ", "will not ", "can't ", "cannot ",
                    "don't have", "do not have", "speak for", "points", "things", "refer you to", "let me", "with that",
                    "welcome to", "being said", "building on", "more detail", "sorry", "notes", "leave it", "dear ",
                    "gentlemen", "proceed", "concludes", "that ends", "this ends", "wraps up")
# A speaker announcing what they are about to speak of ("My colleagues asked me to say a few words about the results
# of our telephone conversation"): procedure whatever the topic it names, which the sentences after it tell.
# "say" leads, its word boundary checked behind it (no word character before "say"), as a leading \b would: re
# searches for a pattern's leading literal ("say ") with a fast scan, and tries one that opens on \b at every
# character (corpus/'s 482 sentences: 14.6 -> 2.2 M instructions).
_ANNOUNCEMENT = re.compile(r"say(?<!\wsay) (?:a few|some|several) words (?:about|on|regarding)\b")
# A sentence that only announces a list ("The overview is as follows.", "The two sides agreed as follows:"): the
# sentences after it say what it announces, so it states nothing of its own to be carried or left out. At most
# FOLLOWS_CONTENT content words: "as follows" ending a sentence that names a topic of its own stays a statement.
_FOLLOWS = LazyPattern(r"\bas follows\W*$")
FOLLOWS_CONTENT = 4
# A sentence with a procedural phrase is procedure when it has fewer content words than this besides it
# ("I'm not going to characterize the decision making of the Ukrainian government, only to say that we are in
# close contact" goes on to state something).
PROCEDURE_CONTENT = 5
# Page furniture: share and download lines, newsletter and cookie notices, credits, opinion-page disclaimers,
# machine-translation notices, a news site's player and advertisement placeholders, and an article's signposts to
# what follows ("Here's how they addressed key issues", "What we know so far", "X said they discussed the following:",
# "TASS has compiled the key statements"), which say where the reader is going, not what was said.
_BOILERPLATE_START = re.compile(  # ... at its start, bracketed or not ("(Reporting by ...; Editing by ...)")
    r"^\(?(?:download|share(?: this| on)?|subscribe|sign up|click here|read more|follow us|related:|advertisement"
    # a reading prompt pointing to another page ("Also read: ...", "Read also ...", "See also: ...", "Recommended:")
    r"|also read\b|read also\b|see also:|recommended:|related (?:stories|articles|coverage|news|reading)\b"
    # a time stamp of the page ("Updated: March 3, 2024 at 10:15 am.", "Published on Tuesday, 5 May 2021.")
    rf"|(?:published|updated|last updated|posted|first published)(?: on| at)?\s*:?\s*(?:\d|(?:{MONTH_STARTS_PATTERN})"
    r"[a-z]*\.?\s+\d|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,)"
    r"|reporting by|writing by|editing by|additional reporting|compiled by|all rights reserved|copyright|\u00a9"
    r"|(?:photo|image|video)(?: credit)?:"
    r"|what (?:we|to) know\b"
    # a teaser headline listing the questions the piece answers ("All about the call: who initiated it, where they
    # will meet, and what Europe feared"; "Everything you need to know about the summit: what was agreed")
    r"|(?:all|everything(?: you need to know| we know)?) about\b[^:.]{0,100}:\s*(?:who|what|where|when|why|how)\b"
    # a republication note opening its line ("Originally published by ...", "Republished with permission")
    r"|(?:originally|first) (?:published|appeared|posted) (?:on|in|at|by)\b|(?:republished|reprinted) (?:with|by|from"
    r"|under|courtesy)\b"
    r"|key takeaways\b|placeholder while\b|tap here to see\b|article content$|pic\.twitter\.com/"
    # a pointer to the page's player ("Watch their remarks in the player above.", "Listen to the interview below")
    r"|(?:watch|listen to|see|view)\b[^.]{0,80}?\b(?:player|video|clip|audio)\s+(?:above|below)\b)", re.IGNORECASE)
# An article's signpost to what follows ("Here's how they addressed key issues", "Here is what we know:") is page
# furniture; a speaker's in a transcript or a story that goes on after its colon ("Here is what I would like to point
# out specifically: the French President and I ...") states what follows it, so it stays a statement.
_SIGNPOST = re.compile(r"here(?:'s|\u2019s| is| are)\s+(?:how|what|why|where|a look|the key|everything)\b",
                       re.IGNORECASE)
# Content words after the signpost's colon from which on the sentence states something: a teaser's list of
# questions ("what was agreed, who spoke") or a lone topic stays under it.
SIGNPOST_CONTENT = 5


def _signpost(sentence: str) -> bool:
    """Whether a sentence is only a signpost to what follows (_SIGNPOST with nothing stated after its colon)."""
    if not _SIGNPOST.match(sentence):
        return False
    _, colon, after = sentence.partition(":")
    return not colon or content_words(after) < SIGNPOST_CONTENT


# ... and anywhere in it, each phrase after one word boundary: the boundary is tried once at each place rather than
# once for each phrase (3.1 times as fast over the 2,981 claims of the golds, the same kinds).
_BOILERPLATE_ANYWHERE = re.compile(
    r"\(@\w{1,15}\)\s+[a-z]{3,9}\.?\s+\d{1,2},\s+\d{4}\s*$"  # a post's credit: "— Name (@handle) July 3, 2025"
    r"|\b(?:the following\s*:\s*$|(?:has|have) compiled (?:the )?(?:key|main) (?:statements|points|remarks)\b"
    r"|(?:this|the) advertisement has not loaded\b|this video has failed to load\b|try refreshing your browser\b"
    r"|(?:automatically|machine)[ -](?:generated|translated)\b"
    r"|(?:views expressed|opinions expressed)\b.*\b(?:author|necessarily|own)\b"
    r"|do(?:es)? not necessarily (?:reflect|represent)\b|this (?:article|story) (?:was|has been|will be|is being) "
    r"(?:updated|amended|corrected)\b|this (?:article|story) (?:has not been|was not|is not) edited\b"
    r"|syndicated feed\b"
    # a syndication or republication note: the page says where its text first ran ("This article has been adapted
    # from its original source", "This story was originally published by ...", "The post ... appeared first on ...")
    r"|adapted from (?:its|the|an?) original (?:source|article|story|version)\b|appeared first on\b"
    r"|this (?:article|story|piece|post|report|content) (?:was |has been |is |first |originally )*"
    r"(?:adapted|republished|reprinted|(?:first|originally) (?:published|appeared|posted))\b"
    # a newsletter or social line ("Sign up for our daily newsletter", "... delivered to your inbox", "Follow us on X")
    r"|sign up (?:for|to) (?:our|the) (?:[\w-]+ )?newsletter\b|(?:to|in) your inbox\b"
    r"|follow us on\b|join (?:our|us on) (?:telegram|whatsapp|the)\b)", re.IGNORECASE)
# Every match of _BOILERPLATE_ANYWHERE holds one of these, in its text made caseless (text.caseless: every letter the
# case-insensitive pattern takes for an ASCII one is that letter there): a sentence holding none is not searched. The
# pattern tries its ten phrases at every word boundary (corpus/: 576 sentences searched, 9.4 ms; 14 of them hold one
# of these words, 1.8 ms with the test).
_BOILERPLATE_WORDS = ("(@", "the following", "compiled", "advertisement", "this video", "refreshing", "generated",
                      "translated", "expressed", "necessarily", "this article", "this story", "syndicated feed",
                      "adapted from", "appeared first", "this piece", "this post", "this report", "this content",
                      "newsletter", "your inbox", "follow us", "join our", "join us")
# A line that offers a file, as a link's label gives its size or format ("Here is the full report (2 MB, in English).",
# "(PDF, 340 KB)"): it points to a document, and says nothing of the event. Units in capitals, as labels write them.
_FILE_LINE = re.compile(r"\((?:[^()]*?\W)?(?:\d+(?:[.,]\d+)?\s?[KMG]B|PDF|DOCX?)\b[^()]*\)")
# Content words around the file's label in such a line ("Here is the full report": 2): a sentence with more states
# something besides.
FILE_LINE_CONTENT = 4
# A credit line run into a paragraph's end: outlets or agencies in capitals and no full stop ("A NEWS and ALARABIYA",
# "AFP / REUTERS"). A sentence names things in lower case too; a heading in capitals is a paragraph of its own.
_CAPS_CREDIT = LazyPattern(r"^(?:[A-Z][A-Z0-9&.'\u2019-]*|and|via|with|[/&,])(?:\s+(?:[A-Z][A-Z0-9&.'\u2019-]*|and|via|"
                          r"with|[/&,]))*$")
# A source line, naming only the outlets a report comes from ("As reported by Censor.NET with reference to
# Interfax-Ukraine."): names in capitals and nothing else; "As reported by Reuters, the leaders agreed ..." states.
_SOURCE_LINE = LazyPattern(r"^As reported by\s+(?:[A-Z][\w.\-]*\s*)+(?:with reference to\s+(?:[A-Z][\w.\-]*\s*)+)?\.?$")
# A publication line: a name releases a title, every word of it capitalised but the small ones ("CGTN America releases
# President Xi Jinping Video Call with U.S. President Joe Biden."): it announces a piece, not what was said in it.
_PUBLICATION = re.compile(r"^(?:[A-Z][\w.&'\u2019-]*\s+){1,4}(?:releases|publishes|launches)\s+(?:(?:[A-Z0-9][\w.&'"
                          r"\u2019:-]*|with|of|on|and|the|a|an|in|to|for|at)\s+){3,}[A-Z0-9][\w.&'\u2019-]*\W*$")
# A credit line is this short: a few outlets, not a sentence in capitals.
CAPS_CREDIT_WORDS = 6
# An apology alone ("Sorry.", "Oh, I'm so sorry."): turn-taking; so is "Sorry," opening a turn ("Sorry, I was
# taking down notes"). "Sorry" inside a sentence is not matched: "Putin said he was sorry for the loss of life"
# reports something.
_APOLOGY_ALONE = re.compile(r"^\W*(?:(?:oh|ah|um|uh|well)\W+)?(?:(?:i'm|i am|we're|we are)\s+)?"
                            r"(?:so\s+|very\s+|really\s+)?(?:sorry|apologies)\W*$")

# A byline alone on its line, with the stop a page may give it ("By Ola Berg and Anna Lind.", "By Reuters Staff."):
# names in capitals and nothing else; "By Tuesday the two sides had agreed ..." goes on in lower case, and states.
_BYLINE = LazyPattern(r"^By\s+(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*(?:\s*(?:,|and|&)\s*"
                     r"(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*)*\W*$")

# A stray word a page left, one lower-case word and its stop ("candy."): no sentence opens in lower case, and one word
# states nothing (language/sentences.py makes it a sentence of its own).
_STRAY_WORD = re.compile(r"^[a-z]+\.$")


def boilerplate_anywhere(sentence: str) -> bool:
    """Whether page furniture stands anywhere in the sentence (_BOILERPLATE_ANYWHERE), searched only when the
    sentence holds one of its words (_BOILERPLATE_WORDS)."""
    return holds_any(sentence, _BOILERPLATE_WORDS) and _BOILERPLATE_ANYWHERE.search(sentence) is not None


def _file_or_credit(sentence: str) -> bool:
    """Whether a sentence offers a file (_FILE_LINE), is a credit line in capitals (_CAPS_CREDIT), a source line
    (_SOURCE_LINE) or a publication line (_PUBLICATION)."""
    if sentence.startswith("As reported by") and _SOURCE_LINE.match(sentence) or _PUBLICATION.match(sentence):
        return True
    found = _FILE_LINE.search(sentence) if "(" in sentence else None
    if found is not None:  # only the line around it: "the sides met (PDF attached)" still states a meeting
        return content_words(sentence[:found.start()] + sentence[found.end():]) <= FILE_LINE_CONTENT
    return len(sentence.split()) <= CAPS_CREDIT_WORDS and any(len(w) > 2 and w.isupper() for w in sentence.split()) \
        and _CAPS_CREDIT.match(sentence) is not None


def kind_of(sentence: str, *, asking: bool = False, speaker: str = "") -> str:
    """The kind of one sentence: statement unless it is a question, procedure or page furniture.

    `asking`: it belongs to a reporter's turn in a transcript; `speaker`: the transcript label it falls under.
    """
    body = sentence.strip().rstrip("\"'\u201d\u2019)] ")
    stripped = sentence.strip()
    if _BOILERPLATE_START.match(stripped) or _signpost(stripped) or boilerplate_anywhere(stripped) \
            or _file_or_credit(stripped) or _STRAY_WORD.match(stripped) \
            or stripped.startswith("By ") and _BYLINE.match(stripped):
        return BOILERPLATE
    if asking or body.endswith("?"):
        return QUESTION
    if PROCEDURAL_SPEAKERS.match(speaker):
        return PROCEDURAL
    lowered = sentence.lower().replace("\u2019", "'")
    if _APOLOGY_ALONE.match(lowered):
        return PROCEDURAL
    if _ANNOUNCEMENT.search(lowered):
        return PROCEDURAL
    if "as follows" in lowered and _FOLLOWS.search(lowered) and content_words(lowered) <= FOLLOWS_CONTENT:
        return PROCEDURAL
    # every procedural phrase of it, not only the first
    rest = _PROCEDURE.sub(" ", lowered) if any(word in lowered for word in _PROCEDURE_WORDS) else lowered
    if rest != lowered and content_words(rest) < PROCEDURE_CONTENT:
        return PROCEDURAL
    # a caption run into a paragraph's end says so at its start ("... on X. A file photo of the premier.(PTI file)")
    return CAPTION if participle_caption(stripped) or caption_start(stripped) else STATEMENT

