"""The "not in any readout" probe: real sentences of stories about calls no event holds, read by the whole engine.

    python eval/unrep_probe.py [PROBE.yaml] [--misses] [--family]

Run from the tree with PYTHONPATH set to it. Reads eval/unrep_probe.yaml, or the probe file given (the second probe,
eval/unrep_probe2.yaml, Round 48, helper unrep23; the third, eval/unrep_probe3.yaml, Round 49, helper unrep25;
the fourth, eval/unrep_probe4.yaml, Round 50, helper unrep26); its
header says where each sentence comes from and what its hand labels mean. Never reads a folder of eval/events.

Each story becomes a folder of its own: one stub official readout per side of its call, which carries nothing but
that the leaders spoke ("Russian President Vladimir Putin held a telephone conversation with German Chancellor Angela
Merkel.", dated the call's day, its source as a folder of that government's texts gives it: attr_probe.SIDES), and
one outlet story, the probe's sentences of it in their order, a paragraph each (a sentence's `before` put right
before it). The folder is analysed as the app does (analysis.analyze), and a sentence counts as flagged when a claim
of it is listed as in no readout. Since no readout carries any report, every report of a leader's words or act on the
call told by the writer or by an aide must be listed (the detector's recall), and nothing else (its precision):
  found        a report (on_call, via outlet or aide) listed
  missed       a report not listed
  wrong        a sentence listed that is no report of the call, or a report the engine checks as a cited text's
               (via official or media: checked as that text's words by design, never in no readout)
(docs/engine.md, Round 47, helper unrep21.)
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from attr_probe import SIDES as ATTR_SIDES  # noqa: E402

from readout_viewer.core.analysis import analyze  # noqa: E402

PROBE = ROOT / "eval" / "unrep_probe.yaml"
# The second probe's governments that attr_probe.SIDES lacks: title, leaders, official texts' source (as there).
SIDES = {**ATTR_SIDES,
         "ZA": ("South African President", ("Cyril Ramaphosa",), "The Presidency, Republic of South Africa"),
         "PH": ("Philippine President", ("Rodrigo Duterte",), "Presidential Communications Office, Philippines"),
         "KE": ("Kenyan President", ("Uhuru Kenyatta",), "State House, Republic of Kenya"),
         "NZ": ("New Zealand Prime Minister", ("Jacinda Ardern",), "Office of the Prime Minister of New Zealand"),
         # The third probe's (eval/unrep_probe3.yaml, Round 49, helper unrep25).
         "FI": ("Finnish President", ("Sauli Niinisto",), "Office of the President of the Republic of Finland"),
         "TW": ("Taiwanese President", ("Tsai Ing-wen",), "Office of the President, Republic of China (Taiwan)"),
         "ET": ("Ethiopian Prime Minister", ("Abiy Ahmed",), "Office of the Prime Minister, Ethiopia"),
         "IE": ("Taoiseach", ("Leo Varadkar",), "Department of the Taoiseach, Ireland"),
         "SG": ("Singaporean Prime Minister", ("Lee Hsien Loong",), "Ministry of Foreign Affairs, Singapore"),
         "GH": ("Ghanaian President", ("Nana Akufo-Addo",), "The Presidency, Republic of Ghana"),
         "BD": ("Bangladeshi Prime Minister", ("Sheikh Hasina",), "Prime Minister's Office, Bangladesh"),
         # The fourth probe's (eval/unrep_probe4.yaml, Round 50, helper unrep26).
         "SV": ("Salvadoran President", ("Nayib Bukele",), "Presidency of the Republic of El Salvador"),
         "RW": ("Rwandan President", ("Paul Kagame",), "Office of the President of the Republic of Rwanda")}
FRONT = "---\ntitle: {title}\nsource: {source}\nrole: official\nside: '{side}'\ndate: '{date}'\n---\n"
READOUT = "{title} {name} {verb} {other_title} {other}.\n"
VERBS = {False: "held a telephone conversation with", True: "held talks with"}  # a call; a meeting in person
# the outlet story says it is one, as every outlet text of eval/events does: a story with no role that opens on the
# call and quotes no one reads as a readout (core/loading/issuer), and none of its sentences is checked (Round 50,
# helper unrep26: probe4 found +3, probes 1-3 unchanged)
OUTLET = "---\ntitle: Story\nsource: The Daily Paper\nrole: outlet\n---\n"
TOLD = ("outlet", "aide")  # who tells a report the detector must find (the yaml's `via`)
_WHO = re.compile(r"reports what (?P<who>.+?) (?:said|did) on the call")


def story_folder(root: Path, story: dict) -> tuple[str, list[tuple[int, int]]]:
    """Write the story's folder under `root`: the stub readouts and the outlet; the outlet's text and each item's
    span in it."""
    (a, name_a), (b, name_b) = story["leaders"].items()
    verb = VERBS[bool(story.get("meeting"))]
    for (me, name), (other, other_name) in (((a, name_a), (b, name_b)), ((b, name_b), (a, name_a))):
        front = FRONT.format(title="Readout", source=SIDES[me][2], side=me, date=story.get("date", ""))
        text = READOUT.format(title=SIDES[me][0], name=name, verb=verb, other_title=SIDES[other][0], other=other_name)
        (root / f"{me.lower()}.md").write_text(front + text, encoding="utf-8")
    body, spans = "", []
    for item in story["items"]:
        if item.get("before"):
            body += item["before"] + "\n\n"
        spans.append((len(body), len(body) + len(item["text"])))
        body += item["text"] + "\n\n"
    (root / "story.md").write_text(OUTLET + body, encoding="utf-8")
    return body, spans


def flags(story: dict) -> list[str | None]:
    """For each item of a story: whose words the engine lists it as reporting (in no readout), else None."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        body, spans = story_folder(root, story)
        analysis = analyze(root)
    story_doc = next(d for d in analysis.documents if d.id.startswith("story"))
    offset = story_doc.text.index(body[:60])  # the front matter's end
    out: list[str | None] = []
    for start, end in spans:
        listed = [u for u in analysis.unreported if analysis.claim[u.claim].doc == story_doc.id and
                  start <= analysis.claim[u.claim].start - offset < end]
        who = _WHO.match(listed[0].detail) if listed else None
        out.append((who.group("who") if who else "?") if listed else None)
    return out


