"""BERT uncased WordPiece in pure Python, token for token what the `tokenizers` package gives for MiniLM."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Sentence-transformers' max_seq_length for all-MiniLM-L6-v2: [CLS] + 254 word pieces + [SEP].
MAX_TOKENS = 256
# A word longer than this many characters is one [UNK], as in BERT's WordPiece.
MAX_WORD_CHARS = 100

_ASCII_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_SPECIALS = ("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]")
_SPECIAL_RE = re.compile("(" + "|".join(re.escape(s) for s in _SPECIALS) + ")")
# CJK ideograph blocks: BertNormalizer puts spaces around each of their characters.
_CJK = ((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0x20000, 0x2A6DF), (0x2A700, 0x2B73F), (0x2B740, 0x2B81F),
        (0x2B820, 0x2CEAF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F))


class WordPiece:
    """Text -> [CLS] word pieces [SEP] ids (BertNormalizer, BertPreTokenizer, WordPiece with "##")."""

    def __init__(self, vocab_text: str, max_tokens: int = MAX_TOKENS) -> None:
        self.vocab = {tok: i for i, tok in enumerate(vocab_text.splitlines())}
        self.unk, self.cls, self.sep = self.vocab["[UNK]"], self.vocab["[CLS]"], self.vocab["[SEP]"]
        self.max_tokens = max_tokens
        self._words: dict[str, tuple[int, ...]] = {}

    def encode_batch(self, texts: Iterable[str]) -> list[list[int]]:
        return [self.encode(t) for t in texts]

    def encode(self, text: str) -> list[int]:
        ids: list[int] = []
        parts = _SPECIAL_RE.split(text) if "[" in text else [text]
        for j, part in enumerate(parts):
            if j % 2:
                ids.append(self.vocab[part])
                continue
            for word in words(part):
                pieces = self._words.get(word)
                if pieces is None:
                    pieces = self._words[word] = self._pieces(word)
                ids.extend(pieces)
        return [self.cls, *ids[:self.max_tokens - 2], self.sep]

    def _pieces(self, word: str) -> tuple[int, ...]:
        """Greedy longest-match-first pieces of one word, or (UNK,) when a part matches nothing."""
        if len(word) > MAX_WORD_CHARS:
            return (self.unk,)
        out: list[int] = []
        start, n = 0, len(word)
        while start < n:
            end, found = n, None
            while start < end:
                found = self.vocab.get(word[start:end] if start == 0 else "##" + word[start:end])
                if found is not None:
                    break
                end -= 1
            if found is None:
                return (self.unk,)
            out.append(found)
            start = end
        return tuple(out)


def words(text: str) -> list[str]:
    """Normalised words and punctuation marks, as BertNormalizer and BertPreTokenizer give them."""
    out: list[str] = []
    for chunk in normalize(text).split():
        if chunk.isalnum():
            out.append(chunk)
            continue
        cur: list[str] = []
        for ch in chunk:
            if ch in _ASCII_PUNCT or unicodedata.category(ch)[0] == "P":
                if cur:
                    out.append("".join(cur))
                    cur = []
                out.append(ch)
            else:
                cur.append(ch)
        if cur:
            out.append("".join(cur))
    return out


def normalize(text: str) -> str:
    """Control characters dropped, whitespace to spaces, CJK spaced, accents stripped, lower case per character."""
    if text.isascii():
        if not text.isprintable():
            text = "".join(" " if c in "\t\n\r" else c for c in text if c.isprintable() or c in "\t\n\r")
        return text.lower()
    out = []
    for c in text:
        cat = unicodedata.category(c)
        if c in "\t\n\r" or cat[0] == "Z":
            out.append(" ")
        elif c in "\0\ufffd" or cat[0] == "C":
            continue
        elif any(lo <= ord(c) <= hi for lo, hi in _CJK):
            out.append(f" {c} ")
        else:
            out.append(c)
    s = unicodedata.normalize("NFD", "".join(out))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    # per character, as tokenizers does (str.lower() would give a final sigma at word ends)
    return s.lower() if "\u03a3" not in s else "".join(c.lower() for c in s)
