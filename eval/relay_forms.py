"""Census of two forms of an aide's relay of both leaders' act over the texts that may be read (dev, the old folder,
each read event: never one of KEPT_OUT, `unlinked.readable`) and the second probe's sentences.

    python eval/relay_forms.py

Counts the sentences holding "the two | both leaders | presidents | heads of state" with a perfect ("had | has | have
[also] agreed | discussed ...", `relayed._BOTH_NAMED`'s subject) and those opening on "They [also | further] agreed |
discussed | exchanged" (`relayed._THEY_JOINTLY`), and prints each with its file: whether the read events hold the
forms at all, before a rule for them is measured (docs/engine.md, Round 48, helper unrep24)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from unlinked import readable  # noqa: E402

from readout_viewer.core.language.sentences import sentences  # noqa: E402

FORMS = {
    "both, perfect": re.compile(r"\b(?:the\s+two|both(?:\s+the)?)\s+(?:leaders|presidents|heads\s+of\s+state)\s+"
                                r"(?:had|has|have)\s+(?:also\s+|further\s+)?(?:agreed|discussed|exchanged|stressed)\b",
                                re.IGNORECASE),
    "they, opening": re.compile(r"^\W*they\s+(?:also\s+|further\s+)?(?:agreed|discussed|exchanged)\b", re.IGNORECASE),
}


def _hits(name: str, text: str) -> list[tuple[str, str, str]]:
    """(form, where, sentence) for each sentence of `text` holding a form."""
    out = []
    for at, stop in sentences(text, 0, len(text)):
        said = text[at:stop].strip()
        out += [(form, name, said) for form, pattern in FORMS.items() if pattern.search(said)]
    return out


def main() -> None:
    hits = []
    for name, folder, _gold in readable():
        for path in sorted(folder.rglob("*")):
            if path.suffix in (".md", ".txt") and path.name not in ("PROVENANCE.md", "FIRST-CONTACT.md"):
                hits += _hits(f"{name}/{path.name}", path.read_text(encoding="utf-8", errors="ignore"))
    probe = yaml.safe_load((ROOT / "eval" / "unrep_probe2.yaml").read_text(encoding="utf-8"))
    for story in probe:
        for item in story["items"]:
            hits += _hits("probe2", item["text"])
    for form in FORMS:
        rows = [h for h in hits if h[0] == form]
        print(f"{form}: {len(rows)} ({sum(1 for h in rows if h[1] == 'probe2')} in probe2)")
        for _, where, said in rows:
            print(f"    {where}: {said[:160]}")


if __name__ == "__main__":
    main()
