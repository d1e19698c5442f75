"""Tests for legacy word-processor files (.doc, .wps, .rtf) read through LibreOffice, and
for files misnamed .doc (HTML, MHT, plain text, .docx)."""
from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import hostile  # noqa: E402
from pipeline.clean import load_noise_rules  # noqa: E402
from pipeline.errors import NoText, ReadError, UnsupportedFormat  # noqa: E402
from pipeline.ingest import _init_reader, _parse_task, build_document, ingest  # noqa: E402
from pipeline.readers import iter_files, legacy, read_document  # noqa: E402
from pipeline.store import Store  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[1] / "corpora" / "samples"
DOCX_SAMPLES = sorted(SAMPLES.glob("*.docx"))
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

needs_soffice = pytest.mark.skipif(legacy.soffice_program() is None,
                                   reason="LibreOffice (soffice) is not installed")


@pytest.fixture(scope="module")
def noise():
    return load_noise_rules()


@pytest.fixture(scope="module")
def legacy_dir(tmp_path_factory):
    """The docx samples saved as Word 97 .doc by LibreOffice, and the same bytes named .wps."""
    if legacy.soffice_program() is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    if not DOCX_SAMPLES:
        pytest.skip("no .docx samples in corpora/samples")
    root = tmp_path_factory.mktemp("legacy")
    src = root / "src"
    src.mkdir()
    for i, sample in enumerate(DOCX_SAMPLES):
        shutil.copy(sample, src / f"s{i}.docx")
    profile = root / "profile"
    subprocess.run(
        [legacy.soffice_program(), "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
         "--convert-to", "doc:MS Word 97", "--outdir", str(root / "docs"),
         *[str(src / f"s{i}.docx") for i in range(len(DOCX_SAMPLES))]],
        check=True, capture_output=True, timeout=300,
    )
    out = root / "in"
    out.mkdir()
    for i, sample in enumerate(DOCX_SAMPLES):
        data = (root / "docs" / f"s{i}.doc").read_bytes()
        assert data.startswith(OLE)
        shutil.copy(sample, out / f"{sample.stem}.docx")
        (out / f"{sample.stem}.doc").write_bytes(data)
        (out / f"{sample.stem}.wps").write_bytes(data)
    return out


def _sentences(raw, noise) -> tuple[list[tuple], str]:
    doc = build_document(raw, noise)
    return [(s.paragraph, s.section, s.text) for s in doc.sentences], doc.text_hash


@pytest.mark.slow
@needs_soffice
def test_legacy_doc_and_wps_have_the_docx_sentences(legacy_dir, noise):
    for sample in DOCX_SAMPLES:
        expected, text_hash = _sentences(read_document(legacy_dir / f"{sample.stem}.docx"), noise)
        assert len(expected) > 10
        for suffix in (".doc", ".wps"):
            raw = read_document(legacy_dir / f"{sample.stem}{suffix}")
            assert raw.format == suffix[1:] and raw.path.endswith(suffix)
            got, got_hash = _sentences(raw, noise)
            assert got == expected, f"{sample.name} as {suffix}"
            assert got_hash == text_hash


@pytest.mark.slow
@needs_soffice
def test_legacy_ingest_in_parallel_stores_one_document_per_report(legacy_dir, tmp_path):
    with Store(tmp_path / "x.db") as store:
        summary = ingest([legacy_dir], store, jobs=2)
        assert summary.failed == []
        assert summary.stored == len(DOCX_SAMPLES)
        assert summary.duplicates == 2 * len(DOCX_SAMPLES)  # the .doc and the .wps of each .docx
        # each file is known by the hash of its own (original) bytes
        for path in legacy_dir.iterdir():
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            assert store.path_hash(str(path)) == digest


@needs_soffice
def test_legacy_parse_task_keys_by_original_bytes(legacy_dir):
    path = next(legacy_dir.glob("*.wps"))
    doc = _parse_task(_init_reader(None), str(path))
    assert doc.file_hash == hashlib.sha256(path.read_bytes()).hexdigest()
    assert doc.format == "wps" and doc.path == str(path)


@needs_soffice
def test_legacy_rtf_is_converted():
    # RTF written by hand: Chinese as \uN? escapes
    def rtf_text(text: str) -> str:
        return "".join(ch if ord(ch) < 128 else f"\\u{ord(ch)}?" for ch in text)
    lines = ["一、巡察发现的问题", "县财政局违规发放津补贴3.6万元。"]
    body = "".join(f"{{\\pard {rtf_text(line)}\\par}}" for line in lines)
    data = ("{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0 SimSun;}}" + body + "}").encode("ascii")
    doc = read_document("旧.rtf", data=data)
    assert [p.text for p in doc.paragraphs] == lines and doc.format == "rtf"


@needs_soffice
def test_legacy_damaged_doc_fails_in_one_line():
    with pytest.raises(ReadError, match="另存为 .docx") as info:
        read_document("坏.doc", data=OLE + b"\x00" * 504)
    assert "坏.doc" in str(info.value) and "\n" not in str(info.value)


