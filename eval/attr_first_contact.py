"""Attributions at first contact: the newest read events scored by the engine they first met, and a name swap.

    python eval/attr_first_contact.py --first-contact [--since ROUND]
    python eval/attr_first_contact.py --swap people|leaders|countries|bodies|table-countries [--whole]

Run from the tree with PYTHONPATH set to it. Never reads a KEPT_OUT event (tests/core/test_heldout_events.py).

--first-contact: each read event built in round ROUND or later (its readout-viewer.yaml's first line) is analysed by
the engine commit its FIRST-CONTACT.md names (`git archive` of readout_viewer/ into a temporary folder, run in a
subprocess), its attributions scored with today's gold (eval/scoring.py), and each miss printed with whether today's
tree gets it (docs/engine-history.md, Round 43, helper attr46).

--swap: a new call's names simulated on the read events: the people the gold's cues name, the partner's leader, or
the partner's country (name, adjective, seat and the side code of its official text) swapped, in every text and in
the gold, for names no table of the engine holds; each attribution the swap turns from right to wrong (or back) is
printed, with the pooled counts. What the engine reads from the folder carries over a swap; a table row does not.
`--swap bodies` swaps the proper names of a side's palaces, courts and offices ("the Élysée", "Palazzo Chigi", "the
Amiri Diwan", "Downing Street", "the Presidential Administration") for invented ones (docs/engine-history.md, Round 43,
helper attr47). `--swap table-countries` swaps the partner's country for a real one the old table had no row for
(docs/engine-history.md, Round 44, helper countries2). `--whole` also prints every figure of the swap's events pooled
(links, reports in no readout), as named and swapped.

--swap-cues FORM: a new writer's cue forms simulated on every read event: each "according to <Name>" of an outlet
text (a capitalised name, not a possessive) rewritten, in every text and in the gold, in another form an outlet may
use for the same source ("according to a statement posted on <Name>'s website", ... : CUE_FORMS), and the
attributions scored again (docs/engine-history.md, Round 44, helper attr48).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from scoring import Score, Spans, load_gold, overlaps, pooled, score  # noqa: E402

from readout_viewer.core import jsonio  # noqa: E402
from readout_viewer.core.analysis import analyze  # noqa: E402

EVENTS = ROOT / "eval" / "events"
_src = (ROOT / "tests/core/test_heldout_events.py").read_text(encoding="utf-8")
KEPT_OUT = set(re.findall(r'"([^"]+)"', re.search(r"KEPT_OUT = \((.*?)\)\n", _src, re.S).group(1)))  # type: ignore
# The last ten rounds' events (Round 33 to Round 42) by default.
SINCE = 33

# Names no table of the engine holds, for the people the read events' gold cues name (persons of the source table,
# not leaders, in a gold attribution's words), for the partner leaders the governments' table lists, and for the
# partner countries of countries.COUNTRIES that are no government of the table (their side code too, for a text).
SWAPS = {
    "people": {
        "2021-12-30-biden-putin-call": {"Psaki": "Tellimer", "Ushakov": "Korvanin"},
        "2023-12-09-putin-sisi-call": {"Fahmy": "Zubaidan"},
        "2023-12-21-biden-lopez-obrador-call": {"Kirby": "Dunmarsh"},
        "2025-02-12-trump-putin-call": {"Peskov": "Varelkin"},
        "2025-04-11-sanchez-xi-meeting": {"Mao Ning": "Tao Rui", "Ning": "Rui"},
        "2025-07-03-trump-putin-call": {"Ushakov": "Korvanin"},
        "2025-08-07-ramaphosa-putin-call": {"Magwenya": "Ntshalinga"},
    },
    "leaders": {
        "2023-06-26-biden-meloni-call": {"Meloni": "Varessi"},
        "2021-02-17-biden-netanyahu-call": {"Netanyahu": "Perlmann"},
        "2022-11-15-biden-duda-call": {"Duda": "Wrobak"},
        "2021-01-27-biden-suga-call": {"Suga": "Hanaoka"},
        "2025-08-12-erdogan-zelenskyy-call": {"Erdoğan": "Yazgan", "Erdogan": "Yazgan"},
        "2024-10-07-putin-erdogan-call": {"Erdoğan": "Yazgan", "Erdogan": "Yazgan"},
        "2024-08-23-starmer-xi-call": {"Starmer": "Ashcombe"},
        "2022-11-10-sunak-zelenskyy-call": {"Sunak": "Penrick"},
        "2024-11-15-scholz-putin-call": {"Scholz": "Brenning"},
        "2022-09-11-macron-putin-call": {"Macron": "Delvaux"},
        "2024-03-12-sunak-modi-call": {"Sunak": "Penrick"},
        "2022-02-24-modi-putin-call": {"Modi": "Rathore"},
    },
    "countries": {
        "2023-10-03-biden-tamim-call": {"Qatari": "Valdorian", "Qatar": "Valdoria", "Doha": "Korvask"},
        "2023-12-09-putin-sisi-call": {"Egyptian": "Belmoran", "Egypt": "Belmora", "Cairo": "Tessvik",
                                       "side: EG": "side: XB"},
        "2025-08-07-ramaphosa-putin-call": {"South African": "Nordhavian", "South Africa": "Nordhavia",
                                            "Pretoria": "Kestrelburg", "side: ZA": "side: XN"},
        "2021-11-01-biden-widodo-meeting": {"Indonesian": "Merevian", "Indonesia": "Merevia", "Jakarta": "Saltholm"},
        "2023-11-22-biden-milei-call": {"Argentinian": "Castrovan", "Argentine": "Castrovan",
                                        "Argentina": "Castrova", "Buenos Aires": "Bellamar"},
        "2023-10-03-biden-ruto-call": {"Kenyan": "Tavorian", "Kenya": "Tavoria", "Nairobi": "Oskelund",
                                       "side: KE": "side: XT"},
        "2021-04-07-biden-abdullah-call": {"Jordanian": "Lindorian", "Jordan": "Lindoria", "Amman": "Verhaal"},
        "2024-07-30-biden-lula-call": {"Brazilian": "Corvanian", "Brazil": "Corvania", "Brasília": "Estrelo",
                                       "Brasilia": "Estrelo"},
        "2025-04-11-sanchez-xi-meeting": {"Spanish": "Orlavian", "Spain": "Orlavia", "Madrid": "Tresmont"},
    },
    # A side's bodies by their own proper names (cited_names.CITED_AS's palaces and courts, and the bodies the folder
    # names): invented ones, in every text (its source lines too) and in the gold.
    "bodies": {
        "2022-05-28-macron-scholz-putin-call": {"Élysée": "Vauclair", "Elysee": "Vauclair"},
        "2022-09-11-macron-putin-call": {"Élysée": "Vauclair", "Elysee": "Vauclair"},
        "2023-06-26-biden-meloni-call": {"Palazzo Chigi": "Palazzo Verrani"},
        "2023-10-03-biden-tamim-call": {"Amiri Diwan": "Zahrani Diwan"},
        "2021-04-07-biden-abdullah-call": {"Royal Hashemite Court": "Royal Tessaran Court"},
        "2023-05-26-putin-lula-call": {"Planalto": "Miradouro"},
        "2024-07-30-biden-lula-call": {"Planalto": "Miradouro"},
        "2024-01-09-iohannis-zelenskyy-call": {"Presidential Administration": "Presidential Chancery"},
        "2022-11-10-sunak-zelenskyy-call": {"Downing Street": "Harrowgate Street"},
        "2024-03-12-sunak-modi-call": {"Downing Street": "Harrowgate Street"},
        "2024-08-23-starmer-xi-call": {"Downing Street": "Harrowgate Street"},
        "2025-06-18-putin-al-nahyan-call": {"Presidential Court": "Presidential Majlis"},
    },
    # The same partner countries swapped for real countries that the old table held no row for (helpers countries1,
    # countries2: every member state in countries.COUNTRIES): what the full table reads of a new call's country.
    "table-countries": {
        "2023-10-03-biden-tamim-call": {"Qatari": "Paraguayan", "Qatar": "Paraguay", "Doha": "Asunción"},
        "2023-12-09-putin-sisi-call": {"Egyptian": "Kazakh", "Egypt": "Kazakhstan", "Cairo": "Astana",
                                       "side: EG": "side: KZ"},
        "2025-08-07-ramaphosa-putin-call": {"South African": "Sri Lankan", "South Africa": "Sri Lanka",
                                            "Pretoria": "Colombo", "side: ZA": "side: LK"},
        "2021-11-01-biden-widodo-meeting": {"Indonesian": "Malaysian", "Indonesia": "Malaysia",
                                            "Jakarta": "Kuala Lumpur"},
        "2023-11-22-biden-milei-call": {"Argentinian": "Uruguayan", "Argentine": "Uruguayan",
                                        "Argentina": "Uruguay", "Buenos Aires": "Montevideo"},
        "2023-10-03-biden-ruto-call": {"Kenyan": "Zambian", "Kenya": "Zambia", "Nairobi": "Lusaka",
                                       "side: KE": "side: ZM"},
        "2021-04-07-biden-abdullah-call": {"Jordanian": "Austrian", "Jordan": "Austria", "Amman": "Vienna"},
        "2024-07-30-biden-lula-call": {"Brazilian": "Portuguese", "Brazil": "Portugal", "Brasília": "Lisbon",
                                       "Brasilia": "Lisbon"},
        "2025-04-11-sanchez-xi-meeting": {"Spanish": "Greek", "Spain": "Greece", "Madrid": "Athens"},
    },
}


# Other ways an outlet names the account it cites than "according to <Name>" (`--swap-cues`): the account placed on
# its source's channel, put out at a time or after the call by it, put out by it as the subject of a relative clause,
# and (a check of a form read for long) the account from it. The possessive's apostrophe is the typographic one: a
# gold's spans are in single quotes.
CUE_FORMS = {
    "posted": "according to a statement posted on {name}\u2019s website",
    "shared": "according to a statement shared on {name}\u2019s social media account",
    "released-when": "according to a statement released on Tuesday by {name}",
    "released-after": "according to a statement released after the call by {name}",
    "relative": "according to a statement {name} released",
    "from": "according to a readout from {name}",
}
# "according to" a capitalised name of up to four words ("the Kremlin", "the White House", "Xinhua") that ends its
# clause (", according to the White House.", "According to the Kremlin, ..."): no possessive, no noun after it
# ("according to Russian media").
_WORD = r"[A-Z][\w\-]*(?:\.[\w\-]+)*"
_ACCORDING_NAME = re.compile(rf"\b[Aa]ccording to ((?:the )?(?!(?:Mr|Mrs|Ms|Dr)\b){_WORD}(?: {_WORD}){{0,3}})"
                             r"(?=[,.;:)\"\u201d]|$)", re.M)


def attributions(analysis: dict, gold_path: Path) -> list[tuple[str, str, bool, list]]:
    """Each gold attribution: its words, the verdict wanted, whether the analysis gives it, what it gives."""
    gold = load_gold(gold_path)
    spans = Spans(analysis, gold.get("docs", {}))
    out = []
    for a in gold.get("attributions", []):
        span = spans.span(a["in"])
        found = [p for p in analysis.get("attributions", []) if span and overlaps(p, span)]
        out.append((a["in"][1], a["verdict"], any(p.get("verdict") == a["verdict"] for p in found),
                    [(p.get("verdict"), p.get("cited_as")) for p in found]))
    return out


def _built_since(since: int) -> list[tuple[str, str]]:
    """(event, first-contact commit) of each read event built in round `since` or later."""
    out = []
    for folder in sorted(EVENTS.iterdir()):
        settings, contact = folder / "readout-viewer.yaml", folder / "FIRST-CONTACT.md"
        if folder.name in KEPT_OUT or not settings.is_file() or not contact.is_file():
            continue
        built = re.search(r"round (\d+)", settings.read_text(encoding="utf-8").split("\n")[0])
        commit = re.search(r"commit ([0-9a-f]{7,40})", contact.read_text(encoding="utf-8"))
        if built and commit and int(built.group(1)) >= since:
            out.append((folder.name, commit.group(1)))
    return out


_RUN = ("import json, sys; from pathlib import Path; from readout_viewer.core import jsonio; "
        "from readout_viewer.core.analysis import analyze; "
        "json.dump(jsonio.to_dict(analyze(Path(sys.argv[1]))), open(sys.argv[2], 'w'))")


def first_contact(since: int) -> None:
    """Score each event built since `since` by its first-contact engine; print the misses and today's word on each."""
    totals = [0, 0, 0]
    with tempfile.TemporaryDirectory() as tmp:
        for event, commit in _built_since(since):
            engine = Path(tmp) / commit
            if not engine.is_dir():
                engine.mkdir()
                archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "readout_viewer"],
                                         check=True, capture_output=True).stdout
                subprocess.run(["tar", "-x", "-C", str(engine)], input=archive, check=True)
            out = Path(tmp) / f"{event}.json"
            subprocess.run([sys.executable, "-c", _RUN, str(EVENTS / event), str(out)], check=True, cwd=tmp,
                           env={"PYTHONPATH": str(engine), "READOUT_VIEWER_MODEL": "none",
                                "READOUT_VIEWER_NO_CACHE": "1", "PATH": "/usr/bin:/bin"})
            then = attributions(json.loads(out.read_text()), EVENTS / event / "gold.yaml")
            now = attributions(jsonio.to_dict(analyze(EVENTS / event)), EVENTS / event / "gold.yaml")
            totals[0] += len(then)
            totals[1] += sum(t[2] for t in then)
            totals[2] += sum(n[2] for n in now)
            for t, n in zip(then, now):
                if not t[2]:
                    print(f"{event[:30]:30} {commit[:8]} want {t[1]:11} {'now ok' if n[2] else 'NOW MISS'}  "
                          f"then {t[3]}  | {t[0][:100]!r}")
    print(f"attributions: {totals[1]}/{totals[0]} at first contact, {totals[2]}/{totals[0]} today")


