"""Properties of loading and segmentation on arbitrary input: never raise, offsets in bounds, text round-trips."""

import re
import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from readout_viewer.core import loading
from readout_viewer.core.language import segment
from readout_viewer.core.loading import encoding, folder, markup, plaintext
from readout_viewer.core.model import Document, Problem

# Words and the characters that make loading hard: accents, Cyrillic, typographic quotes, layout spaces,
# line ends of every kind, Markdown marks and front-matter fences.
_ALPHABET = st.sampled_from(list(string.ascii_letters + string.digits + " .,;:!?\"'()-*_#[]>\\\n\t")
                            + list("éàüßЖжПр“”‘’«»—–…\u00a0\u202f\r\u2028\ufeff\x00\x0c"))
_TEXT = st.text(_ALPHABET, max_size=400) | st.text(max_size=200)
_LINES = st.lists(st.sampled_from(["The minister said the talks were useful.", "By Jane Doe", "", "BREAKING",
                                   "and that a new round", "would follow in March.", "# Heading", "---",
                                   "title: x", "  indented line  ", "March 3, 2022", "- item"]), max_size=30)
_SETTINGS = folder.FolderSettings()
_FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _words(text: str) -> list[str]:
    """The words of a text, for comparing what was written with what loaded (normalisation changes spacing,
    joins lines and drops markup, but keeps the words in order)."""
    return re.findall(r"\w+", text)


def _check_claims(doc: Document) -> None:
    claims = segment.segment(doc)
    last_end = 0
    for claim in claims:
        assert 0 <= claim.start < claim.end <= len(doc.text)
        assert claim.text == doc.text[claim.start:claim.end]
        assert claim.start >= last_end  # in order, never overlapping
        last_end = claim.end


@_FAST
@given(_TEXT)
def test_plain_and_markdown_never_raise_and_keep_their_words(text):
    clean = encoding.normalize_text(text)
    plain = plaintext.plain_to_text(clean)
    assert _words(plain) == _words(clean)
    assert "\r" not in plain and "\n\n\n" not in plain
    assert isinstance(markup.markdown_to_text(clean), str)


@_FAST
@given(_LINES)
def test_line_joining_only_changes_line_breaks(lines):
    body = "\n".join(lines)
    out = plaintext.plain_to_text(body)
    assert re.sub(r"\s+", " ", out).strip() == re.sub(r"\s+", " ", body).strip()


@_FAST
@given(st.binary(max_size=600))
def test_decoding_arbitrary_bytes_gives_text_or_a_reason(raw):
    try:
        decoded = encoding.decode(raw)
    except encoding.NotText as exc:
        assert str(exc)
    else:
        assert isinstance(decoded.text, str)


@_FAST
@given(_TEXT, st.sampled_from(["a.txt", "a.md", "a.html"]))
def test_loading_any_file_gives_a_document_or_a_problem_and_sound_claims(tmp_path, text, name):
    (tmp_path / name).write_bytes(text.encode("utf-8", errors="surrogatepass"))
    loaded = loading.load_file(tmp_path, name, _SETTINGS)
    assert isinstance(loaded, (Document, Problem))
    if isinstance(loaded, Document):
        assert loaded.text.strip() and "\r" not in loaded.text and "\ufeff" not in loaded.text
        _check_claims(loaded)


@_FAST
@given(st.lists(st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=80), max_size=12))
def test_segmentation_of_any_document(paragraphs):
    text = "\n\n".join(paragraphs)
    _check_claims(Document(id="d", path="d.txt", title="t", text=text))


@_FAST
@given(st.lists(st.text(_ALPHABET, min_size=1, max_size=60), min_size=1, max_size=8))
def test_the_text_round_trips_through_a_file(tmp_path, paragraphs):
    """What loads is what was written: paragraphs of single-spaced, trimmed lines come back unchanged."""
    paras = [p for p in (plaintext.tidy_spaces(encoding.normalize_text(x).replace("\n", " ")) for x in paragraphs)
             if p and not p.startswith("---")]
    if not paras:
        return
    written = "\n\n".join(paras) + "\n"
    (tmp_path / "r.txt").write_text(written, encoding="utf-8")
    loaded = loading.load_file(tmp_path, "r.txt", _SETTINGS)
    if isinstance(loaded, Problem):  # only control-heavy input is refused
        assert "binary" in loaded.message
        return
    assert _words(loaded.text) == _words(written)
    assert re.sub(r"\s+", " ", loaded.text) == re.sub(r"\s+", " ", written)


_NAME = st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="/\\\x00"), min_size=1,
                max_size=30).filter(lambda n: n not in (".", "..") and len(n.encode("utf-8")) < 200)


@_FAST
@given(st.lists(st.tuples(_NAME, st.sampled_from([".txt", ".md", ".html", ".doc", ".jpg", ""])), max_size=6,
                unique_by=lambda t: (t[0] + t[1]).lower()))
def test_any_file_names_scan_and_load(tmp_path_factory, names):
    root = tmp_path_factory.mktemp("names")
    for stem, suffix in names:
        (root / f"{stem}{suffix}").write_text("The envoys met and agreed to meet again.\n", encoding="utf-8")
    scan = loading.scan(root)
    ids = []
    for rel in scan.files:
        loaded = loading.load_file(root, rel, scan.settings)
        assert isinstance(loaded, Document), loaded
        ids.append(loaded.id)
    assert len(ids) == len(set(ids))


def _tidy_by_runs(line: str) -> str:
    """tidy_spaces as first written: every run of layout spaces is looked at, a lone kept no-break space stays."""
    def one(m: re.Match) -> str:
        run = m.group(0)
        return run if len(run) == 1 and run in "\u00a0\u202f\u2007" else " "
    return re.sub(r"[^\S\n]+", one, line).strip()


@_FAST
@given(st.text(st.sampled_from(list("ab. \t\u00a0\u202f\u2007\u2009\u3000\x0b\x0c\x1c\u2028\n")), max_size=60) | _TEXT)
def test_tidy_spaces_replaces_each_run_of_layout_space_by_one_space(line):
    assert plaintext.tidy_spaces(line) == _tidy_by_runs(line)