@needs_soffice
def test_legacy_timeout_stops_the_conversion_and_the_next_one_works(monkeypatch, legacy_dir):
    path = next(legacy_dir.glob("*.doc"))
    monkeypatch.setattr(legacy, "CONVERT_TIMEOUT", 0.2)
    with pytest.raises(ReadError, match="took over"):
        read_document(path)
    monkeypatch.setattr(legacy, "CONVERT_TIMEOUT", 100.0)
    assert read_document(path).paragraphs


def test_legacy_without_libreoffice_says_what_to_install(monkeypatch):
    monkeypatch.setattr(legacy, "soffice_program", lambda: None)
    for name in ("旧.doc", "旧.wps", "旧.docx"):
        with pytest.raises(UnsupportedFormat, match="libreoffice-writer-nogui") as info:
            read_document(name, data=OLE + b"\x00" * 504)
        message = str(info.value)
        assert "需要 LibreOffice" in message and "\n" not in message


def test_legacy_batch_goes_on_without_libreoffice(monkeypatch, tmp_path):
    monkeypatch.setattr(legacy, "soffice_program", lambda: None)
    (tmp_path / "a.doc").write_bytes(OLE + b"\x00" * 504)
    (tmp_path / "b.txt").write_text("县财政局违规发放津补贴。", encoding="utf-8")
    with Store(tmp_path / "x.db") as store:
        summary = ingest([tmp_path / "a.doc", tmp_path / "b.txt"], store, jobs=1)
    assert summary.stored == 1
    (failed_path, reason), = summary.failed
    assert failed_path.endswith("a.doc") and "LibreOffice" in reason


@pytest.mark.parametrize("name", ["报告.doc", "报告.wps", "报告.rtf", "报告.odt", "报告.DOC"])
def test_legacy_suffixes_are_read(tmp_path, name):
    (tmp_path / name).write_bytes(b"x")
    (entry,) = iter_files([tmp_path])
    assert entry.action == "read"


@pytest.mark.parametrize("charset, encoding", [("gb2312", "gb18030"), ("utf-8", "utf-8")])
def test_legacy_html_named_doc_is_read_as_html(charset, encoding):
    page = (f'<html xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta http-equiv=Content-Type '
            f'content="text/html; charset={charset}"><style>p {{color: red}}</style><script>var a = 1;</script>'
            f'</head><body><p class=MsoNormal>一、巡察发现的问题</p><div><p>县财政局违规发放<b>津补贴</b>3.6万元。<br>'
            f'县住建局未招标。</p></div><table><tr><td>单位</td><td>问题</td></tr></table></body></html>')
    doc = read_document("网页.doc", data=page.encode(encoding))
    assert [p.text for p in doc.paragraphs] == [
        "一、巡察发现的问题", "县财政局违规发放津补贴3.6万元。", "县住建局未招标。", "单位", "问题"]
    assert any("HTML" in w for w in doc.warnings)


def test_legacy_html_entities_are_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-7f3a9c", encoding="utf-8")
    page = (f'<!DOCTYPE html [<!ENTITY x SYSTEM "file://{secret}">]><html><body><p>县财政局&x;。</p>'
            f'</body></html>')
    doc = read_document("网页.doc", data=page.encode("utf-8"))
    assert "TOP-SECRET" not in "".join(p.text for p in doc.paragraphs)


def test_legacy_mht_named_doc_is_read():
    html = "<html><body><p>县财政局违规发放津补贴。</p></body></html>".encode("gb18030")
    import base64
    mht = (b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"B\"\r\n\r\n--B\r\n"
           b"Content-Type: text/html; charset=\"gb2312\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           + base64.b64encode(html) + b"\r\n--B--\r\n")
    doc = read_document("网页.doc", data=mht)
    assert [p.text for p in doc.paragraphs] == ["县财政局违规发放津补贴。"]


def test_legacy_plain_text_named_doc_is_read_as_text():
    doc = read_document("文本.doc", data="一、问题\r\n县财政局违规。\r\n".encode("gbk"))
    assert [p.text for p in doc.paragraphs] == ["一、问题", "县财政局违规。"]
    assert doc.encoding == "gb18030" and any("plain text" in w for w in doc.warnings)


def test_legacy_docx_named_doc_is_read_as_docx():
    data = hostile.docx_bytes(hostile.body_xml(hostile.para("县财政局。")))
    doc = read_document("误命名.wps", data=data)
    assert [p.text for p in doc.paragraphs] == ["县财政局。"]


def test_legacy_empty_doc_is_no_text():
    with pytest.raises(NoText):
        read_document("空.doc", data=b"   ")


@pytest.mark.parametrize("data, kind", [
    (OLE + b"\x00" * 8, "ole"), (b"{\\rtf1\\ansi }", "rtf"), (b"PK\x03\x04rest", "zip"),
    (b"<html><body></body></html>", "html"), (b"\xef\xbb\xbf<!DOCTYPE html><html>", "html"),
    (b"<?xml version=\"1.0\"?><?mso-application progid=\"Word.Document\"?><w:wordDocument/>", "word-xml"),
    (b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n", "mht"),
    (b"%PDF-1.4", "pdf"), (b"\x00\x01\x02binary", "other"),
])
def test_legacy_sniff(data, kind):
    assert legacy.sniff(data) == kind