def _swapped(text: str, names: dict[str, str]) -> str:
    for old, new in names.items():
        text = re.sub(rf"(?<![\w\-]){re.escape(old)}(?![\w\-])", new, text)
        text = re.sub(rf"\b{re.escape(old.upper())}\b", new.upper(), text)
    return text


def _rewritten(source: Path, tmp: Path, rewrite: Callable[[str], str]) -> Path:
    """A copy of the event folder `source` under `tmp` with every text file (and the gold) passed through `rewrite`."""
    copy = tmp / source.name
    shutil.copytree(source, copy)
    for f in copy.iterdir():
        if f.is_file() and f.suffix in (".txt", ".md", ".yaml", ".html"):
            f.write_text(rewrite(f.read_text(encoding="utf-8")), encoding="utf-8")
    return copy


def _replaced(text: str, names: dict[str, str]) -> str:
    for old, new in names.items():
        text = text.replace(old, new)
    return text


def _tally(event: str, before: list, after: list, totals: list[int], labels: tuple[str, str]) -> None:
    """Add an event's attributions before and after a rewrite to `totals`; print those whose verdict moved."""
    totals[0] += len(before)
    totals[1] += sum(b[2] for b in before)
    totals[2] += sum(a[2] for a in after)
    for b, a in zip(before, after):
        if b[2] != a[2]:
            print(f"{event[:30]:30} {'lost' if b[2] else 'won '} want {b[1]:11} {labels[0]} {a[3]} {labels[1]} "
                  f"{b[3]} | {a[0][:90]!r}")


