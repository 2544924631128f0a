"""Photo captions and credits: a credit at a paragraph's end, a caption in the present or the participle, alt text."""

from __future__ import annotations

import re

from readout_viewer.core.language.lexicon import STOPWORDS
from readout_viewer.core.language.sentences import BRACKET_CREDIT, CREDIT_WORD, ends_in_stop, sentence_ends
from readout_viewer.core.language.text import tokens
from readout_viewer.core.model import CAPTION
from readout_viewer.core.system.lazyre import LazyPattern

# A verb of saying: a sentence that reports someone's words ("Putin said he and Trump agreed ...") is prose, not what
# a photo shows (no caption of the readable events or corpus/ says "said", "says" or "told").
_REPORTS_SPEECH = re.compile(r"\b(?:said|says|told|tells)\b")
# A bracketed credit ("[Photo/Xinhua]") at a caption's end; the word a photo credit opens with ("Photo: Reuters",
# "(Picture: Alamy)"): language/sentences.py, where a credit inside running text also closes a sentence.
# A photo caption: a credit at its end ("… /VCG", "| AFP", "(Photo: … /TASS)", "Photo: Reuters", "EPA/NAME /POOL",
# "[Photo/Xinhua]", "(AP)", "(Handout via Reuters)", "Picture: Alamy", "Photograph: Getty Images", "Photo by Will
# Oliver/UPI").
_CAPTION_END = re.compile(r"(?:(?<=[.\s])/\s*[A-Za-z][\w]*|\|\s*[A-Z]{2,}[\w ]*"
                          rf"|\({CREDIT_WORD}\b[^)]*\)"
                          rf"|(?<=[.\s]){CREDIT_WORD}(?::|\s+by)\s*[A-Z][\w.\-]*"
                          r"(?:\s+[A-Z][\w.\-]*){0,3}(?:\s*/\s*[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2}){0,4}"
                          r"|\(?\b(?:EPA|AFP|AP|REUTERS|GETTY(?: IMAGES)?|TASS|XINHUA|POOL)(?:/[A-Z .\-]+)+/?\)?"
                          # an agency, a colon, the photographer and whom they shoot for ("EPA: A. Name / UAE Court")
                          r"|(?<=[.\s])(?:EPA|AFP|AP|REUTERS|GETTY IMAGES|TASS|XINHUA):\s*[A-Z][\w.\-]*"
                          r"(?:\s+[A-Z][\w.\-]*){0,3}(?:\s*/\s*[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})?"
                          rf"|{BRACKET_CREDIT}"
                          r"|\((?:handout\s+)?(?:via\s+)?(?:EPA|AFP|AP|REUTERS|GETTY IMAGES|TASS|XINHUA|POOL|HANDOUT)"
                          r"(?:\s+(?:via|for)\s+[A-Za-z][\w .]{0,30})?\)"
                          # a photographer and an agency, bracketed ("(Stefani Reynolds/The New York Times)"; a copy
                          # may lose the closing bracket)
                          r"|(?:^|(?<=[.\s]))\((?:[A-Z][\w.\-]*\s+){1,3}[A-Z][\w.\-]*/(?:[A-Z][\w.\-]*\s+){0,4}"
                          r"[A-Z][\w.\-]*\)?)\s*$",
                          re.IGNORECASE)
# Credits written more loosely, looked for only in a paragraph's last LOOSE_TAIL characters when _CAPTION_END finds
# none (each tries every position, and a credit is short): the credit word glued to the caption's last word when a
# page's text lost the break between them ("... at their levelImage: A. Name/Agency/dpa/picture alliance"); a
# photographer's name, a slash and the agency, unbracketed and in capitals as credits write them, with no full stop
# ("... in Washington, DC. Alex Wong/Getty Images"; a copy may cut it short) — "They met in New York/Washington."
# ends a sentence.
_LOOSE_CREDIT_END = re.compile(rf"(?<=[a-z])(?=[A-Z])(?i:{CREDIT_WORD}):\s*[A-Z][\w.\-]*"
                               r"(?:\s+[A-Z][\w.\-]*){0,3}(?:\s*/\s*[A-Za-z][\w.\-]*(?:\s+[A-Za-z][\w.\-]*){0,2}){0,4}"
                               r"\s*$"
                               r"|(?:^|(?<=[.\s]))(?:[A-Z][\w.'\u2019-]*\s+){1,3}[A-Z][\w.'\u2019-]*\s*/\s*[A-Z][\w\-]*"
                               r"(?:\s+[A-Z][\w\-]*){0,3}\s*$")
