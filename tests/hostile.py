"""Generators of good, bad and odd input files for reader and CLI tests.

``make_hostile_tree(root)`` writes one file per case under ``root`` (some in nested folders)
and returns ``{relative path: expected outcome}`` with outcomes "ok" (read into paragraphs),
"fail" (a ReadError subclass) or "skip" (counted, not read). Hidden entries and Office lock
files it writes are never yielded by ``iter_files`` and so are not in the mapping; nor is the
symlink loop (``nested/loop -> ..``) or anything reachable through it.

The Chinese text is synthetic: units, findings and figures are combined from small lists.
"""
from __future__ import annotations

import io
import os
import random
import struct
import zipfile
from pathlib import Path

HEADER_TEXT = "某县委第一巡察组反馈意见（测试文本）"

GOOD_TXT_PARAGRAPHS = (
    "关于县某局党组的巡察反馈意见",
    "一、巡察发现的主要问题",
    "（一）落实全面从严治党主体责任不到位。县某局党组研究党风廉政建设工作较少，压力传导层层递减。",
    "（二）违反中央八项规定精神问题仍有发生。2019年以来，1名干部违规在企业兼职取酬3.6万元。",
    "二、整改意见",
)

GOOD_DOCX_BODY = ("一、基本情况", "县某局共有干部职工42人。", "二、存在问题")
GOOD_DOCX_CELLS = ("单位", "问题", "县财政局", "违规发放津补贴")
GOOD_DOCX_AFTER = ("三、整改要求",)
GOOD_DOCX_HEADER = "页眉：内部资料注意保密"
GOOD_DOCX_FOOTER = "页脚：第1页"

_UNITS = ("县住建局", "县交通运输局", "县财政局", "某镇党委", "县医保局", "县水务局", "某街道办事处",
          "县农业农村局", "县教育局", "县卫健局", "县市场监管局", "县自然资源局")
_FINDINGS = (
    "落实全面从严治党主体责任不到位，压力传导层层递减",
    "学习贯彻上级决策部署存在温差落差，以会议落实会议",
    "违规发放津贴补贴{n}万元，财务审批把关不严",
    "{k}名干部违规在企业兼职取酬{n}万元",
    "公务接待超标准、超范围，白条入账{k}笔",
    "工程项目未经招标直接发包，涉及金额{n}万元",
    "选人用人程序不规范，干部档案管理混乱",
    "基层党组织“三会一课”制度落实不严格，组织生活走过场",
    "惠民资金发放不及时，群众反映强烈的问题长期得不到解决",
    "巡察整改不彻底，部分问题整改流于形式",
    "政府采购管理不规范，未按规定程序采购办公设备{k}批次",
    "固定资产管理混乱，账实不符金额{n}万元",
)
_TAILS = ("。", "。", "。", "；", "，存在较大廉政风险。", "，群众意见较大。")
_HEADINGS = ("一、党的领导弱化问题", "二、党的建设缺失问题", "三、全面从严治党不力问题",
             "四、巡察整改落实问题", "五、意见建议")
_SUBHEADINGS = ("（一）政治站位不够高", "（二）作风建设有差距", "（三）廉洁风险防控不到位",
                "（四）基层组织建设薄弱")


def chinese_paragraphs(count: int, seed: int = 7) -> list[str]:
    """``count`` synthetic paragraphs (headings included) in the genre's style, deterministic."""
    rng = random.Random(seed)
    out: list[str] = []
    heading = 0
    sub = 0
    while len(out) < count:
        if len(out) % 12 == 0:
            out.append(_HEADINGS[heading % len(_HEADINGS)])
            heading += 1
            sub = 0
            continue
        if len(out) % 4 == 1:
            out.append(_SUBHEADINGS[sub % len(_SUBHEADINGS)] + "。")
            sub += 1
            continue
        sentences = []
        for _ in range(rng.randint(1, 5)):
            finding = rng.choice(_FINDINGS).format(n=round(rng.uniform(0.5, 300), 1), k=rng.randint(1, 30))
            sentences.append(f"{rng.randint(2016, 2023)}年以来，{rng.choice(_UNITS)}{finding}{rng.choice(_TAILS)}")
        text = "".join(sentences)
        if not text.endswith("。"):
            text = text[:-1] + "。"
        out.append(text)
    return out