def swap(kind: str, whole: bool = False) -> None:
    """Score each event of SWAPS[kind] as it is and with its names swapped; print the attributions that move (with
    `whole`, also the pooled scores of every figure, links and reports in no readout among them, both ways)."""
    totals = [0, 0, 0]
    scores: tuple[list[Score], list[Score]] = ([], [])
    with tempfile.TemporaryDirectory() as tmp:
        for event, names in SWAPS[kind].items():
            source = EVENTS / event
            copy = _rewritten(source, Path(tmp), partial(_swapped, names=names))
            named, swapped = jsonio.to_dict(analyze(source)), jsonio.to_dict(analyze(copy))
            scores[0].append(score(load_gold(source / "gold.yaml"), named))
            scores[1].append(score(load_gold(copy / "gold.yaml"), swapped))
            _tally(event, attributions(named, source / "gold.yaml"), attributions(swapped, copy / "gold.yaml"),
                   totals, ("swapped", "as named"))
    print(f"attributions of the {len(SWAPS[kind])} events: {totals[1]}/{totals[0]} as named, "
          f"{totals[2]}/{totals[0]} with the {kind} swapped")
    for label, pool in zip(("as named", "swapped"), scores) if whole else ():
        print(f"{label}: {pooled(pool).line()}\n    {pooled(pool).extensions()}")