# A credit is shorter than this many characters (four names, four slashes and their agencies).
LOOSE_TAIL = 200
# Every credit of _CAPTION_END holds one of these characters (a slash, a bar, a colon or a closing bracket): a
# paragraph without any is not scanned for one (a search for a pattern anchored at the end tries every position).
_CREDIT_MARKS = "/|:)"
# A caption that says so at its start ("File photo: the premier meets the envoy", "Left: the president speaks to
# reporters ... Right: ...").
_CAPTION_START = re.compile(r"^(?:(?:file photo|photo|pictured|in this (?:file )?photo)\s*[:,]"
                            # "A file photo of the premier with ...", "Illustrative image: ..."
                            r"|(?:an? )?(?:file|illustrative) (?:photo|image|picture)(?:\s+of\b|\s*[:,])"
                            r"|(?:left|right|top|above|inset)\s*:)", re.IGNORECASE)

# A name alone with the photo's date or place in brackets, as a caption writes it ("India's Prime Minister Narendra Modi
# (pictured October 12, 2021)."): no verb, nothing stated. "Modi (pictured) told Putin ..." goes on, and is prose.
_PICTURED = LazyPattern(r"^(?:[A-Z][\w.'\u2019-]*\s+){1,6}\(pictured\b[^()]*\)?\W*$")

# Where a person stands in the photo, after the name ("U.S. President Joe Biden (right) speaks to Russian President
# Vladimir Putin (on-screen) in the Situation Room"): only a picture places people so, so such a name still opens a
# caption. Optional in the two caption patterns below.
_PLACED = (r"(?:\((?:left|right|center|centre|on[- ]screen|front|back|top|bottom|L|R|C|"
           r"(?:second|third) (?:from )?(?:left|right))\)\s+)?")
# A capitalised word of a caption's names, with the place in commas after it ("Indonesian President Joko Widodo, left,
# and U.S. President Joe Biden meet Nov. 1 ...", as agencies write it): a name then _PLACED.
_NAME_WORD = (r"[A-Z][\w.'\u2019-]*(?:,\s*(?:left|right|center|centre|on[- ]screen|"
              r"(?:second|third) from (?:left|right))\s*,)?\s+" + _PLACED)
# A photo's caption in the present participle ("President Biden speaking to President Xi in November last year.",
# "Xi Jinping meeting Joe Biden in Bali."): up to six capitalised words, then the participle, then no finite verb
# ("Xi meeting Biden marked a thaw" is a statement), in at most CAPTION_WORDS words.
_PARTICIPLE_CAPTION = re.compile(r"^(?:" + _NAME_WORD + r"){1,6}"
                                 r"(?:speaking|talking|meeting|shaking|holding|attending|delivering|gesturing|"
                                 r"listening|looking|waving|arriving|walking|sitting|standing|greeting|posing|giving|"
                                 r"addressing|chairing|visiting)\b")
# A photo's caption in the present tense, as agencies write them ("US President Joe Biden speaks with Russian
# President Vladimir Putin on the telephone from his residence in Wilmington, Delaware, on Thursday.", "President Joe
# Biden disembarks Marine One in Rehoboth Beach, Del., Dec 27, 2021."): a paragraph of one sentence, up to six
# capitalised words, the verb, then no finite verb, and a full stop at its end. An article tells the call in the past;
# a paragraph that shows a leader doing something now is what a photo shows. A headline in the present ("Xi meets
# Biden in Lima") has no full stop, and stays a heading.
_PRESENT_CAPTION = re.compile(r"^(?:" + _NAME_WORD + r"){1,6}"
                              r"(?:speaks|talks|meets|shakes|holds|attends|delivers|gestures|listens|looks|waves|"
                              r"arrives|walks|sits|stands|greets|poses|gives|addresses|chairs|visits|disembarks|"
                              r"boards|departs|leaves|steps|smiles|reviews)\b"
                              # two people named, the verb in the plural ("Russian President Vladimir Putin and India's
                              # Prime Minister Narendra Modi arrive ahead of their meeting ..., Oct. 5, 2018.")
                              r"|^(?:" + _NAME_WORD + r"){1,6}and\s+(?:" + _NAME_WORD + r"){1,6}"
                              r"(?:speak|talk|meet|shake|hold|attend|deliver|listen|look|wave|arrive|"
                              r"walk|sit|stand|greet|pose|give|address|chair|visit|board|depart|leave|review)\b")
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|did|does|"
                     r"do|said|says|told|tells|\w+ed)\b")

