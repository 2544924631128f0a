"""Census: outlet sentences that name an institution (or its text) after the verb, by "from", "by" or "in".

    READOUT_VIEWER_NO_CACHE=1 READOUT_VIEWER_MODEL=none python eval/source_after_verb.py

Over dev, the old held-out folder and every readable event (never one of KEPT_OUT: `unlinked.readable`), each outlet
sentence where a verb of saying is followed, within the sentence, by "from", "by" or "in" and a capitalised name ("it
said after the call from Downing Street", "was quoted by the Kremlin as saying", "a statement issued by Downing Street
said"); with what the engine cites there. Counts by family (docs/engine.md, Round 46, helper attr53)."""

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

_VERB = r"(?:said|says|stated|added|noted|announced|reported|quoted|cited|issued|released|published|put\s+out)"
# the verb, then within the sentence "from"/"by"/"in" and a capitalised name (not a quotation's words)
_AFTER_VERB = re.compile(rf"\b(?P<verb>{_VERB})\b(?P<mid>[^.;:\n\"\u201c\u201d]{{0,80}}?)\b(?P<prep>from|by|in)\s+"
                         r"(?P<name>(?:the\s+)?(?:[A-Z][\w'\u2019.\-]*\s*){1,4})")


def main() -> None:
    families: Counter = Counter()
    for name, folder, _gold in readable():
        data = jsonio.to_dict(analyze(folder))
        docs = {d["id"]: d for d in data["documents"]}
        for doc_id, d in docs.items():
            if d.get("role") != "outlet":
                continue
            text = d["text"]
            for m in _AFTER_VERB.finditer(text):
                cites = [(a["cited_as"], a["cited"], a["verdict"]) for a in data["attributions"]
                         if a["doc"] == doc_id and a["start"] <= m.end() and m.start() < a["end"]]
                fam = m["prep"]
                families[fam] += 1
                lo = max(0, m.start() - 80)
                print(f"{name} {doc_id}@{m.start()} [{fam}] {text[lo:m.end()].replace(chr(10), ' ')!r}\n    -> {cites}")
    print("\nfamilies:", dict(families))


if __name__ == "__main__":
    main()
