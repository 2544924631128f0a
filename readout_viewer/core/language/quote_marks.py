"""The quotation marks, in one table: which open, which close, and each closing mark's mate."""

from __future__ import annotations

# Double marks that open a quotation: English “, German and Polish „, French and Spanish «.
DOUBLE_OPEN = "\u201c\u201e\u00ab"
# Double marks that close one: English ”, French and Spanish » (German „…“ closes with “, which opens in English: the
# pairing tells them apart by what stands around the mark, quotes/marks.py).
DOUBLE_CLOSE = "\u201d\u00bb"
STRAIGHT_DOUBLE = '"'
DOUBLE = STRAIGHT_DOUBLE + DOUBLE_OPEN + DOUBLE_CLOSE
# Single marks: ‘ opens, ’ closes (and is an apostrophe: "don’t"), the straight ' both.
SINGLE_OPEN = "\u2018"
SINGLE_CLOSE = "\u2019"
STRAIGHT_SINGLE = "'"
SINGLE = STRAIGHT_SINGLE + SINGLE_OPEN + SINGLE_CLOSE
QUOTE_CHARS = DOUBLE + SINGLE
# Marks that stand at a quotation's edge but pair with none of the above in the texts read: the low single ‚ and the
# single guillemets ‹ ›, trimmed off quoted words (quotes/changes.py) though never paired.
EDGE_ONLY = "\u201a\u2039\u203a"
# The marks that close a quotation in English and straight typing, each with the mark that opened it: how far back a
# quotation's words reach from its closing mark (language/speakers.py).
OPENING_OF = {"\u201d": "\u201c", SINGLE_CLOSE: SINGLE_OPEN, STRAIGHT_DOUBLE: STRAIGHT_DOUBLE,
              STRAIGHT_SINGLE: STRAIGHT_SINGLE}
CLOSING = "".join(OPENING_OF)
# What stands before a cue put after its statement, in a text as written, as a regex set: a comma or a double mark that
# closes a quotation ('"...," said X', "«...,» he said"; the attribution cues), or “ where it closes one, as German
# and Polish typing do, or typed for ” ('“... investigation,“ said the statement'). Of Latin-1 but “”, one run: a set
# holding characters past Latin-1 in more than two runs is compiled as a 64 K-character map (re's _optimize_charset).
CLOSED = "[," + STRAIGHT_DOUBLE + DOUBLE_CLOSE + "\u201c]"
# The closing double marks alone ('"...," the statement.': a quotation's verb left out).
CLOSED_QUOTE = "[" + STRAIGHT_DOUBLE + DOUBLE_CLOSE + "]"