def outcome(item: dict, flagged: str | None) -> str:
    """found | missed | wrong | right (no report, nothing listed)."""
    report = item["on_call"] and item.get("via") in TOLD
    if report:
        return "found" if flagged else "missed"
    return "wrong" if flagged else "right"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("probe", nargs="?", type=Path, default=PROBE, help="the probe file (eval/unrep_probe.yaml)")
    parser.add_argument("--misses", action="store_true", help="print each report missed and each wrong flag")
    parser.add_argument("--family", action="store_true", help="print the misses and wrong flags by family")
    args = parser.parse_args()
    stories = yaml.safe_load(args.probe.read_text(encoding="utf-8"))
    counts: Counter[str] = Counter()
    by_family: dict[str, Counter[str]] = {}
    whose = Counter()
    for story in stories:
        for item, flagged in zip(story["items"], flags(story)):
            got = outcome(item, flagged)
            counts[got] += 1
            by_family.setdefault(item["family"], Counter())[got] += 1
            if got == "found":
                whose["right" if item["who"] == "both" or item["who"].lower() in flagged.lower() else "other"] += 1
            if args.misses and got in ("missed", "wrong"):
                print(f"{got}: {item['family']} | {item.get('who', '-')} via {item.get('via', '-')} | listed as "
                      f"{flagged or '-'}\n    {item['text']}")
    if args.family:
        for family, c in sorted(by_family.items(), key=lambda kv: (-kv[1]["missed"] - kv[1]["wrong"], kv[0])):
            print(f"  {family}: {dict(c)}")
    found, missed, wrong = counts["found"], counts["missed"], counts["wrong"]
    recall = found / (found + missed) if found + missed else 0.0
    precision = found / (found + wrong) if found + wrong else 0.0
    f1 = 2 * recall * precision / (recall + precision) if recall + precision else 0.0
    print(f"unrep probe: F1 {f1:.3f} | found {found}/{found + missed} (R {recall:.3f}) | flagged wrongly "
          f"{wrong}/{found + wrong} (P {precision:.3f}) | no report, none listed {counts['right']} | "
          f"whose words right {whose['right']}/{found}")


if __name__ == "__main__":
    main()
