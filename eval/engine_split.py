"""Check that docs/engine.md's split into docs/engine.md and docs/engine-history.md lost no line.

Every line of docs/engine.md as it stood at REV (default 13db4b4d, the tree the split started from) must be found in
today's docs/engine.md or docs/engine-history.md, each file's share in the old order: difflib matches the old lines
against engine.md in whole blocks, and the old lines engine.md lacks against engine-history.md. Prints the counts and
every old line found in neither: in the moved parts (the old "Figures" body, Rounds 45 to 2) such a line is lost and
the exit code is 1; elsewhere (the method sections, edited in place) it is an edit, listed so it can be read. Not a
test: docs/speed.md ("docs/engine.md split (helper docs2)") records what it printed. Run from the repository's root:
`python eval/engine_split.py [REV]`.
"""

import difflib
import subprocess
import sys
from pathlib import Path

BASE = "13db4b4d"


def matched(a: list[str], b: list[str]) -> dict[int, int]:
    """Index in a -> index in b, for the in-order matching difflib finds."""
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return {blk.a + k: blk.b + k for blk in sm.get_matching_blocks() for k in range(blk.size)}


def main() -> int:
    rev = sys.argv[1] if len(sys.argv) > 1 else BASE
    old = subprocess.run(["git", "show", f"{rev}:docs/engine.md"], capture_output=True, text=True,
                         encoding="utf-8", check=True).stdout.split("\n")
    new = Path("docs/engine.md").read_text(encoding="utf-8").split("\n")
    hist = Path("docs/engine-history.md").read_text(encoding="utf-8").split("\n")
    in_new = matched(old, new)
    rest = [i for i in range(len(old)) if i not in in_new]
    in_hist = {rest[j]: h for j, h in matched([old[i] for i in rest], hist).items()}
    for name, m in (("engine.md", in_new), ("engine-history.md", in_hist)):
        seq = [m[i] for i in sorted(m)]
        if any(x >= y for x, y in zip(seq, seq[1:])):
            print(f"{name}: old lines out of order")
            return 1
    missing = [i for i in range(len(old)) if i not in in_new and i not in in_hist and old[i].strip()]
    round45 = next(i for i, line in enumerate(old) if line.startswith("### Round 45:"))
    moved = [*range(old.index("## Figures") + 1, old.index("## Generalization")),
             *range(round45, old.index("## Quotations"))]
    lost = sorted(set(missing) & set(moved))
    print(f"docs/engine.md at {rev}: {len(old)} lines; now engine.md {len(new)}, engine-history.md {len(hist)}")
    print(f"old lines found in order: {len(in_new)} in engine.md, {len(in_hist)} in engine-history.md; "
          f"not blank and in neither: {len(lost)} of the moved parts (lost), "
          f"{len(missing) - len(lost)} of the method sections (edited in place)")
    for i in missing:
        print(f"  {'LOST' if i in lost else 'edited'}: old line {i + 1}: {old[i][:100]!r}")
    print(f"lines not from the old file: engine.md {len(new) - len(in_new)}, "
          f"engine-history.md {len(hist) - len(in_hist)}")
    return 1 if lost else 0


if __name__ == "__main__":
    sys.exit(main())
