"""What inferring metadata costs: each held-out event scored with its front matter and with it stripped.

Run: python benchmarks/frontmatter.py [FOLDER ...]   (target: every figure within 0.02 of the one with front matter)

Each folder (default: every event under eval/events/ and tests/data/heldout) is analysed as it is, then copied
to a temporary folder where every text's YAML front-matter block and the `files:` section of
`readout-viewer.yaml` are removed (the `ignore:` list stays: it names files that are not documents), and
analysed again. Both analyses are scored against the folder's gold.yaml with the logic of the project's scorer
(eval/score.py, copied below: CI has no copy of it). Also printed, per folder: how many inferred roles, sides
and kinds match what the front matter said — the cause when a figure drops.
These events are held out for the engine and the metadata rules: this script measures, nothing is tuned on it.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))
from scoring import fold as _fold  # noqa: E402  (the scorer's fold: spans are found as it finds them)
from usage import help_asked  # noqa: E402 (benchmarks/, the script's own directory)

from readout_viewer.core import jsonio  # noqa: E402
from readout_viewer.core.analysis import analyze  # noqa: E402
from readout_viewer.core.loading import folder, markup  # noqa: E402

FIGURES = ("f1", "relation", "omission", "quotes")
# The target: inference may cost at most this much of any figure.
TARGET = 0.02
GOLD = "gold.yaml"


class _Docs:
    """The gold's spans found in the analysis's texts (the scorer's Docs)."""

    def __init__(self, analysis: dict, aliases: dict) -> None:
        self.text = {d["id"]: d["text"] for d in analysis["documents"]}
        self.aliases = aliases
        self._folded: dict[str, tuple[str, list[int]]] = {}
        self.missing: list[str] = []

    def span(self, ref: list[str]) -> tuple[str, int, int] | None:
        doc = self.aliases.get(ref[0], ref[0])
        if doc not in self.text:
            self.missing.append(f"document {doc} not in the analysis")
            return None
        if doc not in self._folded:
            self._folded[doc] = _fold(self.text[doc])
        hay, idx = self._folded[doc]
        needle = _fold(ref[1])[0].strip()
        at = hay.find(needle)
        if at < 0:
            self.missing.append(f"span not found in {doc}: {ref[1][:60]!r}")
            return None
        return doc, idx[at], idx[at + len(needle) - 1] + 1


def _over(claim: dict, span) -> bool:
    return span is not None and claim["doc"] == span[0] and claim["start"] < span[2] and span[1] < claim["end"]


def _hits(link: dict, claims: dict, frm, tos) -> bool:
    a, b = claims.get(link["a"]), claims.get(link["b"])
    if a is None or b is None:
        return False
    return any((_over(a, frm) and _over(b, t)) or (_over(b, frm) and _over(a, t)) for t in tos)


def _links(gold: dict, analysis: dict, docs: _Docs, claims: dict) -> tuple[float, float]:
    """Link F1 and relation accuracy, as the scorer counts them."""
    links = analysis.get("links", [])
    required = [(g, docs.span(g["from"]), [docs.span(t) for t in g["to"]]) for g in gold.get("links", [])]
    optional = [(docs.span([o[0], o[1]]), [docs.span(t) for t in o[2]]) for o in gold.get("optional", [])]
    scored = {tuple(sorted((f[0], t[0]))) for _, f, ts in required for t in ts if f and t}
    scored |= {tuple(sorted((f[0], t[0]))) for f, ts in optional for t in ts if f and t}
    hits = rel_ok = rel_n = 0
    for g, frm, tos in required:
        matched = [lk for lk in links if _hits(lk, claims, frm, tos)]
        if matched:
            hits += 1
            if g.get("relation", "any") != "any":
                rel_n += 1
                rel_ok += max(matched, key=lambda lk: lk.get("score", 0)).get("relation") == g["relation"]
    in_scope = true_pos = 0
    for lk in links:
        a, b = claims.get(lk["a"]), claims.get(lk["b"])
        if a is None or b is None or tuple(sorted((a["doc"], b["doc"]))) not in scored:
            continue
        in_scope += 1
        true_pos += any(_hits(lk, claims, f, ts) for _, f, ts in required) or \
            any(_hits(lk, claims, f, ts) for f, ts in optional)
    recall = hits / len(required) if required else 1.0
    precision = true_pos / in_scope if in_scope else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f1, rel_ok / rel_n if rel_n else 1.0


def _omissions(gold: dict, analysis: dict, docs: _Docs, claims: dict) -> float:
    missing_from: dict[str, set] = {}
    for o in analysis.get("omissions", []):
        missing_from.setdefault(o["claim"], set()).update(o["missing_from"])
    linked: dict[str, set] = {}
    for lk in analysis.get("links", []):
        for x, y in ((lk["a"], lk["b"]), (lk["b"], lk["a"])):
            if y in claims:
                linked.setdefault(x, set()).add(claims[y]["doc"])
    ok = n = 0
    aliases = gold.get("docs", {})
    for o in gold.get("omissions", []):
        span = docs.span(o["span"])
        for other in o["missing_from"]:
            other = aliases.get(other, other)
            n += 1
            cs = [c for c in claims.values() if _over(c, span)]
            ok += bool(cs) and all(other in missing_from.get(c["id"], ()) and other not in linked.get(c["id"], ())
                                   for c in cs)
    for o in gold.get("not_omitted", []):
        span = docs.span(o["span"])
        for other in o["present_in"]:
            other = aliases.get(other, other)
            n += 1
            cs = [c for c in claims.values() if _over(c, span)]
            ok += bool(cs) and any(other in linked.get(c["id"], ()) for c in cs) and \
                not any(other in missing_from.get(c["id"], ()) for c in cs)
    return ok / n if n else 1.0


def _quotes(gold: dict, analysis: dict, docs: _Docs) -> float:
    ok = n = 0
    for q in gold.get("quotes", []):
        n += 1
        span = docs.span(q["in"])
        src = docs.span(q["source"]) if q.get("source") else None
        for p in (p for p in analysis.get("quotes", []) if _over(p, span)):
            if p.get("verdict") != q["verdict"]:
                continue
            s = p.get("source") or {}
            if src is None or (s.get("doc") == src[0] and s.get("start", 0) < src[2] and src[1] < s.get("end", 0)):
                ok += 1
                break
    return ok / n if n else 1.0


def score(gold: dict, analysis: dict) -> dict[str, float]:
    """The scorer's four headline figures for one analysis (JSON-ready dict) against one gold file."""
    docs = _Docs(analysis, gold.get("docs", {}))
    claims = {c["id"]: c for c in analysis["claims"]}
    f1, relation = _links(gold, analysis, docs, claims)
    return {"f1": f1, "relation": relation, "omission": _omissions(gold, analysis, docs, claims),
            "quotes": _quotes(gold, analysis, docs)}


def strip_copy(src: Path, dst: Path) -> int:
    """Copy `src` to `dst` without any front matter or per-file settings; return how many blocks went."""
    shutil.copytree(src, dst)
    stripped = 0
    for path in sorted(dst.rglob("*")):
        if not path.is_file():
            continue
        if path.name == folder.SETTINGS_FILE:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            data.pop("files", None)
            path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
        elif path.suffix.lower() in folder.TEXT_SUFFIXES and path.name != GOLD:
            try:
                raw = path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                continue
            body = markup.split_front_matter(raw).body
            if body != raw:
                path.write_text(body, encoding="utf-8")
                stripped += 1
    return stripped


def rename_copy(folder_path: Path) -> dict[str, str]:
    """Give every text of a stripped copy a neutral name ("text-01.md"), as a folder of pasted or downloaded texts
    may have them; return old stem -> new stem."""
    texts = sorted(p for p in folder_path.iterdir() if p.is_file() and p.suffix.lower() in folder.TEXT_SUFFIXES
                   and p.name not in (GOLD, folder.SETTINGS_FILE))
    names = {}
    for i, path in enumerate(texts, 1):
        names[path.stem] = f"text-{i:02d}"
        path.rename(path.with_name(f"text-{i:02d}{path.suffix}"))
    return names


def _renamed(value, names: dict[str, str]):
    """The gold with its document names (aliases' targets and bare names in spans) renamed."""
    if isinstance(value, dict):
        return {k: _renamed(v, names) for k, v in value.items()}
    if isinstance(value, list):
        head = [names.get(value[0], value[0])] if value and isinstance(value[0], str) else value[:1]
        return [_renamed(v, names) for v in head + value[1:]]
    return names.get(value, value) if isinstance(value, str) else value


def _analysis(root: Path) -> dict:
    return json.loads(json.dumps(jsonio.to_dict(analyze(root)), default=str))


def _metadata_agreement(truth: dict, guess: dict, names: dict[str, str] | None = None) -> str:
    """How many documents' inferred role, side and kind match what their front matter said (`names`: the
    documents were renamed, old stem -> new stem)."""
    by_id = {d["id"]: d for d in guess["documents"]}

    renames = names or {}

    def renamed(doc_id: str) -> str:
        head, _, stem = doc_id.rpartition("/")
        return f"{head}/{renames.get(stem, stem)}" if head else renames.get(stem, stem)

    parts = []
    for key in ("role", "side", "kind"):
        same = sum(by_id.get(renamed(d["id"]), {}).get(key) == d.get(key)
                   for d in truth["documents"])
        parts.append(f"{key} {same}/{len(truth['documents'])}")
    return ", ".join(parts)


def _gold_files(paths: list[Path]) -> list[tuple[Path, Path]]:
    """(folder, gold file) for every folder asked for, or by default the held-out events that exist here."""
    if not paths:
        paths = sorted(p for p in (ROOT / "eval" / "events").glob("*") if p.is_dir())
        paths.append(ROOT / "tests" / "data" / "heldout")
    return [(p, p / GOLD) for p in paths if (p / GOLD).is_file()]


def main(argv: list[str]) -> int:
    if help_asked(__doc__, argv):
        return 0
    folders = _gold_files([Path(a) for a in argv])
    if not folders:
        print("no folder with a gold.yaml", file=sys.stderr)
        return 2
    worst = 0.0
    print(f"{'event':44} {'':8} " + " ".join(f"{f:>8}" for f in FIGURES)
          + "   metadata inferred as the front matter says")
    for root, gold_path in folders:
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        with_fm = _analysis(root)
        with tempfile.TemporaryDirectory() as tmp:
            bare = Path(tmp) / root.name  # the same folder name: it is the event of top-level files
            strip_copy(root, bare)
            without = _analysis(bare)
            names = rename_copy(bare)
            unnamed = _analysis(bare)
        a, b, c = score(gold, with_fm), score(gold, without), score(_renamed(gold, names), unnamed)
        worst = max(worst, *(a[f] - b[f] for f in FIGURES))
        print(f"{root.name:44} {'with':8} " + " ".join(f"{a[f]:8.3f}" for f in FIGURES))
        print(f"{'':44} {'without':8} " + " ".join(f"{b[f]:8.3f}" for f in FIGURES)
              + f"   {_metadata_agreement(with_fm, without)}")
        print(f"{'':44} {'unnamed':8} " + " ".join(f"{c[f]:8.3f}" for f in FIGURES)
              + f"   {_metadata_agreement(with_fm, unnamed, names)}")
    print(f"largest loss from inference: {worst:.3f} (target <= {TARGET}; 'unnamed': the files also renamed "
          "text-01, text-02, ..., a harder case the target does not cover)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
