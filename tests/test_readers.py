"""Tests for pipeline.readers: walking, txt/docx/pdf reading, hostile inputs."""
from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import hostile  # noqa: E402
from pipeline.errors import NeedsOCR, NoText, ReadError, UnsupportedFormat  # noqa: E402
from pipeline.readers import (  # noqa: E402
    SUPPORTED_SUFFIXES,
    UNREAD_SUFFIXES,
    FileEntry,
    iter_files,
    read_document,
    read_text_bytes,
)
from pipeline.readers import docx as docx_reader  # noqa: E402
from pipeline.readers import pdf as pdf_reader  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "samples"


@pytest.fixture(scope="module")
def tree(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    return root, hostile.make_hostile_tree(root)


def _outcome(entry: FileEntry):
    if entry.action != "read":
        return entry.action, None
    try:
        return "ok", read_document(entry.path)
    except ReadError as exc:
        return "fail", exc


# --- the hostile tree ------------------------------------------------------------------------

def test_readers_hostile_tree_outcomes(tree):
    root, expected = tree
    got = {}
    for entry in iter_files([root]):
        rel = entry.path.relative_to(root).as_posix()
        assert rel not in got, f"{rel} yielded twice"
        outcome, result = _outcome(entry)
        got[rel] = outcome
        if entry.action == "fail":
            assert entry.reason and "\n" not in entry.reason
        if outcome == "fail" and isinstance(result, ReadError):
            message = str(result)
            assert entry.path.name in message and "\n" not in message
        if outcome == "ok":
            assert result.paragraphs and all(p.text.strip() for p in result.paragraphs)
    assert got == expected


def test_readers_iter_files_order_is_sorted_and_deterministic(tree):
    root, _ = tree
    first = [e.path for e in iter_files([root / "txt"])]
    assert first == [e.path for e in iter_files([root / "txt"])]
    assert [p.name for p in first] == sorted(p.name for p in first)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_readers_iter_files_symlink_loop_ends(tree):
    root, _ = tree
    if not (root / "nested" / "loop").is_symlink():
        pytest.skip("symlink could not be created")
    paths = [e.path.resolve() for e in iter_files([root / "nested"])]
    assert len(paths) == len(set(paths))
    assert (root / "nested" / "inner.txt").resolve() in paths


def test_readers_iter_files_missing_path_fails(tmp_path):
    entries = list(iter_files([tmp_path / "没有这个文件.docx"]))
    assert entries == [FileEntry(tmp_path / "没有这个文件.docx", "fail", "不存在 / no such file")]


def test_readers_iter_files_explicit_file_and_duplicates(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("县财政局。", encoding="utf-8")
    entries = list(iter_files([f, tmp_path, str(f)]))
    assert [e.action for e in entries] == ["read"]


@pytest.mark.parametrize("name, action", [
    ("报告.TXT", "read"), ("报告.docx", "read"), ("报告.Pdf", "read"),
    ("报告.doc", "read"), ("报告.wps", "read"), ("扫描件.JPG", "read"), ("报告.ofd", "fail"),
    ("数据.xlsx", "skip"), ("README", "skip"),
])
def test_readers_iter_files_action_by_suffix(tmp_path, name, action):
    (tmp_path / name).write_bytes(b"x")
    (entry,) = iter_files([tmp_path])
    assert entry.action == action
    if action == "fail":
        assert entry.reason == UNREAD_SUFFIXES[Path(name).suffix.lower()]


def test_readers_suffix_tables_are_disjoint():
    assert {".txt", ".docx", ".pdf", ".doc", ".wps"} <= SUPPORTED_SUFFIXES
    assert not SUPPORTED_SUFFIXES & set(UNREAD_SUFFIXES)


# --- read_document dispatch ------------------------------------------------------------------

def test_readers_read_document_missing_file():
    with pytest.raises(ReadError, match="不存在"):
        read_document("/nonexistent/报告.txt")


def test_readers_read_document_uses_given_bytes():
    doc = read_document("not/on/disk.txt", data="县财政局。\n".encode("utf-8"))
    assert doc.path == "not/on/disk.txt" and doc.format == "txt"
    assert [p.text for p in doc.paragraphs] == ["县财政局。"]


def test_readers_read_document_unknown_suffix():
    with pytest.raises(UnsupportedFormat, match="x.xyz"):
        read_document("x.xyz", data=b"abc")


def test_readers_broken_legacy_doc_fails_with_advice():
    # an OLE header with nothing behind it: LibreOffice cannot convert it (or is absent)
    with pytest.raises(ReadError, match="另存为 .docx|LibreOffice"):
        read_document("旧.doc", data=b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)


def test_readers_doc_that_is_really_docx_is_read():
    data = hostile.docx_bytes(hostile.body_xml(hostile.para("县财政局。")))
    doc = read_document("误命名.doc", data=data)
    assert [p.text for p in doc.paragraphs] == ["县财政局。"]
    assert any("really a .docx" in w for w in doc.warnings)


def test_readers_ole_file_named_docx_is_unsupported():
    with pytest.raises(ReadError, match="另存为 .docx|LibreOffice"):
        read_document("旧.docx", data=b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)


# --- txt ---------------------------------------------------------------------------------------

LINES = ["一、巡察发现的问题", "县财政局违规发放津补贴3.6万元。", "二、整改意见"]


@pytest.mark.parametrize("encoding, bom, reported", [
    ("utf-8", b"", "utf-8"),
    ("utf-8", b"\xef\xbb\xbf", "utf-8-sig"),
    ("utf-16-le", b"\xff\xfe", "utf-16-le"),
    ("utf-16-be", b"\xfe\xff", "utf-16-be"),
    ("gbk", b"", "gb18030"),
    ("gb18030", b"", "gb18030"),
])
@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_readers_txt_decodes_encodings_and_line_ends(encoding, bom, reported, newline):
    data = bom + newline.join(LINES).encode(encoding)
    doc = read_text_bytes(data, "t.txt")
    assert [p.text for p in doc.paragraphs] == LINES
    assert doc.encoding == reported
    assert all(p.page is None for p in doc.paragraphs)


def test_readers_txt_gb18030_beyond_gbk():
    text = "县财政局\u9fa6违规。"  # a character outside GBK
    assert read_text_bytes(text.encode("gb18030")).paragraphs[0].text == text


def test_readers_txt_blank_lines_dropped_and_text_kept_raw():
    doc = read_text_bytes("\u3000\u3000县财政局。\n\n  \n\u3000\n二、整改\n".encode("utf-8"))
    assert [p.text for p in doc.paragraphs] == ["\u3000\u3000县财政局。", "二、整改"]


@pytest.mark.parametrize("text", [
    "一\n二\r三\r\n四\x0b五\x0c六\u2028七\u2029八\n",
    "一\r\r\n二\n\n\n三",
    # characters str.splitlines also breaks at, which _LINE_BREAK keeps inside a line
    "一\x1c二\n三\x1d四\x1e五\x85六\r七",
    "\n\n一\u3000\n \n二\r\n",
])
def test_readers_txt_lines_split_at_line_breaks_only(text):
    from pipeline.readers.txt import _BLANK, _LINE_BREAK

    text = text.replace("一", "一" * 50)  # control characters stay a small share of the text
    doc = read_text_bytes(text.encode("utf-8"), "l.txt")
    expected = [line for line in _LINE_BREAK.split(text) if line.strip(_BLANK).strip()]
    assert [p.text for p in doc.paragraphs] == expected


def test_readers_txt_nul_bytes_removed():
    doc = read_text_bytes("县财政\x00局。".encode("utf-8"), "n.txt")
    assert doc.paragraphs[0].text == "县财政局。"
    assert any("NUL" in w for w in doc.warnings)


@pytest.mark.parametrize("data", [b"", b"   \r\n\t", "\u3000\n".encode("utf-8"), b"\x00\x00\x00"])
def test_readers_txt_empty_is_no_text(data):
    with pytest.raises((NoText, ReadError), match="e.txt"):
        read_text_bytes(data, "e.txt")


def test_readers_txt_binary_refused():
    data = bytes((i * 7919 + 13) % 256 for i in range(5000))
    with pytest.raises(ReadError, match="binary") as info:
        read_text_bytes(data, "b.txt")
    assert not isinstance(info.value, NoText)


def test_readers_txt_long_single_line():
    line = "县住建局违规发放津贴补贴" * 170_000  # about 6 MB in UTF-8
    doc = read_text_bytes(line.encode("utf-8"))
    assert len(doc.paragraphs) == 1 and len(doc.paragraphs[0].text) == len(line)


REFLOW_PARAGRAPHS = [
    "关于县林业局选人用人工作的情况报告",
    "根据县委组织部关于开展科级领导班子选人用人专项检查的工作方案要求，结合局党组年度重点工作安排，"
    "对近三年干部选拔任用档案32卷逐卷进行了核查。",
    "一、政治站位不够高，选人用人政治标准把关存在松动空间",
    "一是政治考察表面化倾向明显。在今年3月竞争性选拔2名副局长的过程中，虽按程序开展了民主推荐、"
    "谈话调研等环节，但政治素质考察仍停留在“填表格、写评语”层面，未深入了解干部的一贯表现。",
    "二是程序执行不够严格。2名中层干部任职前未按规定进行任前公示，个别干部档案中的学历认定材料缺失，"
    "干部监督信息沟通机制运行不畅，对群众反映的问题核查不及时。",
    "二、下一步整改措施",
    "严格落实干部选拔任用工作全程纪实制度，对照问题清单逐项整改，确保整改取得实效。",
]


def _hard_wrapped(paragraphs, width):
    return [p[k:k + width] for p in paragraphs for k in range(0, len(p), width)]


@pytest.mark.parametrize("width", [24, 28, 35])
def test_readers_txt_hard_wrapped_lines_are_joined_into_paragraphs(width):
    lines = _hard_wrapped(REFLOW_PARAGRAPHS, width)
    assert len(lines) > len(REFLOW_PARAGRAPHS)
    doc = read_text_bytes("\n".join(lines).encode("utf-8"), "w.txt")
    assert [p.text for p in doc.paragraphs] == REFLOW_PARAGRAPHS
    assert any("hard-wrapped" in w for w in doc.warnings)


def test_readers_txt_hard_wrapped_paragraphs_apart_by_blank_lines_stay_apart():
    # the last line of a paragraph ends full and open (a wrap at its width) only by chance:
    # the blank line after it still ends the paragraph
    width = 26
    cut = REFLOW_PARAGRAPHS[1][:2 * width - 1] + "，"  # two full lines, the last ending open
    paragraphs = [cut, REFLOW_PARAGRAPHS[6], REFLOW_PARAGRAPHS[3], REFLOW_PARAGRAPHS[1]]
    text = "\n\n".join("\n".join(p[k:k + width] for k in range(0, len(p), width)) for p in paragraphs)
    doc = read_text_bytes(text.encode("utf-8"), "b.txt")
    assert [p.text for p in doc.paragraphs] == paragraphs


def test_readers_txt_lines_that_are_paragraphs_are_never_joined():
    from pipeline.readers.txt import reflow

    assert reflow(REFLOW_PARAGRAPHS * 3) is None
    headings = [f"（{n}）{topic}落实不到位的问题" for n, topic in zip("一二三四五六七八九十", [
        "主体责任", "监督责任", "巡察整改工作", "三会一课制度", "中央八项规定精神", "意识形态工作责任制",
        "民主集中制原则", "财务管理制度", "干部选拔任用程序", "村务公开制度"])]
    assert reflow(headings) is None  # unpunctuated lines of like length, but no run-on text
    items = ["县财政局党组落实主体责任不到位", "县水务局违规发放津补贴问题突出", "石门镇三资管理混乱账目不清",
             "县教育局选人用人程序不规范", "县卫健委对医疗机构监管缺位", "柳河乡低保评审优亲厚友",
             "县住建局工程项目未按规定招标", "县交通局公车私用问题时有发生", "县农业农村局惠农补贴发放不精准",
             "县林业局干部违规兼职取酬"]
    assert reflow(items) is None  # unnumbered items run on into each other, but break between words
    doc = read_text_bytes("\n".join(REFLOW_PARAGRAPHS).encode("utf-8"), "p.txt")
    assert [p.text for p in doc.paragraphs] == REFLOW_PARAGRAPHS and not doc.warnings


def test_readers_txt_sample_report_reads():
    sample = next(iter(sorted(SAMPLES.glob("*.txt"))), None) if SAMPLES.exists() else None
    if sample is None:
        pytest.skip("sample report not available")
    doc = read_document(sample)
    assert len(doc.paragraphs) > 10


# --- docx --------------------------------------------------------------------------------------

def test_readers_docx_body_and_tables_without_header_footer(tree):
    root, _ = tree
    doc = read_document(root / "good" / "表格报告.docx")
    texts = [p.text for p in doc.paragraphs]
    assert texts == [*hostile.GOOD_DOCX_BODY, "单位", "问题", "合并单元格", "县财政局", "违规发放津补贴",
                     *hostile.GOOD_DOCX_AFTER]
    assert hostile.GOOD_DOCX_HEADER not in texts and hostile.GOOD_DOCX_FOOTER not in texts


_MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'


def test_readers_docx_text_box_read_once_and_revisions():
    box = ("<w:txbxContent><w:p><w:r><w:t>文本框内容</w:t></w:r></w:p></w:txbxContent>")
    inner = (
        f"<w:p><w:r><w:t>正文一</w:t></w:r><w:r><mc:AlternateContent {_MC}>"
        f"<mc:Choice Requires=\"wps\"><w:drawing>{box}</w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict>{box}</w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
        "<w:p><w:r><w:t>保留</w:t></w:r><w:del><w:r><w:delText>删除</w:delText></w:r></w:del>"
        "<w:ins><w:r><w:t>插入</w:t></w:r></w:ins><w:r><w:br/><w:t>换行后</w:t></w:r></w:p>"
    )
    doc = read_document("t.docx", data=hostile.docx_bytes(hostile.body_xml(inner)))
    assert [p.text for p in doc.paragraphs] == ["正文一", "文本框内容", "保留插入", "换行后"]


def test_readers_docx_nested_table_and_vertical_merge():
    def cell(text, merge=None):
        pr = f'<w:tcPr><w:vMerge w:val="{merge}"/></w:tcPr>' if merge == "restart" else (
            "<w:tcPr><w:vMerge/></w:tcPr>" if merge else "")
        return f"<w:tc>{pr}{hostile.para(text)}</w:tc>"
    nested = f"<w:tbl><w:tr>{cell('内层甲')}{cell('内层乙')}</w:tr></w:tbl>"
    inner = (
        f"<w:tbl><w:tr>{cell('单位', 'restart')}<w:tc>{hostile.para('外层')}{nested}</w:tc></w:tr>"
        f"<w:tr>{cell('单位', 'continue')}{cell('第二行')}</w:tr></w:tbl>"
    )
    doc = read_document("t.docx", data=hostile.docx_bytes(hostile.body_xml(inner)))
    assert [p.text for p in doc.paragraphs] == ["单位", "外层", "内层甲", "内层乙", "第二行"]


def test_readers_docx_empty_body_is_no_text():
    with pytest.raises(NoText):
        read_document("t.docx", data=hostile.docx_bytes(hostile.body_xml("<w:p/>")))


def test_readers_docx_not_a_zip():
    with pytest.raises(ReadError, match="not a zip file"):
        read_document("坏.docx", data=b"just text")


def test_readers_docx_zip_without_document_xml(tree):
    root, _ = tree
    with pytest.raises(ReadError, match="word/document.xml"):
        read_document(root / "docx" / "no_document_xml.docx")


def test_readers_docx_external_entity_does_not_leak(tree, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-abc123", encoding="utf-8")
    data = hostile.xxe_docx(secret)
    with pytest.raises(ReadError, match="DTD") as info:
        read_document("xxe.docx", data=data)
    assert "TOP-SECRET" not in str(info.value)
    # the parser alone, past the DOCTYPE check, does not load the file either
    from lxml import etree
    import zipfile
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")
    try:
        root = etree.fromstring(xml, docx_reader._parser())
    except etree.XMLSyntaxError:
        return
    assert "TOP-SECRET" not in etree.tostring(root, encoding="unicode")


def test_readers_docx_billion_laughs_refused():
    data = hostile.billion_laughs_docx()
    with pytest.raises(ReadError, match="DTD"):
        read_document("lol.docx", data=data)
    from lxml import etree
    import zipfile
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")
    try:
        root = etree.fromstring(xml, docx_reader._parser())
    except etree.XMLSyntaxError:
        return
    assert len(etree.tostring(root)) < 100_000


def test_readers_docx_declared_size_over_limit(tree):
    root, _ = tree
    with pytest.raises(ReadError, match="limit"):
        read_document(root / "docx" / "declared_huge.docx")


def test_readers_docx_inflated_size_over_limit(monkeypatch):
    monkeypatch.setattr(docx_reader, "MAX_XML_BYTES", 1024 * 1024)
    with pytest.raises(ReadError, match="limit"):
        read_document("big.docx", data=hostile.big_docx(3 * 1024 * 1024))


def test_readers_docx_lying_header_is_refused():
    data = hostile.forge_declared_size(hostile.big_docx(3 * 1024 * 1024), "word/document.xml", 1000)
    with pytest.raises(ReadError, match="lie.docx"):
        read_document("lie.docx", data=data)


def test_readers_docx_read_capped_stops_at_cap():
    class Endless:
        def read(self, n):
            return b"0" * n
    with pytest.raises(ReadError, match="limit"):
        docx_reader.read_capped(Endless(), 5 * 1024 * 1024, "x.docx")
    assert docx_reader.read_capped(io.BytesIO(b"abc"), 10, "x.docx") == b"abc"


# --- pdf ---------------------------------------------------------------------------------------

def test_readers_pdf_paragraphs_pages_header_and_numbers(tree):
    root, _ = tree
    doc = read_document(root / "good" / "反馈意见.pdf")
    source = hostile.chinese_paragraphs(40, seed=3)
    assert [p.text for p in doc.paragraphs] == source
    assert doc.pages >= 2 and doc.format == "pdf"
    pages = [p.page for p in doc.paragraphs]
    assert pages[0] == 1 and pages == sorted(pages) and pages[-1] == doc.pages
    assert not any(hostile.HEADER_TEXT in p.text or p.text.startswith("- ") for p in doc.paragraphs)


@pytest.mark.parametrize("options", [dict(indent=False, space_after=10), dict(font_size=11, header=None)])
def test_readers_pdf_layout_variants(tmp_path, options):
    source = hostile.chinese_paragraphs(30, seed=9)
    path = hostile.make_chinese_pdf(tmp_path / "v.pdf", source, **options)
    assert [p.text for p in read_document(path).paragraphs] == source


def test_readers_pdf_unindented_lines_join_without_space(tmp_path):
    source = hostile.chinese_paragraphs(20, seed=4)
    path = hostile.make_chinese_pdf(tmp_path / "v.pdf", source, indent=False)
    doc = read_document(path)
    text = "".join(p.text for p in doc.paragraphs)
    assert text == "".join(source)


def test_readers_pdf_some_pages_need_ocr(tmp_path):
    doc = read_document(hostile.make_mixed_pdf(tmp_path / "mixed.pdf", text_pages=2), ocr="never")
    assert {p.page for p in doc.paragraphs} == {1, 2}
    assert doc.warnings == ("page 3 needs OCR",)


@pytest.mark.parametrize("case, error, words", [
    ("pdf/image_only.pdf", NeedsOCR, "needs OCR"),
    ("pdf/encrypted.pdf", ReadError, "password"),
    ("pdf/truncated.pdf", ReadError, "damaged"),
    ("pdf/really_text.pdf", ReadError, "not a PDF"),
])
def test_readers_pdf_failures(tree, case, error, words):
    root, _ = tree
    with pytest.raises(error, match=words) as info:
        read_document(root / case, ocr="never")
    assert Path(case).name in str(info.value)


@pytest.mark.parametrize("line, is_number", [
    ("- 3 -", True), ("— 12 —", True), ("－3－", True), ("第3页", True), ("第 3 页 共 10 页", True),
    ("3/10", True), ("12", True), ("Page 3 of 10", True),
    ("3.6万元", False), ("一、总体情况", False), ("2023年以来", False), ("共3人", False),
])
def test_readers_pdf_page_number_pattern(line, is_number):
    assert bool(pdf_reader._PAGE_NUMBER.match(line)) is is_number
