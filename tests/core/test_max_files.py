"""max_files: a folder with more documents says how many were left out, and never leaves out an official text."""

from readout_viewer.core.analysis import analyze
from readout_viewer.core.loading import Kept
from readout_viewer.core.model import OFFICIAL, OUTLET, Document


def _write(root, name, text):
    (root / name).write_text(text, encoding="utf-8")


def _folder(root, articles: int, limit: int):
    """`articles` articles that sort before the two readouts (as "article-…" sorts before "white-house-…")."""
    (root / "readout-viewer.yaml").write_text(f"max_files: {limit}\n")
    for i in range(articles):
        _write(root, f"article-{i:03d}.md", f"---\nrole: outlet\nsource: Paper {i}\n---\nThe talks on item {i} "
                                            "went well, the paper said.\n")
    _write(root, "white-house-readout.md", "---\nrole: official\nsource: The White House\n---\nThe President "
                                           "spoke with the Chancellor about the grain corridor.\n")
    _write(root, "zz-kremlin-readout.md", "---\nrole: official\nsource: Kremlin\n---\nThe leaders discussed the "
                                          "grain corridor at length.\n")
    return root


def test_official_texts_are_never_the_ones_left_out(tmp_path):
    """Issue 13: on a 2,005-file folder the files that sorted last, the official readouts, were dropped and the
    analysis found no links at all."""
    analysis = analyze(_folder(tmp_path, 8, 5))
    ids = [d.id for d in analysis.documents]
    assert {"white-house-readout", "zz-kremlin-readout"} <= set(ids)
    assert sorted(i for i in ids if i.startswith("article")) == ["article-000", "article-001", "article-002"]
    message = next(p.message for p in analysis.problems if p.path == ".")
    assert "10 documents" in message and "5 articles" in message and "max_files (5)" in message
    assert "every official text was kept" in message


def test_no_word_when_everything_fits(tmp_path):
    analysis = analyze(_folder(tmp_path, 3, 5))
    assert len(analysis.documents) == 5
    assert not [p for p in analysis.problems if p.path == "."]


def _doc(n: int, role: str) -> Document:
    return Document(id=f"d{n:02d}", path=f"d{n:02d}.txt", title="t", text="x", role=role, event="e")


def test_more_official_texts_than_the_limit_keeps_the_first_and_counts_both():
    kept = Kept(2)
    for n, role in enumerate([OUTLET, OFFICIAL, OUTLET, OFFICIAL, OFFICIAL]):
        kept.add(_doc(n, role))
    assert [d.id for d in kept.documents()] == ["d01", "d03"]
    message = kept.problem().message
    assert "5 documents" in message and "2 articles" in message and "1 official text " in message


def test_articles_beyond_the_limit_are_let_go_as_they_are_read():
    kept = Kept(3)
    for n in range(50):
        kept.add(_doc(n, OUTLET))
        assert len(kept.outlets) <= 3
    assert [d.id for d in kept.documents()] == ["d00", "d01", "d02"]
    assert "47 articles" in kept.problem().message


def test_a_folder_of_more_than_twice_max_files_documents_is_not_read_to_its_end(tmp_path, monkeypatch):
    from readout_viewer.core import loading
    from readout_viewer.core.loading import reader
    _folder(tmp_path, 30, 5)  # 32 files: over READ_FACTOR x 5
    read: list[str] = []
    real = loading.load

    def counting(root, rel, *args, **kwargs):
        read.append(rel)
        return real(root, rel, *args, **kwargs)
    monkeypatch.setattr(loading, "load", counting)
    analysis = analyze(tmp_path)
    assert len(read) == reader.READ_FACTOR * 5  # the rest of the folder is never opened
    assert any("reading stopped after 10 of them" in p.message for p in analysis.problems)