# A credit line names a photographer and an agency and little else.
CREDIT_WORDS = 3
# What credit_or_caption() says of a credit line alone (no claim kind: the line and the paragraph above it are
# captions).
CREDIT = "credit"
# A short paragraph right above a credit line is the photo's caption ("Putin speaking on the phone.").
CAPTION_WORDS = 30
# A repeated paragraph shorter than this is no alt text (a short label or heading said twice proves nothing).
ALT_TEXT_WORDS = 5


def content_words(text: str) -> int:
    """How many words of a text are content words (not stop words, not numbers)."""
    return sum(1 for t in tokens(text) if t.norm not in STOPWORDS and not t.norm.isdigit())


def _credit_at_end(paragraph: str) -> re.Match[str] | None:
    """The photo credit a paragraph ends in, if any."""
    text = paragraph.rstrip()
    if not any(mark in text for mark in _CREDIT_MARKS):
        return None
    found = _CAPTION_END.search(text)
    tail = max(0, len(text) - LOOSE_TAIL)
    if found is None and ("/" in text[tail:] or ":" in text[tail:]):  # every loose credit holds one of the two
        return _LOOSE_CREDIT_END.search(text, tail)
    return found


def credit_or_caption(paragraph: str) -> str | None:
    """CREDIT for a paragraph that is nothing but a photo credit ("(Photo: A. Name/Agency)", "EPA/NAME /POOL"),
    CAPTION for one that ends in a credit or says at its start that it is one, else None."""
    found = _credit_at_end(paragraph)
    if found is not None and content_words(paragraph[:found.start()]) <= CREDIT_WORDS:
        return CREDIT
    return CAPTION if found is not None or _CAPTION_START.match(paragraph.lstrip()) is not None else None


def _letters(text: str) -> str:
    """A paragraph's letters and digits in lower case: two copies of one caption compare equal whatever their
    spacing and punctuation ("phonecalls" / "phone calls")."""
    return "".join(filter(str.isalnum, text.lower()))  # C's loop over the characters, not a generator (speed24)


def repeated_below(paragraph: str, below: str) -> bool:
    """Whether the next paragraph repeats this caption-sized sentence from its start (word for word, or with a
    credit after it): a photo's alt text shown above its caption. An article does not say one sentence twice in a
    row; a page repeats a title (no final stop) or a line of reported speech (copied prose), not a photo's alt text."""
    # prose copied twice is no photo's text, nor a title shown twice (no final stop), nor words someone said
    words = len(paragraph.split(None, CAPTION_WORDS))  # up to one past CAPTION_WORDS: a long one not split whole
    if not ALT_TEXT_WORDS <= words <= CAPTION_WORDS or not ends_in_stop(paragraph.strip()) or reports_speech(paragraph):
        return False
    mine = _letters(paragraph)
    return bool(mine) and _letters(below).startswith(mine)


def same_letters(paragraph: str, other: str) -> bool:
    """Whether two paragraphs are one text whatever their spacing and punctuation (a caption and its alt text)."""
    return _letters(paragraph) == _letters(other)


def reports_speech(sentence: str) -> bool:
    """Whether a sentence reports what someone said (_REPORTS_SPEECH): a statement even with a credit at its end."""
    return _REPORTS_SPEECH.search(sentence) is not None


def participle_caption(sentence: str) -> bool:
    """Whether a sentence is a photo's caption in the present participle (_PARTICIPLE_CAPTION): no finite verb
    after it, so it states nothing (a caption glued to the article's first sentence is one too)."""
    m = _PARTICIPLE_CAPTION.match(sentence)
    return m is not None and len(sentence.split()) <= CAPTION_WORDS and _FINITE.search(sentence, m.end()) is None


def present_scene(sentence: str) -> bool:
    """Whether a sentence shows named people doing something now, as a caption does (_PRESENT_CAPTION), with no
    finite verb after that one."""
    m = _PRESENT_CAPTION.match(sentence)
    return m is not None and _FINITE.search(sentence, m.end()) is None


def present_caption(paragraph: str) -> bool:
    """Whether a paragraph is one sentence of a photo's caption in the present tense (present_scene)."""
    m = _PRESENT_CAPTION.match(paragraph)  # first: it fails at once on almost every paragraph
    return (m is not None and paragraph.endswith(".") and not sentence_ends(paragraph)
            and len(paragraph.split()) <= CAPTION_WORDS and _FINITE.search(paragraph, m.end()) is None)


def caption_start(sentence: str) -> bool:
    """Whether a sentence says at its start that it is a caption (_CAPTION_START) or is a name alone with its photo's
    date or place (_PICTURED)."""
    return _CAPTION_START.match(sentence) is not None or \
        "(pictured" in sentence and _PICTURED.match(sentence) is not None
