"""The analysis model: small immutable records that every view, exporter and the JSON contract read."""

from readout_viewer.core.model.folder import Analysis, Note, Problem, Progress
from readout_viewer.core.model.results import Attribution, Link, Near, Omission, Quote, Unreported
from readout_viewer.core.model.texts import Claim, Document, Span, statements_of
from readout_viewer.core.model.vocabulary import (
    AGREE,
    ALTERED,
    ATTRIBUTION_VERDICTS,
    AUTO,
    BOILERPLATE,
    CAPTION,
    CLAIM_KINDS,
    DIVERGE,
    EXACT,
    MANUAL,
    MISATTRIBUTED,
    NOT_FOUND,
    OFFICIAL,
    OUTLET,
    PROCEDURAL,
    QUESTION,
    QUOTE_VERDICTS,
    REASONS,
    RELATIONS,
    ROLES,
    SCHEMA,
    STATEMENT,
    SUPPORTED,
    UNSUPPORTED,
)

# The records and words every view, exporter and test imports from here, wherever in the package they are written.
__all__ = [
    "AGREE", "ALTERED", "ATTRIBUTION_VERDICTS", "AUTO", "BOILERPLATE", "CAPTION", "CLAIM_KINDS", "DIVERGE", "EXACT",
    "MANUAL", "MISATTRIBUTED", "NOT_FOUND", "OFFICIAL", "OUTLET", "PROCEDURAL", "QUESTION", "QUOTE_VERDICTS",
    "REASONS", "RELATIONS", "ROLES", "SCHEMA", "STATEMENT", "SUPPORTED", "UNSUPPORTED",
    "Analysis", "Attribution", "Claim", "Document", "Link", "Near", "Note", "Omission", "Problem", "Progress",
    "Quote", "Span", "Unreported", "statements_of",
]
