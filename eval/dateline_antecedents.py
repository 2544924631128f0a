"""Census: attributions whose cited antecedent is a story's dateline, or a place opening a headline or a caption.

    python eval/dateline_antecedents.py

Over dev, the old held-out folder and every readable event (never one of KEPT_OUT: `unlinked.readable`), each
attribution cited as "it (X)", "the statement (X)" ... whose antecedent X, last named before the attribution, stands
at a paragraph's opening followed by a dateline's marks ("LONDON (dpa-AFX) –", "BEIJING, April 6 (Reuters) -",
"MOSCOW:") or in a paragraph with no final stop (a headline, a caption line); with the unreported flags that overlap
it. Counts by event, each row's text (docs/engine.md, Round 46, helper attr52)."""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from unlinked import readable  # noqa: E402

from readout_viewer.core import jsonio  # noqa: E402
from readout_viewer.core.analysis import analyze  # noqa: E402

_CITED = re.compile(r"^(?P<cue>.*?) \((?P<ante>.+)\)$")
# what follows a dateline's place: a comma and a date or a country and a dash, an agency in brackets, a colon, a dash,
# or the line's end (a place on a line of its own); not a comma and a person's apposition ("Olga Oliker, program ...")
_AFTER_PLACE = re.compile(r"[ \t]*(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d|[A-Z][\w.]+\s*(?:--|[\u2013\u2014]|-\s))|\(|:|--|"
                          r"[\u2013\u2014]|-\s|\n|$)")


def where(text: str, at: int, name: str) -> str | None:
    """'dateline' or 'headline/caption' when the name at `at` stands there, else None."""
    para = text.rfind("\n\n", 0, at)
    para = 0 if para < 0 else para + 2
    end = text.find("\n\n", at)
    end = len(text) if end < 0 else end
    if not text[para:at].strip() and _AFTER_PLACE.match(text, at + len(name)):
        return "dateline"
    line = text[para:end].strip()
    if line and line[-1] not in ".!?\"\u201d'\u2019":
        return "headline/caption"
    return None


def main() -> None:
    by_event: Counter = Counter()
    for name, folder, _gold in readable():
        data = jsonio.to_dict(analyze(folder))
        docs = {d["id"]: d["text"] for d in data["documents"]}
        flagged = [(c["doc"], c["start"], c["end"]) for u in data.get("unreported", ())
                   for c in data["claims"] if c["id"] == u["claim"]]
        for a in data["attributions"]:
            m = _CITED.match(a.get("cited_as") or "")
            if m is None:
                continue
            text, ante = docs[a["doc"]], m.group("ante")
            at = text.rfind(ante, 0, a["start"] + 1)
            kind = where(text, at, ante) if at >= 0 else None
            if kind is None:
                continue
            flags = sum(1 for d, s, e in flagged if d == a["doc"] and s < a["end"] and a["start"] < e)
            by_event[name] += 1
            print(f"{name} {a['doc']}@{a['start']} [{kind}] cited_as={a['cited_as']!r} -> {a['cited']} "
                  f"{a['verdict']} unreported_flags={flags}\n    {text[a['start']:a['end']][:160]!r}")
    print("\nby event:", dict(by_event), "total", sum(by_event.values()))


if __name__ == "__main__":
    main()