def swap_cues(form: str) -> None:
    """Score every read event as it is and with each outlet's "according to <Name>" in CUE_FORMS[form]; print the
    attributions that move."""
    totals = [0, 0, 0]
    with tempfile.TemporaryDirectory() as tmp:
        for source in sorted(EVENTS.iterdir()):
            if source.name in KEPT_OUT or not (source / "gold.yaml").is_file():
                continue
            names = {m.group(0): m.group(0)[0] + CUE_FORMS[form].format(name=m.group(1))[1:]
                     for f in source.glob("*.txt") for m in _ACCORDING_NAME.finditer(f.read_text(encoding="utf-8"))}
            if not names:
                continue
            copy = _rewritten(source, Path(tmp), partial(_replaced, names=names))
            _tally(source.name, attributions(jsonio.to_dict(analyze(source)), source / "gold.yaml"),
                   attributions(jsonio.to_dict(analyze(copy)), copy / "gold.yaml"), totals, ("rewritten", "as written"))
    print(f"attributions of the read events with 'according to <Name>': {totals[1]}/{totals[0]} as written, "
          f"{totals[2]}/{totals[0]} with the cues as {form!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--first-contact", action="store_true")
    parser.add_argument("--since", type=int, default=SINCE)
    parser.add_argument("--swap", choices=sorted(SWAPS))
    parser.add_argument("--whole", action="store_true", help="with --swap: every figure pooled, both ways")
    parser.add_argument("--swap-cues", choices=sorted(CUE_FORMS))
    args = parser.parse_args()
    if args.first_contact:
        first_contact(args.since)
    if args.swap:
        swap(args.swap, args.whole)
    if args.swap_cues:
        swap_cues(args.swap_cues)


if __name__ == "__main__":
    main()
