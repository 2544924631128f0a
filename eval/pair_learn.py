"""A learned link scorer over the engine's own signals, left one read event out: does pair sense come from data?

    python eval/pair_learn.py [--collect] [--only NAME] [--model logit|stumps] [--rows N]

For every read event (the English events of eval/events not in KEPT_OUT, read from tests/core/test_heldout_events.py,
`unlinked.readable`), and dev (corpus/) and the old held-out folder as separate checks (never trained on), every
outlet statement x official statement pair of a paired document that shares at least one concept gets the features
the engine already computes (`features`): its scores (`similarity.score`, `counterparts.ranked` with the outlet gates
and lifted), its rank and distance to the best among the outlet claim's candidates in that official text and across
texts (and the official claim's among the outlet's), shared concepts, content and their weight in the folder, shared
rare concepts, synonyms, things, names and numbers, lengths, places, speakers, the lede, quotes, and the engine's own
decision. Label: the gold links the pair (a required or optional link, as eval/scoring.py counts them); pairs of texts
the gold does not judge are left out. `--collect` writes the features and each analysis' JSON to CACHE.

Then, left one read event out (a logistic regression with L2, or boosted stumps, trained on the other read events):
the pairs the engine did not link whose probability reaches tau are added (at most one per outlet claim and official
text) and the event rescored exactly with eval/scoring.py; also the engine's own links under a score, dropped when
their probability is under rho. Pooled read figures per tau / rho, dev and old with a model trained on every read
event (docs/engine.md, Round 47, helper learn1).
"""

from __future__ import annotations

import argparse
import copy
import math
import os
import pickle
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
from scoring import Spans, _link_hits, load_gold, overlaps, pooled, score
from unlinked import KEPT_OUT, _captured, readable

from readout_viewer.core import jsonio
from readout_viewer.core.analysis import analyze
from readout_viewer.core.language.reports import reports_a_leader
from readout_viewer.core.language.text import tokens
from readout_viewer.core.linking import outlet_passes as op
from readout_viewer.core.linking.counterparts import _content, ranked, sharing
from readout_viewer.core.linking.omissions import is_transcript
from readout_viewer.core.linking.pairs import document_pairs
from readout_viewer.core.linking.similarity import score as plain

SEMANTIC = os.environ.get("READOUT_VIEWER_MODEL", "none") == "minilm"  # the sentence model's cosine, a feature too
CACHE = Path("/tmp/learn1/pairs-minilm" if SEMANTIC else "/tmp/learn1/pairs")
NAMES = ("gated", "lifted", "plain", "rank_doc", "rank_all", "gap_doc", "gap_all", "ratio_doc", "rank_back",
         "gap_back", "shared", "content", "content_idf", "max_idf", "rare2", "rare4", "synonyms", "things", "names",
         "numbers", "bigrams", "len_a", "len_b", "len_ratio", "pos_a", "pos_b", "npos_a", "npos_b", "npos_diff",
         "same_speaker", "other_speaker", "leader", "lede", "quotes", "transcript", "engine", "engine_score",
         "a_links_doc", "b_linked_from_a", "a_links_any", "b_outlets", "neighbour", "between") + \
    (("cosine",) if SEMANTIC else ())
QUOTES = "\"\u201c\u201d"


def _surface(text: str) -> set[str]:
    return {t.norm for t in tokens(text)}


def _gold_pairs(gold: dict, data: dict) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """(claim pairs the gold links, required or optional; document pairs it judges)."""
    spans = Spans(data, gold.get("docs", {}))
    claims = data["claims"]
    links = [(spans.span(g["from"]), [spans.span(t) for t in g["to"]]) for g in gold.get("links", [])] + \
        [(spans.span([o[0], o[1]]), [spans.span(t) for t in o[2]]) for o in gold.get("optional", [])]
    yes, judged = set(), set()
    for frm, tos in links:
        if not frm:
            continue
        xs = [c["id"] for c in claims if overlaps(c, frm)]
        for t in tos:
            if not t:
                continue
            judged.add(tuple(sorted((frm[0], t[0]))))
            ys = [c["id"] for c in claims if overlaps(c, t)]
            yes |= {(x, y) for x in xs for y in ys} | {(y, x) for x in xs for y in ys}
    return yes, judged


