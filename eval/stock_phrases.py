"""Altered quotations and misattributions, with what each shares with its source beyond the folder's stock phrases.

    python eval/stock_phrases.py

For dev (corpus/), the old held-out folder and every readable event (never one of KEPT_OUT: `unlinked.readable`):
each quotation today's check would call altered (before the stock-phrase rule, quotes/stock.py, turns any to not
found), with the share of its words the passage holds, each run of content it shares with the passage and whether
official texts of both sides hold that run (a slogan), how many of the folder's documents hold it (the "most documents"
reading of common currency, tried and left: docs/engine-history.md, Round 42, helper quotes3), and the gold's verdict
where the gold lists the quotation; then each misattribution with the gold's verdict. Counts only.
"""

from __future__ import annotations

from typing import Any

import unlinked
from scoring import Spans, load_gold, overlaps

from readout_viewer.core import jsonio
from readout_viewer.core.analysis import analyze
from readout_viewer.core.model import ALTERED, Quote
from readout_viewer.core.quotes import check
from readout_viewer.core.quotes.match import Match
from readout_viewer.core.quotes.regions import Region
from readout_viewer.core.quotes.stock import held_by_sides, shared_runs

_seen: list[dict[str, Any]] = []
_quote = check._Checker._quote


def _logged(self: check._Checker, region: Region, match: Match) -> Quote:
    """The check's verdict, with the altered ones' shared runs noted (the stock rule itself left out of the verdict)."""
    officials = [(self.docs[d].side, self.sources[d]) for d in self.officials]
    found = _quote(self, region, match)
    if not match.exact and (found.verdict == ALTERED or self._stock_only(region, match)):
        runs = shared_runs([w.key for w in region.words], self.sources[match.doc].keys[match.first:match.last])
        _seen.append({"doc": region.doc.id, "start": region.start, "end": region.end, "source": match.doc,
                      "text": region.doc.text[region.start:region.end], "coverage": match.coverage,
                      "runs": [(" ".join(r), held_by_sides(r, officials),
                                sum(bool(s.occurrences(r)) for s in self.sources.values())) for r in runs],
                      "documents": len(self.docs)})
    return found


def _gold_verdict(spans: Spans, items: list[dict[str, Any]], item: dict[str, Any]) -> str:
    verdicts = {g["verdict"] for g in items if overlaps(item, spans.span(g["in"]))}
    return ",".join(sorted(verdicts)) or "-"


def main() -> None:
    check._Checker._quote = _logged  # type: ignore[method-assign]
    slogan = most = 0
    for name, folder, gold_path in unlinked.readable():
        _seen.clear()
        analysis = jsonio.to_dict(analyze(folder))
        gold = load_gold(gold_path)
        spans = Spans(analysis, gold.get("docs", {}))
        for q in _seen:
            both = bool(q["runs"]) and all(b for _, b, _ in q["runs"])
            common = bool(q["runs"]) and all(2 * n > q["documents"] for _, _, n in q["runs"])
            slogan, most = slogan + both, most + common
            mark = "SLOGAN" if both else "MOST  " if common else "      "
            print(f"{mark} {name[:40]} {q['doc']} <- {q['source']} coverage {q['coverage']:.2f} gold "
                  f"{_gold_verdict(spans, gold.get('quotes', []), q)}: {q['text'][:90]!r}")
            if both or common:
                print(f"         runs (words, both sides' officials, documents of {q['documents']}): {q['runs']}")
        for a in analysis["attributions"]:
            if a["verdict"] == "misattributed":
                print(f"MISATTRIBUTED {name[:40]} {a['doc']} cited {a['cited']} found in {a['found_in']} gold "
                      f"{_gold_verdict(spans, gold.get('attributions', []), a)}: {(a.get('detail') or '')[:90]}")
    print(f"altered resting on runs both sides' officials hold: {slogan}; on runs most documents hold: {most}")


if __name__ == "__main__":
    main()
