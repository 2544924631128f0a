"""The words the records take: the JSON schema's name, roles, relations, reasons, origins, verdicts, claim kinds,
the kinds of finding and the word a reader sees for each."""

SCHEMA = "readout-viewer.analysis/1"

OFFICIAL = "official"
OUTLET = "outlet"
ROLES = (OFFICIAL, OUTLET)

AGREE = "agree"
DIVERGE = "diverge"
RELATIONS = (AGREE, DIVERGE)

# Why a link diverges: a negation, a changed or added figure, a hedge, a stronger or weaker word, a proposal told
# as an agreement, a loaded word for a neutral one (framing), a narrower or wider scope; "wording" is the
# catch-all an analyst picks for a difference with no sharper cue.
REASONS = ("negation", "number", "hedge", "intensity", "actor", "framing", "scope", "wording")

AUTO = "auto"
MANUAL = "manual"

EXACT = "exact"
ALTERED = "altered"
NOT_FOUND = "not_found"
QUOTE_VERDICTS = (EXACT, ALTERED, NOT_FOUND)

SUPPORTED = "supported"
MISATTRIBUTED = "misattributed"
UNSUPPORTED = "unsupported"
ATTRIBUTION_VERDICTS = (SUPPORTED, MISATTRIBUTED, UNSUPPORTED)

# What a claim is: a statement (what the event produced), or text that states nothing about it: a moderator's
# or speaker's procedure ("I'll take one more question"), a reporter's question, a photo caption, and page
# furniture (share lines, repeated headlines, disclaimers). Only statements are linked, omitted or counted.
STATEMENT = "statement"
PROCEDURAL = "procedural"
QUESTION = "question"
CAPTION = "caption"
BOILERPLATE = "boilerplate"
CLAIM_KINDS = (STATEMENT, PROCEDURAL, QUESTION, CAPTION, BOILERPLATE)

# The kinds of finding, in the order a list shows them: what one side left out and what differs first.
DIVERGENCE = "divergence"
OMISSION = "omission"
ALTERED_QUOTE = "altered quote"
QUOTE_NOT_FOUND = "quote not found"
MISATTRIBUTION = "misattributed"
UNSUPPORTED_STATEMENT = "unsupported"
NOT_IN_READOUT = "not in any readout"
KINDS = (DIVERGENCE, OMISSION, ALTERED_QUOTE, QUOTE_NOT_FOUND, MISATTRIBUTION, UNSUPPORTED_STATEMENT, NOT_IN_READOUT)
# The word a reader sees for each kind, the same wherever a finding's kind is shown (the viewer's chips, its Type
# column, filters and status bar, the PDF's headings); KINDS stay the identifiers of the CSV's "type" column.
KIND_WORDS = {DIVERGENCE: "Diverge", OMISSION: "Left out", ALTERED_QUOTE: "Altered", QUOTE_NOT_FOUND: "Not found",
              MISATTRIBUTION: "Misattributed", UNSUPPORTED_STATEMENT: "Unsupported", NOT_IN_READOUT: "Unreported"}
