"""Writing the finished PDF file: numbered objects as PDF syntax, packed in compressed object streams (PDF 1.7).

pypdf reads the file Qt laid out; this module writes the result itself, because pypdf writes neither object
streams nor cross-reference streams (the annotation dictionaries were most of the file) and serialises a
string a byte at a time (most of the export's time on large folders).
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Iterable, Mapping

from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    ByteStringObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    NullObject,
    NumberObject,
    StreamObject,
    TextStringObject,
)

VERSION = b"1.7"  # object streams and cross-reference streams need 1.5; nothing here needs more than 1.7
# Objects packed per object stream: big enough to compress well, small enough that a reader jumping to one page
# does not inflate the whole file (qpdf uses 100 too).
OBJECTS_PER_STREAM = 100
# zlib level: 6 is zlib's default balance; 9 saves under 1 % here for twice the time.
COMPRESSION = 6
_NAME_SPECIAL = set(b"#()<>[]{}/%")  # delimiters and the escape itself: written as #XX in a name
_NAME_PLAIN = re.compile(rb"[!-~]*")


def name(value: str) -> bytes:
    """A PDF name (/Value), with the characters a name cannot hold written as #XX."""
    raw = value.lstrip("/").encode("utf-8")
    if _NAME_PLAIN.fullmatch(raw) and not _NAME_SPECIAL.intersection(raw):
        return b"/" + raw
    return b"/" + b"".join(bytes([c]) if 0x21 <= c <= 0x7E and c not in _NAME_SPECIAL else b"#%02X" % c
                           for c in raw)


def text(value: str) -> bytes:
    """A PDF text string: a literal (string) when it is plain ASCII, else UTF-16BE with its byte order mark, in hex."""
    if value.isascii() and value.replace("\n", "").isprintable():
        return b"(" + value.encode("ascii").replace(b"\\", b"\\\\").replace(b"(", b"\\(") \
            .replace(b")", b"\\)").replace(b"\n", b"\\n") + b")"
    return b"<FEFF" + value.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def number(value: float) -> bytes:
    """A real number with at most 3 decimals (a thousandth of a point is far below what anything can show)."""
    if float(value).is_integer():
        return b"%d" % int(value)
    return (b"%.3f" % value).rstrip(b"0").rstrip(b".")


def ref(num: int) -> bytes:
    return b"%d 0 R" % num


def serialize(obj) -> bytes:
    """A pypdf object as PDF syntax (streams are written by Objects.put_stream, not here)."""
    if isinstance(obj, IndirectObject):
        return ref(obj.idnum)
    if isinstance(obj, DictionaryObject):
        return b"<<" + b"".join(name(k) + b" " + serialize(v) for k, v in obj.items()) + b">>"
    if isinstance(obj, ArrayObject):
        return b"[" + b" ".join(serialize(v) for v in obj) + b"]"
    if isinstance(obj, NameObject):
        return name(obj)
    if isinstance(obj, BooleanObject):
        return b"true" if obj else b"false"
    if isinstance(obj, NullObject) or obj is None:
        return b"null"
    if isinstance(obj, (NumberObject, FloatObject, int, float)):
        return number(obj)
    if isinstance(obj, TextStringObject):
        return b"<" + obj.get_original_bytes().hex().upper().encode("ascii") + b">"
    if isinstance(obj, (ByteStringObject, bytes)):
        return b"<" + bytes(obj).hex().upper().encode("ascii") + b">"
    if isinstance(obj, str):
        return text(obj)
    raise TypeError(f"cannot write a {type(obj).__name__} into the PDF")


class Objects:
    """The objects of the file being written: dictionaries and arrays as bytes, and streams."""

    def __init__(self, first: int = 1) -> None:
        self._next = first
        self.bodies: dict[int, bytes] = {}
        self.streams: dict[int, tuple[bytes, bytes]] = {}  # number -> (dictionary entries, data as written)

    def reserve(self) -> int:
        """A new object number, to be filled with put or put_stream."""
        num = self._next
        self._next += 1
        return num

    def add(self, body: bytes) -> int:
        num = self.reserve()
        self.bodies[num] = body
        return num

    def put(self, num: int, body: bytes) -> None:
        self._next = max(self._next, num + 1)
        self.bodies[num] = body

    def put_stream(self, num: int, entries: bytes, data: bytes, *, compress: bool = True,
                   encoded: bool = False) -> None:
        """A stream object: `entries` is the inside of its dictionary without /Length (and without /Filter unless
        `encoded`, when `data` is already encoded as that filter says); plain data is deflated when it pays."""
        self._next = max(self._next, num + 1)
        if compress and not encoded:
            packed = zlib.compress(data, COMPRESSION)
            if len(packed) + 20 < len(data):
                entries, data = entries + b"/Filter/FlateDecode", packed
        self.streams[num] = (entries, data)

    def add_stream(self, entries: bytes, data: bytes, *, compress: bool = True) -> int:
        num = self.reserve()
        self.put_stream(num, entries, data, compress=compress)
        return num

    @property
    def size(self) -> int:
        return self._next