# --- PDF ------------------------------------------------------------------------------------

def make_chinese_pdf(path: Path, paragraphs: list[str] | tuple[str, ...], header: str | None = HEADER_TEXT,
                     page_numbers: bool = True, encrypt: str | None = None, font_size: float = 14,
                     indent: bool = True, space_after: float = 0) -> Path:
    """A born-digital PDF in STSong-Light: headings flush left, body with a 2-character indent
    (or none, with ``indent=False``), a running header and ``- N -`` page numbers."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("body", fontName="STSong-Light", fontSize=font_size, leading=font_size * 1.6,
                          firstLineIndent=2 * font_size if indent else 0, wordWrap="CJK",
                          spaceAfter=space_after)
    heading = ParagraphStyle("heading", parent=body, firstLineIndent=0)

    def decorate(canvas, doc):
        canvas.saveState()
        canvas.setFont("STSong-Light", 10)
        if header:
            canvas.drawCentredString(A4[0] / 2, A4[1] - 40, header)
        if page_numbers:
            canvas.drawCentredString(A4[0] / 2, 30, f"- {doc.page} -")
        canvas.restoreState()

    story = [Paragraph(p, heading if _is_heading(p) else body) for p in paragraphs]
    doc = SimpleDocTemplate(str(path), pagesize=A4, encrypt=encrypt, title="test")
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return Path(path)


def draw_ruled_row(canvas, columns, top: float, cells: list, header_above: bool) -> float:
    """Draw one table row on a reportlab canvas: each cell's lines of text in its column, the
    row's horizontal rules and the column rules (reaching up to a header row when
    ``header_above``); returns the row's bottom. A ruled 问题清单 as Word prints it."""
    bottom = draw_unruled_row(canvas, columns, top, cells)
    canvas.line(columns[0], top, columns[-1], top)
    canvas.line(columns[0], bottom, columns[-1], bottom)
    for x in columns:
        canvas.line(x, top + (26 if header_above else 0), x, bottom)
    return bottom


def draw_unruled_row(canvas, columns, top: float, cells: list, by_baseline: bool = False,
                     middle: bool = False) -> float:
    """``draw_ruled_row`` without any rule: a table row as WPS and many government PDFs print
    it. The cells are drawn one after another, or with ``by_baseline`` line by line across the
    row (then PDFium joins each baseline's pieces into one line); with ``middle`` a cell of
    one line sits on the row's middle line (vertically centred). Returns the row's bottom."""
    depth = max(len(cell) for cell in cells)
    spots = [(k + (depth - 1) // 2 if middle and len(cell) == 1 else k, x, cell[k])
             for x, cell in zip(columns, cells) for k in range(len(cell))]
    if by_baseline:
        spots.sort(key=lambda spot: spot[0])
    for k, x, text in spots:
        canvas.drawString(x + 5, top - 16 - 18 * k, text)
    return top - 18 * depth - 8


def _is_heading(text: str) -> bool:
    return text[:1] in "一二三四五六七八九十" and text[1:2] == "、" or text.startswith("（")


def make_image_only_pdf(path: Path) -> Path:
    """A page with only drawn shapes (a 'scan' with no text layer)."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    c.setFillGray(0.4)
    c.rect(72, 400, 300, 200, fill=1)
    for y in range(100, 380, 12):
        c.rect(72, y, 400, 6, fill=1, stroke=0)
    c.showPage()
    c.save()
    return Path(path)


def make_mixed_pdf(path: Path, text_pages: int = 2) -> Path:
    """``text_pages`` pages with text, then one page with only drawn shapes."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path))
    paragraphs = chinese_paragraphs(text_pages * 3, seed=21)
    for n in range(text_pages):
        c.setFont("STSong-Light", 12)
        y = 760
        for text in paragraphs[n * 3:(n + 1) * 3]:
            c.drawString(72, y, text[:30])
            y -= 20
        c.showPage()
    c.setFillGray(0.4)
    c.rect(72, 400, 300, 200, fill=1)
    c.showPage()
    c.save()
    return Path(path)


# --- DOCX -----------------------------------------------------------------------------------

def make_good_docx(path: Path) -> Path:
    """Body paragraphs, a table (with a vertically merged cell) and a header and footer."""
    import docx

    d = docx.Document()
    section = d.sections[0]
    section.header.paragraphs[0].text = GOOD_DOCX_HEADER
    section.footer.paragraphs[0].text = GOOD_DOCX_FOOTER
    for text in GOOD_DOCX_BODY:
        d.add_paragraph(text)
    table = d.add_table(rows=2, cols=3)
    for cell, text in zip((table.cell(0, 0), table.cell(0, 1), table.cell(1, 0), table.cell(1, 1)), GOOD_DOCX_CELLS):
        cell.text = text
    merged = table.cell(0, 2).merge(table.cell(1, 2))
    merged.text = "合并单元格"
    for text in GOOD_DOCX_AFTER:
        d.add_paragraph(text)
    d.save(str(path))
    return Path(path)


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'wordprocessingml.document.main+xml"/></Types>'
)


