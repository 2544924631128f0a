"""The final file: the pages Qt drew (fonts corrected), the annotations, the outline and the metadata."""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping, Sequence
from datetime import timezone

from pypdf import PdfReader
from pypdf.generic import DictionaryObject, StreamObject

from readout_viewer.export import pdffile, pdffonts
from readout_viewer.export.annotate import Annotator, PageSizes, outline
from readout_viewer.export.canvas import Anchor, LinkSpot, Mark
from readout_viewer.export.pdffile import Objects, dictionary, ref, serialize, text
from readout_viewer.export.pdfmeta import DocInfo, info_dictionary, xmp

# Catalog entries this module writes itself; Qt's other entries are kept.
OWN_CATALOG = ("/Type", "/Metadata", "/Outlines", "/PageMode", "/Lang", "/ViewerPreferences")


def _copy(reader: PdfReader, objects: Objects, skip: set[int], pages: set[int]) -> None:
    """Every object Qt wrote, but those rewritten here (`skip`) and the pages (written once annotated); Type 0
    fonts get their subset tag and their ToUnicode maps the space (see pdffonts)."""
    wanted = [num for num in sorted(reader.xref.get(0, {})) if num not in skip and num not in pages]
    found = {num: reader.get_object(num) for num in wanted}
    maps = set()
    for obj in found.values():
        if isinstance(obj, DictionaryObject) and obj.get("/Subtype") == "/Type0" and "/DescendantFonts" in obj:
            pdffonts.tag_subset(obj)
            if "/ToUnicode" in obj:
                maps.add(obj.raw_get("/ToUnicode").idnum)
    for num, obj in found.items():
        if num in maps and isinstance(obj, StreamObject):
            entries = b"".join(pdffile.name(k) + b" " + serialize(v) for k, v in obj.items()
                               if k not in ("/Length", "/Filter", "/DecodeParms"))
            objects.put_stream(num, entries, pdffonts.fix_to_unicode(obj.get_data()))
        elif isinstance(obj, StreamObject):
            pdffile.copy_stream(objects, num, obj)
        elif obj is not None:
            objects.put(num, serialize(obj))


def write_pdf(pdf: bytes, marks: Sequence[Mark], links: Sequence[LinkSpot], anchors: Mapping[str, Anchor],
              sizes: PageSizes, bookmarks: Sequence[tuple[str, Anchor, int]], info: DocInfo,
              progress: Callable[[float], None] = lambda f: None) -> bytes:
    """The finished file from Qt's: annotations, bookmarks (title, where, level 0|1) and metadata added."""
    reader = PdfReader(io.BytesIO(pdf))
    catalog = reader.trailer["/Root"]
    old = {reader.trailer.raw_get("/Root").idnum, reader.trailer.raw_get("/Info").idnum}
    if "/Metadata" in catalog:
        old.add(catalog.raw_get("/Metadata").idnum)
    page_nums = [p.indirect_reference.idnum for p in reader.pages]
    objects = Objects()
    _copy(reader, objects, old, set(page_nums))
    stamp = info.created.astimezone(timezone.utc).strftime("D:%Y%m%d%H%M%SZ")
    annotator = Annotator(objects, page_nums, sizes, stamp)
    annotator.all(marks, links, anchors, progress)
    for i, page in enumerate(reader.pages):
        body = serialize(DictionaryObject({k: v for k, v in page.items() if k != "/Annots"}))
        objects.put(page_nums[i], body[:-2] + annotator.annots(i) + b">>")
    tree = outline(objects, bookmarks, annotator)
    metadata = objects.add_stream(b"/Type/Metadata/Subtype/XML", xmp(info), compress=False)
    entries = [(k, serialize(v)) for k, v in catalog.items() if k not in OWN_CATALOG]
    entries += [("Type", b"/Catalog"), ("Metadata", ref(metadata)), ("Lang", text(info.lang)),
                ("ViewerPreferences", b"<</DisplayDocTitle true>>")]
    if tree is not None:
        entries += [("Outlines", ref(tree)), ("PageMode", b"/UseOutlines")]
    root = objects.add(dictionary(entries))
    return pdffile.write(objects, root, objects.add(info_dictionary(info)))