def copy_stream(objects: Objects, num: int, stream: StreamObject) -> None:
    """A stream of the file Qt wrote, its data as Qt encoded it (Qt deflates page contents and fonts already);
    a plain one is deflated when that pays."""
    filt = stream.get("/Filter")
    keep = ("/Length",) if filt is not None else ("/Length", "/Filter", "/DecodeParms")
    body = b"".join(name(k) + b" " + serialize(v) for k, v in stream.items() if k not in keep)
    if filt is None:
        objects.put_stream(num, body, stream.get_data())
    else:
        objects.put_stream(num, body, stream._data, encoded=True)  # the encoded bytes, as read


def _object_stream(members: list[tuple[int, bytes]]) -> tuple[bytes, bytes]:
    """The dictionary entries and data of one object stream holding `members`."""
    head, parts, at = [], [], 0
    for num, body in members:
        head.append(b"%d %d" % (num, at))
        parts.append(body)
        at += len(body) + 1
    first = b" ".join(head) + b"\n"
    return b"/Type/ObjStm/N %d/First %d" % (len(members), len(first)), first + b"\n".join(parts)


def write(objects: Objects, root: int, info: int) -> bytes:
    """The whole file: header, streams, object streams, and a compressed cross-reference stream."""
    out = bytearray(b"%PDF-" + VERSION + b"\n%\xe2\xe3\xcf\xd3\n")
    where: dict[int, tuple[int, int, int]] = {}  # number -> (type, offset or object stream, index)
    plain = sorted(objects.bodies.items())
    for start in range(0, len(plain), OBJECTS_PER_STREAM):
        members = plain[start:start + OBJECTS_PER_STREAM]
        num = objects.reserve()
        entries, data = _object_stream(members)
        objects.put_stream(num, entries, data)
        for index, (member, _) in enumerate(members):
            where[member] = (2, num, index)
    for num, (entries, data) in sorted(objects.streams.items()):
        where[num] = (1, len(out), 0)
        out += b"%d 0 obj\n<<%s/Length %d>>\nstream\n" % (num, entries, len(data)) + data + b"\nendstream\nendobj\n"
    xref = objects.reserve()
    where[xref] = (1, len(out), 0)
    rows = [b"\x00\x00\x00\x00\x00\xff\xff"]  # object 0: the head of the free list
    for num in range(1, objects.size):
        kind, field2, field3 = where.get(num, (0, 0, 0))
        rows.append(bytes([kind]) + field2.to_bytes(4, "big") + field3.to_bytes(2, "big"))
    digest = hashlib.md5(bytes(out), usedforsecurity=False).hexdigest().upper().encode("ascii")
    data = zlib.compress(b"".join(rows), COMPRESSION)
    out += (b"%d 0 obj\n<</Type/XRef/Size %d/W[1 4 2]/Root %s/Info %s/ID[<%s><%s>]/Filter/FlateDecode/Length %d>>"
            b"\nstream\n" % (xref, objects.size, ref(root), ref(info), digest, digest, len(data)))
    out += data + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % where[xref][1]
    return bytes(out)


def dictionary(entries: Mapping[str, bytes] | Iterable[tuple[str, bytes]]) -> bytes:
    """<< /Key value ... >> from already written values."""
    items = entries.items() if isinstance(entries, Mapping) else entries
    return b"<<" + b"".join(name(k) + b" " + v for k, v in items) + b">>"


def array(values: Iterable[bytes]) -> bytes:
    return b"[" + b" ".join(values) + b"]"


def numbers(values: Iterable[float]) -> bytes:
    return array(number(v) for v in values)