def missed_required(ev: dict) -> np.ndarray:
    """Per pair: whether it meets a required gold link that no link of the analysis meets (what recall lacks)."""
    data, gold = ev["data"], ev["gold"]
    spans = Spans(data, gold.get("docs", {}))
    claims = {c["id"]: c for c in data["claims"]}
    wanted = set()
    for g in gold.get("links", []):
        frm, tos = spans.span(g["from"]), [spans.span(t) for t in g["to"]]
        if not frm or any(_link_hits(lk, claims, frm, tos) for lk in data["links"]):
            continue
        xs = [c for c in claims if overlaps(claims[c], frm)]
        ys = [c for t in tos if t for c in claims if overlaps(claims[c], t)]
        wanted |= {(x, z) for x in xs for z in ys} | {(z, x) for x in xs for z in ys}
    return np.array([int((m[0], m[1]) in wanted) for m in ev["meta"]])


def _framed(mine, i: int, theirs, j: int, engine: dict) -> tuple[float, float]:
    """(a neighbour of the outlet claim links a neighbour of the official one; the official claim lies between what the
    statements before and after the outlet claim link in that text), as `unlinked.rows` reads them."""
    where = {c.id: n for n, c in enumerate(theirs)}
    def linked(n: int) -> list[int]:
        return [where[b] for (a, b) in engine if a == mine[n].id and b in where] if 0 <= n < len(mine) else []
    before, after = linked(i - 1), linked(i + 1)
    near = any(abs(k - j) <= 1 for k in before + after)
    return float(near), float(bool(before and after) and min(before) <= j <= max(after))


def collect(name: str, folder: Path, gold_path: Path) -> dict:
    """The pairs' features, labels and ids, with the analysis' JSON and the gold, of one folder."""
    assert name not in KEPT_OUT
    _captured.clear()
    an = analyze(folder)
    ctx, data, gold = _captured[-1], jsonio.to_dict(an), load_gold(gold_path)
    yes, judged = _gold_pairs(gold, data)
    docs = {d.id: d for d in an.documents}
    w, terms, speakers = ctx.w, ctx.terms, ctx.speakers
    engine: dict[tuple[str, str], float] = {}
    for lk in an.links:
        engine[(lk.a, lk.b)] = engine[(lk.b, lk.a)] = lk.score
    official_of: dict[str, set[str]] = defaultdict(set)  # claim -> official docs it links into
    outlets_of: dict[str, set[str]] = defaultdict(set)  # official claim -> outlet docs linking it
    linked_from: dict[str, set[str]] = defaultdict(set)  # claim -> docs of the claims linking it
    for (a, b) in engine:
        linked_from[b].add(an.claim[a].doc)
        if docs[an.claim[b].doc].is_official:
            official_of[a].add(an.claim[b].doc)
            if not docs[an.claim[a].doc].is_official:
                outlets_of[b].add(an.claim[a].doc)
    pairs = [p for p in document_pairs([d for d in an.documents if d.compared])
             if not p.a.is_official and p.b.is_official and p.b.id in ctx.indexes]
    parties = op.party_words(pairs)
    surface = {c.id: _surface(c.text) for cs in ctx.claims_of.values() for c in cs}
    if SEMANTIC:
        ctx.sem.embed(surface)
    raw = []  # (pair, ca, cb, i_a, i_b, gated, lifted, plain)
    for pair in pairs:
        mine, theirs = ctx.claims_of.get(pair.a.id, ()), ctx.claims_of.get(pair.b.id, ())
        where = {c.id: n for n, c in enumerate(theirs)}
        index = ctx.indexes[pair.b.id]
        for i, ca in enumerate(mine):
            gated = {o.id: s for s, o in ranked(ca, index, terms, w, pair.threshold, speakers)}
            lifted = {o.id: s for s, o in ranked(ca, index, terms, w, 0, speakers)}
            for cb in sharing(terms[ca.id], index, 1):
                raw.append((pair, ca, cb, i, where[cb.id], gated.get(cb.id, 0.0), lifted.get(cb.id, 0.0),
                            plain(terms[ca.id], terms[cb.id], w)))
    by_doc: dict[tuple[str, str], list[float]] = defaultdict(list)
    by_all: dict[str, list[float]] = defaultdict(list)
    by_back: dict[tuple[str, str], list[float]] = defaultdict(list)
    for pair, ca, cb, *_, p in raw:
        by_doc[(ca.id, pair.b.id)].append(p)
        by_all[ca.id].append(p)
        by_back[(cb.id, pair.a.id)].append(p)
    for v in (*by_doc.values(), *by_all.values(), *by_back.values()):
        v.sort(reverse=True)
    rows, meta, labels = [], [], []
    for pair, ca, cb, i, j, g, lf, p in raw:
        key = tuple(sorted((pair.a.id, pair.b.id)))
        if key not in judged:
            continue
        ta, tb = terms[ca.id], terms[cb.id]
        shared = ta.concepts & tb.concepts
        content = _content(ta, tb, shared, w)
        idfs = [w.weight[c] for c in content]
        na, nb = len(ctx.claims_of[pair.a.id]), len(ctx.claims_of[pair.b.id])
        sa, sb = speakers.get(ca.id), speakers.get(cb.id)
        d, al, bk = by_doc[(ca.id, pair.b.id)], by_all[ca.id], by_back[(cb.id, pair.a.id)]
        es = engine.get((ca.id, cb.id))
        rows.append([
            g, lf, p, min(d.index(p) + 1, 6), min(al.index(p) + 1, 10), d[0] - p, al[0] - p, p / d[0] if d[0] else 0,
            min(bk.index(p) + 1, 6), bk[0] - p, len(shared), len(content), sum(idfs), max(idfs, default=0.0),
            sum(w.df.get(c, 0) <= 2 for c in shared), sum(w.df.get(c, 0) <= 4 for c in shared),
            max(0, len(shared) - len(surface[ca.id] & surface[cb.id])), op._things(ca, cb, ctx, parties),
            len(shared & w.names), sum(c.isdigit() for c in shared), len(ta.bigrams & tb.bigrams),
            math.log1p(len(ta.concepts)), math.log1p(len(tb.concepts)),
            min(len(ta.concepts), len(tb.concepts)) / max(len(ta.concepts), len(tb.concepts), 1),
            min(i, 10), min(j, 20), i / na, j / nb, abs(i / na - j / nb),
            float(sa is not None and sa == sb), float(sa is not None and sb is not None and sa != sb),
            float(reports_a_leader(ca.text)), float(i == 0), float(any(q in ca.text for q in QUOTES)),
            float(is_transcript(pair.b)), float(es is not None), es or 0.0,
            float(pair.b.id in official_of[ca.id]), float(pair.a.id in linked_from[cb.id]),
            float(bool(official_of[ca.id])), min(len(outlets_of[cb.id] - {pair.a.id}), 5),
            *_framed(ctx.claims_of[pair.a.id], i, ctx.claims_of[pair.b.id], j, engine)]
            + ([ctx.sem.cos(ca.id, cb.id)] if SEMANTIC else []))
        meta.append((ca.id, cb.id, pair.b.id, pair.a.id, ca.text, cb.text))
        labels.append(int((ca.id, cb.id) in yes))
    return {"name": name, "X": np.array(rows, dtype=float).reshape(-1, len(NAMES)), "y": np.array(labels),
            "meta": meta, "data": data, "gold": gold}


