"""A start that opens its window compiles none of the patterns that read what ldd or a failed load says, nor the
settings file's escapes (a start given its folder reads no setting): each is compiled when first used."""

from readout_viewer.app import settings_file
from readout_viewer.app.startup import qtcheck
from tests.builders import compiled_at_import


def test_importing_them_compiles_none():
    imports = "from readout_viewer.app import settings_file\nfrom readout_viewer.app.startup import qtcheck"
    late = "(qtcheck._NOT_FOUND, qtcheck._BROKEN, qtcheck._DLOPEN_MISSING, settings_file._ESCAPE)"
    assert compiled_at_import(imports, late) == ["0", "4"]


def test_each_still_reads_what_it_read():
    assert qtcheck._NOT_FOUND.findall("\tlibxcb-cursor.so.0 => not found\n\tlibc.so.6 => /lib/libc.so.6\n") == [
        "libxcb-cursor.so.0"]
    assert qtcheck._DLOPEN_MISSING.search("libEGL.so.1: cannot open shared object file: No such file").group(1) == (
        "libEGL.so.1")
    assert settings_file._string(r'"a\tb\x41"') == "a\tbA"
