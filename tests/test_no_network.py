"""No network at run time: a whole analysis (and a PDF export, when the exporter is there) with sockets blocked."""

import importlib
import socket
import urllib.request

import pytest

from readout_viewer.core.analysis import analyze


class NetworkUsed(AssertionError):
    """Something tried to reach the network."""


@pytest.fixture
def no_network(monkeypatch):
    """Every way Python opens a connection or resolves a name raises NetworkUsed, and records the attempt."""
    attempts: list[str] = []

    def refuse(name):
        def blocked(*args, **kwargs):
            attempts.append(name)
            raise NetworkUsed(f"network used: {name}{args[1:2]}")
        return blocked

    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.{name}"))
    real_bind, refused_bind = socket.socket.bind, refuse("socket.bind")

    def bind(sock, address, *args):
        # urllib3 (imported by the web-page extractor) probes IPv6 support by binding to ::1 at import time;
        # a loopback bind sends nothing anywhere. Any other address would be a server facing the network.
        if isinstance(address, tuple) and address[0] in ("::1", "127.0.0.1", "localhost"):
            return real_bind(sock, address, *args)
        return refused_bind(sock, address, *args)
    monkeypatch.setattr(socket.socket, "bind", bind)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        monkeypatch.setattr(socket, name, refuse(name))
    return attempts


def test_the_guard_blocks_connections(no_network):
    with pytest.raises(NetworkUsed):
        socket.create_connection(("example.org", 80), timeout=1)
    with pytest.raises((NetworkUsed, OSError)):  # urllib may wrap the refusal in URLError (an OSError)
        urllib.request.urlopen("http://example.org/", timeout=1)
    assert no_network


def test_analysis_of_the_corpus_and_of_a_saved_page_uses_no_network(no_network, corpus, tmp_path):
    page = tmp_path / "page.html"
    page.write_text('<html><head><link rel="stylesheet" href="https://cdn.example/x.css">'
                    '<script src="https://cdn.example/x.js"></script><title>Envoys talk</title></head><body>'
                    '<img src="https://img.example/p.jpg"><iframe src="https://ads.example/"></iframe>'
                    '<p>The envoys talked for an hour on Monday and agreed to talk again, an aide said.</p>'
                    '</body></html>', encoding="utf-8")
    analysis = analyze(corpus)
    assert len(analysis.documents) == 13
    assert analyze(tmp_path).documents[0].text.startswith("Envoys talk")
    assert no_network == []


def test_pdf_export_uses_no_network(no_network, corpus, qapp, tmp_path):
    try:
        pdf = importlib.import_module("readout_viewer.export.pdf")
    except ImportError:
        pytest.skip("the PDF exporter is not there")
    if not hasattr(pdf, "export_pdf"):
        pytest.skip("the PDF exporter has no export_pdf yet")
    out = tmp_path / "out.pdf"
    pdf.export_pdf(analyze(corpus), out)
    assert out.stat().st_size > 0
    assert no_network == []