def load(name: str, folder: Path, gold_path: Path, fresh: bool) -> dict:
    path = CACHE / f"{name}.pkl"
    if path.is_file() and not fresh:
        return pickle.loads(path.read_bytes())
    got = collect(name, folder, gold_path)
    CACHE.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(got))
    return got


# ---- models ---------------------------------------------------------------------------------------------------------

class Logit:
    """Logistic regression, L2, by Newton's method on standardised features."""

    def __init__(self, l2: float = 1.0) -> None:
        self.l2 = l2

    def fit(self, X: np.ndarray, y: np.ndarray) -> Logit:
        self.mu, self.sd = X.mean(0), X.std(0) + 1e-9
        Z = np.hstack([np.ones((len(X), 1)), (X - self.mu) / self.sd])
        beta = np.zeros(Z.shape[1])
        reg = self.l2 * np.eye(Z.shape[1])
        reg[0, 0] = 0
        for _ in range(25):
            p = 1 / (1 + np.exp(-Z @ beta))
            g = Z.T @ (p - y) + reg @ beta
            H = (Z * (p * (1 - p))[:, None]).T @ Z + reg
            step = np.linalg.solve(H, g)
            beta -= step
            if np.abs(step).max() < 1e-6:
                break
        self.beta = beta
        return self

    def prob(self, X: np.ndarray) -> np.ndarray:
        Z = np.hstack([np.ones((len(X), 1)), (X - self.mu) / self.sd])
        return 1 / (1 + np.exp(-np.clip(Z @ self.beta, -30, 30)))