def docx_bytes(document_xml: bytes | str, extra: dict[str, bytes] | None = None) -> bytes:
    """A minimal .docx zip around the given word/document.xml."""
    if isinstance(document_xml, str):
        document_xml = document_xml.encode("utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _CONTENT_TYPES)
        zf.writestr("word/document.xml", document_xml)
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return buffer.getvalue()


def body_xml(inner: str, prolog: str = "") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
            f"<w:document {_W}><w:body>{inner}</w:body></w:document>")


def para(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def xxe_docx(secret_path: Path) -> bytes:
    prolog = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{secret_path.resolve()}">]>'
    return docx_bytes(body_xml(para("泄露：&xxe;"), prolog))


def billion_laughs_docx(levels: int = 10) -> bytes:
    entities = ['<!ENTITY lol0 "哈哈哈哈哈哈哈哈哈哈">']
    for i in range(1, levels):
        entities.append(f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">')
    prolog = "<!DOCTYPE w:document [" + "".join(entities) + "]>"
    return docx_bytes(body_xml(para(f"&lol{levels - 1};"), prolog))


def big_docx(inflated_bytes: int) -> bytes:
    """A docx whose document.xml inflates to about ``inflated_bytes`` of compressible XML."""
    filler = "<w:p/>" * (inflated_bytes // 6)
    return docx_bytes(body_xml(para("开头") + filler))


def forge_declared_size(zip_data: bytes, member: str, size: int) -> bytes:
    """Rewrite the uncompressed size of ``member`` in its local header and central directory."""
    data = bytearray(zip_data)
    encoded = member.encode()
    pos = 0
    while True:
        pos = data.find(b"PK\x03\x04", pos)
        if pos < 0:
            break
        name_len = struct.unpack_from("<H", data, pos + 26)[0]
        if bytes(data[pos + 30:pos + 30 + name_len]) == encoded:
            struct.pack_into("<I", data, pos + 22, size)
        pos += 4
    pos = 0
    while True:
        pos = data.find(b"PK\x01\x02", pos)
        if pos < 0:
            break
        name_len = struct.unpack_from("<H", data, pos + 28)[0]
        if bytes(data[pos + 46:pos + 46 + name_len]) == encoded:
            struct.pack_into("<I", data, pos + 24, size)
        pos += 4
    return bytes(data)


# --- the tree -------------------------------------------------------------------------------

def make_hostile_tree(root: Path) -> dict[str, str]:
    """Write every case under ``root``; return {relative posix path: "ok" | "fail" | "skip"}."""
    root = Path(root)
    expected: dict[str, str] = {}

    def put(rel: str, data: bytes, outcome: str | None) -> Path:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        if outcome:
            expected[rel] = outcome
        return path

    rng = random.Random(1234)
    text = "\n".join(GOOD_TXT_PARAGRAPHS) + "\n"

    # good files
    put("good/报告.txt", text.encode("utf-8"), "ok")
    make_good_docx(root / "good" / "表格报告.docx")
    expected["good/表格报告.docx"] = "ok"
    make_chinese_pdf(root / "good" / "反馈意见.pdf", chinese_paragraphs(40, seed=3))
    expected["good/反馈意见.pdf"] = "ok"

    # text oddities
    put("txt/empty.txt", b"", "fail")
    put("txt/blank.txt", b"  \r\n\t\n\xe3\x80\x80\n", "fail")
    put("txt/binary.txt", bytes(rng.getrandbits(8) for _ in range(4096)), "fail")
    put("txt/nul_inside.txt", "县财政局\x00违规发放津补贴。\n".encode("utf-8"), "ok")
    put("txt/long_line.txt", ("县住建局违规发放津贴补贴" * 550_000).encode("utf-8")[: 6 * 1024 * 1024 // 3 * 3], "ok")
    put("txt/utf16le_bom.txt", b"\xff\xfe" + text.encode("utf-16-le"), "ok")
    put("txt/utf8_bom.txt", b"\xef\xbb\xbf" + text.encode("utf-8"), "ok")
    put("txt/gbk.txt", text.encode("gbk"), "ok")
    put("txt/crlf.txt", text.replace("\n", "\r\n").encode("utf-8"), "ok")
    put("txt/cr_only.txt", text.replace("\n", "\r").encode("utf-8"), "ok")
    put("txt/名字 带空格 #1 报告.txt", text.encode("utf-8"), "ok")
    deep = "/".join(f"d{i}" for i in range(1, 26))
    put(f"deep/{deep}/deep.txt", text.encode("utf-8"), "ok")

    # hidden and lock files: never yielded
    put(".git/config", b"[core]\n", None)
    put("good/~$表格报告.docx", b"\x00" * 162, None)

    # symlink loop: nested/loop -> .. (the root); walking must end and list files once
    put("nested/inner.txt", text.encode("utf-8"), "ok")
    try:
        os.symlink("..", root / "nested" / "loop", target_is_directory=True)
    except (OSError, NotImplementedError):
        pass

    # PDFs
    put("pdf/really_text.pdf", text.encode("utf-8"), "fail")
    good_pdf = make_chinese_pdf(root / "pdf" / "_whole.tmp", chinese_paragraphs(30, seed=5)).read_bytes()
    (root / "pdf" / "_whole.tmp").unlink()
    put("pdf/truncated.pdf", good_pdf[: len(good_pdf) // 3], "fail")
    make_chinese_pdf(root / "pdf" / "encrypted.pdf", GOOD_TXT_PARAGRAPHS, encrypt="s3cret")
    expected["pdf/encrypted.pdf"] = "fail"
    make_image_only_pdf(root / "pdf" / "image_only.pdf")
    expected["pdf/image_only.pdf"] = "fail"

    # DOCX
    put("docx/not_a_zip.docx", text.encode("utf-8"), "fail")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("readme.txt", "not word")
    put("docx/no_document_xml.docx", buffer.getvalue(), "fail")
    small = docx_bytes(body_xml(para("县财政局违规发放津补贴。")))
    put("docx/declared_huge.docx", forge_declared_size(small, "word/document.xml", 300 * 1024 * 1024), "fail")
    put("docx/declared_small.docx", forge_declared_size(big_docx(8 * 1024 * 1024), "word/document.xml", 1000), "fail")
    secret = put("secret_token.dat", b"TOP-SECRET-7f3a9c\n", "skip")
    put("docx/xxe.docx", xxe_docx(secret), "fail")
    put("docx/billion_laughs.docx", billion_laughs_docx(), "fail")

    # formats we do not read
    put("legacy/old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504, "fail")
    put("legacy/scan.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 32, "fail")
    put("misc/data.xyz", b"whatever", "skip")
    put("misc/noext", b"whatever", "skip")
    return expected


def corpus_sentences(terminated: bool = True) -> list[str]:
    """Every sentence of the corpora (train, dev, eval), in file order; ``terminated``: each
    ends in 。！？； (a period added where it has none), ready to be joined into paragraphs.
    The benchmarks and the Spark tests build their report-like inputs from these."""
    import json

    root = Path(__file__).resolve().parents[1] / "corpora"
    out = []
    for path in sorted(root.glob("*/*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                t = json.loads(line)["text"]
                out.append(t if not terminated or t[-1] in "。！？；" else t + "。")
    return out
