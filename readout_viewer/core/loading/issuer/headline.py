"""What a text's headline and opening words say of its issuer: a headline worded as an issued text, a leader's own
account of the call."""

from __future__ import annotations

import re

from readout_viewer.core.language.text import clip
from readout_viewer.core.loading import dispatch, governments
from readout_viewer.core.loading.governments import Body
from readout_viewer.core.loading.issuer.cues import MEDIUM, QUOTED_CHARS, STRONG, Cue

# Headlines worded as an issued text, with the kind they give and, where the form names one, the issuer.
_ISSUED_FORMS = (
    (re.compile(r"^read-?outs?\b[:\s]*(?:of\s+)?(?P<who>.*)", re.I), "readout"),
    (re.compile(r"^(?:joint\s+)?statements?\s+(?:by|from|of)\s+(?P<who>.*)", re.I), "statement"),
    (re.compile(r"^(?:joint\s+(?:statement|declaration|communiqu[eé])|press\s+(?:release|statement)|"
                r"communiqu[eé]|statement\s+on)\b(?P<who>)", re.I), "statement"),
    (re.compile(r"^remarks\s+(?:by|of)\s+(?P<who>.*)", re.I), "transcript"),
    (re.compile(r"^(?:transcript|press\s+conference)\b(?:.*?\b(?:by|of)\s+(?P<who>.*))?", re.I), "transcript"),
    (re.compile(r"^(?:(?:background\s+)?press\s+(?:briefing|call|gaggle)|background\s+(?:briefing|call)|"
                r"briefing)\b(?:.*?\bby\s+(?P<who>.*))?", re.I), "briefing"),
    (re.compile(r"^(?:telephone|phone|video)\s+(?:conversation|call|talks)\s+with\b(?P<who>)", re.I), "readout"),
    (re.compile(r"^(?:meeting|talks|conversation|telephone\s+conversation)\s+with\b(?P<who>)", re.I), "readout"),
    # "X Speaks with Y on the Phone": the phone after the other party, as issuers word it (outlets put the
    # talks first: "X holds phone talks with Y").
    (re.compile(r"^(?P<who>[^,;:]+?)\s+(?:speaks?|spoke|talks|talked|holds?|held|has|had|conducts?|conducted)\b"
                r"[^,;:]{0,60}?\bwith\b.*\b(?:phone|telephone|video\s+(?:call|link|conference))\b", re.I),
     "readout"),
    (re.compile(r"^(?:entretien|compte[- ]rendu|communiqu[eé]|d[eé]claration)\b(?P<who>)", re.I), "readout"),
    (re.compile(r"^(?:telefonat|telefongespr[aä]ch|pressemitteilung|erkl[aä]rung)\b(?P<who>)", re.I), "readout"),
    (re.compile(r"^(?:телефонный\s+разговор|встреча|заявление|беседа)\b(?P<who>)", re.I), "readout"),
)
# A headline that reports what someone said is an outlet's, whatever body it names.
REPORTING_TITLE = re.compile(r"\b(?:says?|said|warns?|tells?|told|claims?|accuses?|urges?|denies|rejects?|"
                             r"slams?|according to|reportedly)\b", re.I)
# A leader's own account of the call, opening the text outside any quotation: "Just completed my two hour call
# with President Vladimir Putin", "the results of our telephone conversation with the President of the United
# States" (a post, a statement to the press). An outlet tells it in the third person.
_OWN_ACCOUNT = re.compile(r"\b(?:my|our)\s+(?:[\w\-]+\s+){0,3}?(?:call|conversation|talks|meeting|phone call)\s+"
                          r"with\s+(?:the\s+)?"
                          r"(?:President|Prime Minister|Premier|Chancellor|Chairman|General Secretary)\b")
# ... within this many characters of the text's start (quotations left out) ...
OWN_ACCOUNT_REACH = 300
# ... found in this many of its first characters: room for the quotations an opening may hold before it.
OWN_ACCOUNT_SCAN = 4 * OWN_ACCOUNT_REACH


def _who(phrase: str | None) -> Body | None:
    """The issuer a headline's subject names: a body or a leader, never the one after "with"."""
    if not phrase:
        return None
    head = re.split(r"\s+(?:with|to|and)\s+|[,;:]", phrase, maxsplit=1)[0]
    return governments.find_body(head, leaders=True)


def title_cue(title: str) -> Cue | None:
    """The headline worded as an issued text, with its kind and the issuer its subject names."""
    title = governments.plain(title.strip().strip("#*").strip())
    if REPORTING_TITLE.search(title):
        return None
    for form, kind in _ISSUED_FORMS:
        m = form.match(title)
        who = m.group("who") if m else None
        if m and form.pattern.startswith("^(?P<who>") and re.search(r",|&| and ", who or ""):
            continue  # "Xi, Biden hold phone talks": two parties are an outlet's headline, not an issuer's
        if m:
            why = f"its headline is worded as an issued {kind} ('{clip(title, QUOTED_CHARS)}')"
            return Cue(STRONG, why, _who(who), kind)
    return None


def own_account(title: str, lines: list[str]) -> Cue | None:
    """A leader's own account of the call at the text's start (its first sentence may have become the title)."""
    # the quotations are cut from the opening alone (a text of one long line is not scanned whole a second time)
    start = dispatch.QUOTED.sub(" ", " ".join([title] + lines[:3])[:OWN_ACCOUNT_SCAN])[:OWN_ACCOUNT_REACH]
    own = _OWN_ACCOUNT.search(start)
    return Cue(MEDIUM, f"a leader's own account of the call ('{clip(own.group(0), 50)}')", kind="statement") \
        if own else None