class Stumps:
    """Gradient-boosted decision stumps on the log-loss (depth-1 trees, cuts at feature quantiles, Newton steps)."""

    def __init__(self, rounds: int = 300, rate: float = 0.1, bins: int = 32) -> None:
        self.rounds, self.rate, self.bins = rounds, rate, bins

    def fit(self, X: np.ndarray, y: np.ndarray) -> Stumps:
        cuts = [np.unique(np.quantile(X[:, k], np.linspace(0, 1, self.bins + 1)[1:-1])) for k in range(X.shape[1])]
        codes = [np.searchsorted(cuts[k], X[:, k], side="left") for k in range(X.shape[1])]  # x <= cut[i] -> code <= i
        base = math.log((y.mean() + 1e-6) / (1 - y.mean() + 1e-6))
        f = np.full(len(y), base)
        self.base, self.trees = base, []
        for _ in range(self.rounds):
            p = 1 / (1 + np.exp(-f))
            g, h = y - p, p * (1 - p) + 1e-9
            gt, ht = g.sum(), h.sum()
            best = (-1.0, 0, 0.0, 0.0, 0.0)
            for k in range(X.shape[1]):
                if not len(cuts[k]):
                    continue
                gl = np.cumsum(np.bincount(codes[k], g, len(cuts[k]) + 1))[:-1]
                hl = np.cumsum(np.bincount(codes[k], h, len(cuts[k]) + 1))[:-1]
                gain = gl ** 2 / (hl + 1) + (gt - gl) ** 2 / (ht - hl + 1)
                i = int(np.argmax(gain))
                if gain[i] > best[0]:
                    best = (gain[i], k, cuts[k][i], gl[i] / (hl[i] + 1), (gt - gl[i]) / (ht - hl[i] + 1))
            _, k, c, vl, vr = best
            self.trees.append((k, c, self.rate * vl, self.rate * vr))
            f += np.where(X[:, k] <= c, self.rate * vl, self.rate * vr)
        return self

    def prob(self, X: np.ndarray) -> np.ndarray:
        f = np.full(len(X), self.base)
        for k, c, vl, vr in self.trees:
            f += np.where(X[:, k] <= c, vl, vr)
        return 1 / (1 + np.exp(-f))


# ---- exact rescoring ------------------------------------------------------------------------------------------------

FREE_ONLY = False  # --free: add only where the outlet claim links nothing in that official text


def with_added(ev: dict, prob: np.ndarray, tau: float) -> dict:
    """The event's analysis with the unlinked pairs of probability >= tau added (one per outlet claim and official
    text, the likeliest), each official claim's omission from that outlet lifted."""
    data = copy.deepcopy(ev["data"])
    best: dict[tuple[str, str], tuple[float, int]] = {}
    for n, (ca, _, docb, *_) in enumerate(ev["meta"]):
        if ev["X"][n, NAMES.index("engine")] or prob[n] < tau:
            continue
        if FREE_ONLY and ev["X"][n, NAMES.index("a_links_doc")]:
            continue
        if prob[n] > best.get((ca, docb), (-1.0, 0))[0]:
            best[(ca, docb)] = (prob[n], n)
    omitted = {o["claim"]: o for o in data["omissions"]}
    for _, n in best.values():
        ca, cb, _, doca, *_ = ev["meta"][n]
        data["links"].append({"a": ca, "b": cb, "relation": "agree", "score": 0.0, "reason": None, "origin": "auto"})
        if cb in omitted and doca in omitted[cb]["missing_from"]:
            omitted[cb]["missing_from"].remove(doca)
    return data


def without_low(ev: dict, prob: np.ndarray, below: float, rho: float) -> dict:
    """The event's analysis without its outlet links scored under `below` whose probability is under rho."""
    data = copy.deepcopy(ev["data"])
    drop = {(m[0], m[1]) for n, m in enumerate(ev["meta"])
            if ev["X"][n, NAMES.index("engine")] and ev["X"][n, NAMES.index("engine_score")] < below
            and prob[n] < rho}
    data["links"] = [lk for lk in data["links"] if (lk["a"], lk["b"]) not in drop and (lk["b"], lk["a"]) not in drop]
    return data


def training(events: list[dict], unlinked: bool) -> tuple[np.ndarray, np.ndarray]:
    """The events' pairs and labels (`unlinked`: only the pairs the engine did not link, those a pass may add)."""
    X = np.vstack([e["X"] for e in events])
    y = np.concatenate([e["y"] for e in events])
    if unlinked:
        keep = X[:, NAMES.index("engine")] == 0
        X, y = X[keep], y[keep]
    return X, y


def loo(events: list[dict], make, unlinked: bool) -> dict[str, np.ndarray]:
    """Each event's probabilities from a model trained on the other events."""
    out = {}
    for ev in events:
        others = [e for e in events if e is not ev and len(e["y"])]
        X, y = training(others, unlinked)
        out[ev["name"]] = make().fit(X, y).prob(ev["X"]) if len(ev["y"]) else np.zeros(0)
    return out


TAUS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def table(events: list[dict], probs: dict[str, np.ndarray], label: str) -> None:
    base = pooled(score(e["gold"], e["data"]) for e in events)
    print(f"{label}: engine {base.line()}")
    for tau in TAUS:
        s = pooled(score(e["gold"], with_added(e, probs[e["name"]], tau)) for e in events)
        print(f"  add tau {tau:.2f}: {s.line()}")
    for below in (0.3, 0.4, 0.5):
        for rho in (0.1, 0.2, 0.3):
            s = pooled(score(e["gold"], without_low(e, probs[e["name"]], below, rho)) for e in events)
            print(f"  drop engine links < {below:.2f} with p < {rho:.2f}: {s.line()}")


def bands(events: list[dict], probs: dict[str, np.ndarray]) -> None:
    """The unlinked pairs by left-out probability: how many the gold links (the ceiling: all that share a concept)."""
    engine = NAMES.index("engine")
    p = np.concatenate([probs[e["name"]] for e in events])
    y = np.concatenate([e["y"] for e in events])
    free = np.concatenate([e["X"][:, engine] == 0 for e in events])
    print(f"unlinked pairs sharing a concept: {int(free.sum())}, the gold links {int(y[free].sum())}")
    for lo, hi in ((0.9, 1.01), (0.8, 0.9), (0.7, 0.8), (0.6, 0.7), (0.5, 0.6), (0.4, 0.5), (0.3, 0.4), (0.2, 0.3),
                   (0.1, 0.2), (0.0, 0.1)):
        m = free & (p >= lo) & (p < hi)
        print(f"  p {lo:.1f}-{min(hi, 1):.1f}: {int(m.sum()):6d} pairs, gold links {int(y[m].sum()):5d} "
              f"({y[m].mean() if m.any() else 0:.2f})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--collect", action="store_true", help="analyse again instead of reading the cache")
    parser.add_argument("--only", default="")
    parser.add_argument("--model", default="logit", choices=("logit", "stumps"))
    parser.add_argument("--rows", type=int, default=0, help="print this many added pairs from the first tau")
    parser.add_argument("--unlinked", action="store_true", help="train only on the pairs the engine did not link")
    parser.add_argument("--free", action="store_true", help="add only where the claim links nothing in that text")
    parser.add_argument("--l2", type=float, default=1.0, help="the logistic regression's L2 weight")
    parser.add_argument("--rounds", type=int, default=300, help="the stumps' rounds")
    parser.add_argument("--rate", type=float, default=0.1, help="the stumps' learning rate")
    parser.add_argument("--label", default="gold", choices=("gold", "missed"),
                        help="gold: the gold links the pair; missed: it meets a required link no link meets")
    parser.add_argument("--taus", default="", help="comma-separated tau grid")
    args = parser.parse_args()
    global FREE_ONLY, TAUS
    FREE_ONLY = args.free
    if args.taus:
        TAUS = tuple(float(t) for t in args.taus.split(","))
    folders = [(n, f, g) for n, f, g in readable() if not args.only or args.only in n]
    events = [load(n, f, g, args.collect) for n, f, g in folders]
    if args.label == "missed":  # train on what recall lacks; score (bands) against the same label
        for e in events:
            e["y"] = missed_required(e)
    checks = [e for e in events if e["name"] in ("dev", "old")]
    read = [e for e in events if e["name"] not in ("dev", "old")]
    y = np.concatenate([e["y"] for e in read])
    print(f"{len(read)} read events, {len(y)} pairs judged, {int(y.sum())} linked by the gold", file=sys.stderr)
    make = (lambda: Logit(args.l2)) if args.model == "logit" else (lambda: Stumps(args.rounds, args.rate))
    probs = loo(read, make, args.unlinked)
    bands(read, probs)
    table(read, probs, f"read{len(read)} (leave one event out, {args.model})")
    model = make().fit(*training(read, args.unlinked))
    if isinstance(model, Logit):
        order = np.argsort(-np.abs(model.beta[1:]))
        print("weights (standardised):", ", ".join(f"{NAMES[k]} {model.beta[1 + k]:+.2f}" for k in order))
    for e in checks:
        table([e], {e["name"]: model.prob(e["X"])}, f"{e['name']} (trained on every read event)")
    if args.rows:
        shown = []
        for e in read:
            p = probs[e["name"]]
            for n in np.argsort(-p):
                if p[n] < TAUS[0]:
                    break
                if not e["X"][n, NAMES.index("engine")]:
                    shown.append((p[n], e["y"][n], e["name"], e["meta"][n]))
        for p, lab, name, m in sorted(shown, key=lambda r: -r[0])[:args.rows]:
            print(f"{'TRUE ' if lab else 'false'} {p:.2f} {name[:26]} | {m[4][:100]!r} ~ {m[5][:100]!r}")


if __name__ == "__main__":
    main()
