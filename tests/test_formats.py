"""The same report as .txt, .docx and .pdf gives the same paragraphs, sentences and sections.

Each test builds a small report in one format in tmp_path and compares what the readers,
cleaning and structure make of it with the same report as plain lines. bench/format_consistency.py
runs the whole comparison over the corpus documents and the extraction as well.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import hostile  # noqa: E402
from pipeline.clean import clean_document, load_noise_rules  # noqa: E402
from pipeline.readers import read_document  # noqa: E402
from pipeline.structure import iter_sentences  # noqa: E402

# A report of short paragraphs: most are one line, or one line and a short second one, so
# the indented first lines outnumber the lines at the left margin.
SHORT_REPORT = [
    "中共某县委第二巡察组关于巡察县农业农村局党组的反馈意见",
    "根据县委统一部署，县委第二巡察组对县农业农村局党组开展了常规巡察。",
    "一、巡察发现的主要问题",
    "（一）落实全面从严治党主体责任不到位，监督检查流于形式",
    "一是主体责任压得不实。",
    "局党组2022年仅研究党风廉政建设工作1次。",
    "二是监督执纪偏松偏软，对下属单位违规发放补贴问题未予追责。",
    "（二）惠农资金管理不规范",
    "县农技推广站以虚开发票方式套取项目资金3.2万元。",
    "县农机服务中心2笔维修费共计1.6万元无验收记录。",
    "三是“四风”问题仍有发生。",
    "局机关2022年超标准接待4批次。",
    "二、整改意见",
    "局党组要切实履行主体责任，逐项抓好整改。",
    "要加强惠农资金监管，健全内控制度。",
]


def _paragraphs(path: Path) -> list[str]:
    raw = read_document(path)
    return [p.text for p in clean_document(raw, load_noise_rules())]


def _sections(texts: list[str]) -> list[tuple[str, tuple[str, ...]]]:
    from pipeline.records import Paragraph

    paragraphs = [Paragraph(index=i + 1, text=t) for i, t in enumerate(texts)]
    return [(s.text, s.section) for s in iter_sentences("x", paragraphs, texts[0])]


def test_formats_pdf_short_indented_paragraphs_stay_apart(tmp_path):
    """Indented first lines outnumber the lines at the margin: the margin is still the
    leftmost common start, so every indent starts a paragraph (none is glued to the next)."""
    path = hostile.make_chinese_pdf(tmp_path / "short.pdf", SHORT_REPORT, header=None, font_size=16)
    got = _paragraphs(path)
    assert got == SHORT_REPORT
    assert _sections(got) == _sections(SHORT_REPORT)


def _titled_pdf(path: Path, titles: list[str], body: list[str]) -> Path:
    """A PDF whose first paragraphs are centred 22 pt titles (wrapped by reportlab at the
    frame's width), then 16 pt body paragraphs with a first-line indent."""
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    title = ParagraphStyle("title", fontName="STSong-Light", fontSize=22, leading=30,
                           alignment=TA_CENTER, wordWrap="CJK", spaceAfter=12)
    text = ParagraphStyle("body", fontName="STSong-Light", fontSize=16, leading=26,
                          firstLineIndent=32, wordWrap="CJK")
    story = [Paragraph(t, title) for t in titles] + [Paragraph(b, text) for b in body]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


@pytest.mark.parametrize("titles", [
    ["中共某县委第二巡察组关于巡察县农业农村局党组落实全面从严治党主体责任情况的反馈意见"],
    ["中共某县委第二巡察组关于巡察县农业农村局党组落实全面从严治党主体责任情况的反馈意见",
     "（2023年6月12日）"],
    ["关于巡察县农业农村局党组的反馈意见", "县委第二巡察组"],
])
def test_formats_pdf_title_wrapped_over_centred_lines_is_one_paragraph(tmp_path, titles):
    """A title wrapped over two centred lines is one paragraph, as in the .txt and .docx; a
    centred line under a centred line that was not full (a date, the issuing body) is not."""
    path = _titled_pdf(tmp_path / "title.pdf", titles, SHORT_REPORT[1:])
    assert _paragraphs(path) == titles + SHORT_REPORT[1:]


def test_formats_pdf_full_indented_lines_are_not_a_wrapped_title(tmp_path):
    """A one-line paragraph that fills its indented line without a full stop, then another
    indented paragraph: two full lines a character off centre, not a wrapped title."""
    report = SHORT_REPORT[:8] + [
        "县农技推广站以虚开发票方式套取项目资金3.2万元且至今未按要求",
        "县农机服务中心2笔维修费共计1.6万元无验收记录，相关责任人未被追责。",
    ] + SHORT_REPORT[10:]
    path = hostile.make_chinese_pdf(tmp_path / "full.pdf", report, header=None, font_size=14)
    assert _paragraphs(path) == report


def _canvas_pdf(path: Path, draw) -> Path:
    """A one-page PDF in STSong-Light drawn by ``draw(canvas)`` (12 pt text)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path))
    c.setFont("STSong-Light", 12)
    draw(c)
    c.showPage()
    c.save()
    return path


def test_formats_pdf_table_row_cells_are_paragraphs(tmp_path):
    """Cells of a table row on one baseline are one PDFium line; each cell is a paragraph of
    its own, as in the .docx (the number cell is not glued to the finding), while a list
    label followed by Word's tab stays with its heading."""
    rows = [("序号", "问题表现"), ("1", "县农技推广站套取项目资金3.2万元。"), ("2", "县农机服务中心维修费无验收记录。")]

    def draw(c):
        y = 760
        c.drawString(72, y, "一、")
        c.drawString(108, y, "巡察发现的主要问题")
        for left, right in rows:
            y -= 24
            c.drawString(72, y, left)
            c.drawString(130, y, right)

    got = _paragraphs(_canvas_pdf(tmp_path / "table.pdf", draw))
    assert got == ["一、巡察发现的主要问题"] + [cell for row in rows for cell in row]


def _wrap(text: str, width: int) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)]


# A 问题清单 table: 序号 | 问题表现 | 整改措施, findings wrapping inside their cells.
TABLE_ROWS = [
    ("序号", "问题表现", "整改措施"),
    ("1", "县农技推广站以虚开发票方式套取项目资金3.2万元，财务审核把关不严。",
     "全额追回被套取资金，对相关责任人严肃问责。"),
    ("2", "县农机服务中心2笔维修费共计1.6万元无验收记录。",
     "补办验收手续。"),
    ("3", "局机关2022年超标准接待4批次，接待清单与实际不符。",
     "建立公务接待审批台账，每季度公开一次接待情况。"),
]


def _draw_table(c, rows, top: float = 700, columns=(72, 112, 292, 472), chars=(14, 14),
                one_path: bool = False) -> float:
    """A ruled table in 12 pt STSong-Light, each cell's text wrapped at the cell's width as a
    word processor does (the later lines start at the column's left edge); returns its bottom.
    The rulings are separate lines, or with ``one_path`` one path for the whole grid."""
    pitch = 18
    y = top
    rules = []
    for row in rows:
        wrapped = [[row[0]], _wrap(row[1], chars[0]), _wrap(row[2], chars[1])]
        height = pitch * max(len(w) for w in wrapped) + 8
        for x, lines in zip(columns, wrapped):
            for k, text in enumerate(lines):
                c.drawString(x + 5, y - 16 - k * pitch, text)
        rules.append((columns[0], y, columns[-1], y))
        y -= height
    rules.append((columns[0], y, columns[-1], y))
    rules += [(x, top, x, y) for x in columns]
    if one_path:
        path = c.beginPath()
        for x0, y0, x1, y1 in rules:
            path.moveTo(x0, y0)
            path.lineTo(x1, y1)
        c.drawPath(path, stroke=1, fill=0)
    else:
        for rule in rules:
            c.line(*rule)
    return y


@pytest.mark.parametrize("one_path", [False, True])
def test_formats_pdf_wrapped_table_cells_are_one_paragraph_each(tmp_path, one_path):
    """A finding wrapping inside a ruled table cell is one paragraph, as the .docx reader
    gives the cell; the cells of one row, the header row and the rows stay apart, and the
    body paragraph after the table is its own. The rulings may be one path for the grid."""
    after = "针对上述问题，局党组要逐项抓好整改落实，按期报送整改情况。"

    def draw(c):
        c.drawString(96, 760, "一、巡察发现的主要问题")
        bottom = _draw_table(c, TABLE_ROWS, top=740, one_path=one_path)
        c.drawString(96, bottom - 30, after[:30])
        c.drawString(72, bottom - 48, after[30:])

    got = _paragraphs(_canvas_pdf(tmp_path / "grid.pdf", draw))
    assert got == ["一、巡察发现的主要问题"] + [cell for row in TABLE_ROWS for cell in row] + [after]


# The same 问题清单 with a 责任单位 column: 序号 | 问题表现 | 整改措施 | 责任单位.
UNIT_ROWS = [
    TABLE_ROWS[0] + ("责任单位",),
    TABLE_ROWS[1] + ("县农技推广站、县财政局",),
    TABLE_ROWS[2] + ("县农机服务中心",),
    TABLE_ROWS[3] + ("局办公室",),
]
# The 责任单位 first, its text at the margin as Word sets a table; the last unit fills its last line.
UNIT_FIRST_ROWS = [
    ("责任单位", "问题表现", "整改措施"),
    ("县农技推广站、县财政局", TABLE_ROWS[1][1], TABLE_ROWS[1][2]),
    ("县农机服务中心", TABLE_ROWS[2][1], TABLE_ROWS[2][2]),
    ("县农业农村局机关党委办公室", TABLE_ROWS[3][1], TABLE_ROWS[3][2]),
]
# (rows, column rules' x, characters per line of each column; None: one line)
THREE_COLUMNS = (TABLE_ROWS, (72, 112, 292, 472), (None, 14, 14))
FOUR_COLUMNS = (UNIT_ROWS, (72, 112, 252, 392, 523), (None, 10, 10, 8))
UNIT_FIRST = (UNIT_FIRST_ROWS, (67, 163, 343, 523), (7, 14, 14))


def _grid_pdf(path: Path, table, style: str, after=(), gap: float = 30) -> Path:
    """A heading, a 问题清单 drawn row by row (``style``: "ruled" as Word prints it; with no
    rule at all, the cells drawn one after another ("unruled") or line by line across the row
    ("baselines"), or with one-line cells vertically centred ("middle"); or with only a rule
    under the header row ("header_rule")), and ``after``: body lines (x, text) set ``gap``
    below the table, 18 pt apart."""
    rows, columns, chars = table

    def draw(c):
        c.drawString(96, 760, "一、巡察发现的主要问题")
        y = 740
        for n, row in enumerate(rows):
            cells = [[text] if width is None else _wrap(text, width) for text, width in zip(row, chars)]
            if style == "ruled":
                y = hostile.draw_ruled_row(c, columns, y, cells, header_above=False)
            else:
                y = hostile.draw_unruled_row(c, columns, y, cells, by_baseline=style == "baselines",
                                             middle=style == "middle")
            if n == 0 and style == "header_rule":
                c.line(columns[0], y, columns[-1], y)
        for k, (x, text) in enumerate(after):
            c.drawString(x, y - gap - 18 * k, text)

    return _canvas_pdf(path, draw)


@pytest.mark.parametrize("style", ["unruled", "baselines", "middle", "header_rule"])
@pytest.mark.parametrize("table", [THREE_COLUMNS, FOUR_COLUMNS, UNIT_FIRST], ids=["three", "four", "unit_first"])
def test_formats_pdf_unruled_table_reads_as_the_ruled_one(tmp_path, table, style):
    """A table drawn without rulings (or with only the header's rule) reads as the same table
    ruled: each cell's wrapped lines are one paragraph, the cells of a row and the header row
    stay apart, in row order, also when PDFium gives a row's baseline as one line, when the
    序号 sits in the middle of its row, and when a unit fills its cell's last line."""
    rows = table[0]
    expected = ["一、巡察发现的主要问题"] + [cell for row in rows for cell in row]
    ruled = _paragraphs(_grid_pdf(tmp_path / "ruled.pdf", table, "ruled"))
    assert ruled == expected
    assert _paragraphs(_grid_pdf(tmp_path / f"{style}.pdf", table, style)) == ruled


@pytest.mark.parametrize("gap", [8, 30])
@pytest.mark.parametrize("table", [THREE_COLUMNS, FOUR_COLUMNS, UNIT_FIRST], ids=["three", "four", "unit_first"])
def test_formats_pdf_unruled_table_then_body_text_stays_body_text(tmp_path, table, gap):
    """Body text right after a table without rulings is not taken into the table: a heading
    at the margin right under a unit that filled its cell's last line, an indented paragraph
    with its full line and its last line at the margin, a short indented one-line paragraph
    read as they do without a table."""
    first = "针对上述问题，局党组要逐项抓好整改落实，按期报送整改情况，"[:34]
    body = [
        (72, "二、整改意见"),
        (96, first), (72, "并将整改情况向县委巡察办报告。"),
        (96, "特此反馈。"),
        (72, "三、工作要求"),
        (96, "局党组要切实履行主体责任，逐项抓好整改，对整改不力的严肃问责，确保"), (72, "问题见底清零。"),
    ]
    rows = table[0]
    got = _paragraphs(_grid_pdf(tmp_path / "after.pdf", table, "unruled", after=body, gap=gap))
    assert got == ["一、巡察发现的主要问题"] + [cell for row in rows for cell in row] + [
        "二、整改意见", first + "并将整改情况向县委巡察办报告。", "特此反馈。", "三、工作要求",
        "局党组要切实履行主体责任，逐项抓好整改，对整改不力的严肃问责，确保问题见底清零。"]


def _read_both_ways(path: Path, monkeypatch) -> tuple[list, list]:
    """The paragraphs of a PDF as read, and as read with no table inferred without rulings."""
    from pipeline.readers import pdf

    data = path.read_bytes()
    now = [p.text for p in pdf.read_pdf(data, str(path), ocr="never").paragraphs]
    with monkeypatch.context() as patch:
        patch.setattr(pdf, "_unruled_tables", lambda pages: None)
        before = [p.text for p in pdf.read_pdf(data, str(path), ocr="never").paragraphs]
    return now, before


def test_formats_pdf_plain_paragraphs_with_a_short_indented_line_are_unchanged(tmp_path, monkeypatch):
    """A page of plain paragraphs, one of them a short indented line, reads as before: no
    table is inferred where no row is split into cells."""
    report = SHORT_REPORT[:6] + ["特此反馈。"] + SHORT_REPORT[6:]
    path = hostile.make_chinese_pdf(tmp_path / "plain.pdf", report, header=None, font_size=14)
    now, before = _read_both_ways(path, monkeypatch)
    assert now == before == report


def test_formats_pdf_two_columns_of_text_are_not_a_table(tmp_path, monkeypatch):
    """A page set in two columns of text, each baseline's two pieces split as cells, reads as
    it does without the inference of tables without rulings."""
    from pipeline.readers import pdf

    left = hostile.chinese_paragraphs(6, seed=3)
    right = hostile.chinese_paragraphs(6, seed=4)

    def column(texts):
        lines = []
        for text in texts:
            lines += _wrap("　　" + text if not text.startswith(("一", "（")) else text, 17)
        return lines

    def draw(c):
        for k, (a, b) in enumerate(zip(column(left), column(right))):
            if 760 - 18 * k < 80:
                break
            c.drawString(72, 760 - 18 * k, a)
            c.drawString(306, 760 - 18 * k, b)

    path = _canvas_pdf(tmp_path / "columns.pdf", draw)
    pages, _ = pdf._extract_pages(path.read_bytes(), str(path))
    assert sum(ln.cell for ln in pages[0].lines) > 10  # the baselines were split into cells
    now, before = _read_both_ways(path, monkeypatch)
    assert now == before


def _table_across_pages(path: Path, first_row: list, second_row: list, before=(), after=(),
                        ruled: bool = True) -> Path:
    """A 问题清单 whose header and one row end page 1 and whose next piece starts page 2, each
    row given as its cells' lines by column (an empty list: an empty cell), with body lines
    ``before`` the table and ``after`` it; ruled, or with no rule at all."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    columns = (72, 112, 292, 472)
    c = canvas.Canvas(str(path))

    def row(top: float, cells: list, header_above: bool) -> float:
        if not ruled:
            return hostile.draw_unruled_row(c, columns, top, cells)
        return hostile.draw_ruled_row(c, columns, top, cells, header_above)

    c.setFont("STSong-Light", 12)
    c.drawString(96, 760, "一、巡察发现的主要问题")
    for k, text in enumerate(before):
        c.drawString(72, 736 - k * 18, text)
    top = 110  # the row starts near the bottom of page 1
    if ruled:
        c.line(columns[0], top + 26, columns[-1], top + 26)
    for x, text in zip(columns, TABLE_ROWS[0]):
        c.drawString(x + 5, top + 10, text)
    row(top, first_row, header_above=True)
    c.showPage()
    c.setFont("STSong-Light", 12)
    bottom = row(780, second_row, header_above=False)
    for k, text in enumerate(after):
        c.drawString(96, bottom - 30 - 24 * k, text)
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
def test_formats_pdf_table_cell_broken_by_a_page_break_is_one_paragraph(tmp_path, ruled):
    """A row split by the page break: the cell's lines at the top of the next page (a table
    piece with no other cell on their baseline) continue the cell's paragraph, in a table
    without rulings too."""
    finding = TABLE_ROWS[1][1] + "相关凭证未按规定归档。"
    lines = _wrap(finding, 14)
    measure = TABLE_ROWS[1][2]
    before = ["局党组2022年仅研究党风廉政建设工作1次，对下属单位监督检查", "流于形式。"]
    body = ["二、整改意见", "局党组要切实履行主体责任，逐项抓好整改。"]
    path = _table_across_pages(tmp_path / "broken.pdf", [["1"], lines[:2], _wrap(measure, 14)],
                               [[], lines[2:], []], before, body, ruled=ruled)
    got = _paragraphs(path)
    assert got == ["一、巡察发现的主要问题", "局党组2022年仅研究党风廉政建设工作1次，对下属单位监督检查流于形式。",
                   *TABLE_ROWS[0], "1", finding, measure, *body]


@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
def test_formats_pdf_new_table_row_at_the_top_of_a_page_is_its_own_paragraph(tmp_path, ruled):
    """The last row on one page ends with a full line, and the next page starts a new row with
    its own 序号: that row's cells are paragraphs of their own, not the previous row's
    continuation (the bundled sample's .pdf and .docx read alike only so)."""
    finding = "违法占用耕地建房4宗至今未整改，石桥村台账与实际均不符。"
    lines = _wrap(finding, 14)
    assert [len(t) for t in lines] == [14, 14]  # the last line fills its cell
    second = TABLE_ROWS[2][1]
    path = _table_across_pages(tmp_path / "rows.pdf", [["1"], lines, [TABLE_ROWS[1][2][:14]]],
                               [["2"], _wrap(second, 14), [TABLE_ROWS[2][2][:14]]], ruled=ruled)
    got = _paragraphs(path)
    assert finding in got and second in got, got


# Body paragraphs as (first line, second line), 16 pt, the first line indented two characters.
FOOTNOTED = [
    ("局党组2022年仅研究党风廉政建设工作1次，对下属单位的", "监督检查流于形式。"),
    ("县农技推广站以虚开发票方式套取项目资金3.2万元，报销", "单据无经办人和验收人签字。"),
    ("抽查的40个村中，有部分村集体经济合同管理混乱，其中", "12个村存在白条入账问题。"),
    ("县农机服务中心维修费报销审核不严，抽查发现其中仅有", "1个项目有验收记录。"),
]
FOOTNOTE = "数据来源于巡察组调阅的财务凭证和会议记录。"


@pytest.mark.parametrize("style", ["word", "same_size", "separator"])
def test_formats_pdf_footnote_and_its_reference_mark_are_dropped(tmp_path, style):
    """A footnote (the page's bottom band, starting with its mark) is not a body paragraph, and
    the superscript reference mark does not stick to the sentence ("……签字。1"): Word sets the
    footnote smaller with a superscript mark; LibreOffice may set it in the body's size with
    the mark on the baseline (set apart by space or by a separator rule), then the superscript
    reference on the page names the mark. Body
    lines starting with a number ("12个村……", "1个项目……") in the bottom band stay."""
    def draw(c):
        c.setFont("STSong-Light", 16)
        c.drawString(104, 760, "一、巡察发现的主要问题")
        y = 730
        for k, (first, second) in enumerate(FOOTNOTED):
            if k == 2:
                y = 320  # the last paragraphs in the page's lower part
            c.drawString(104, y, first)
            c.drawString(72, y - 26, second)
            if k == 1:  # the reference mark after the sentence
                c.setFont("STSong-Light", 9)
                c.drawString(72 + 16 * len(second), y - 26 + 7, "1")
                c.setFont("STSong-Light", 16)
            y -= 60
        if style == "word":
            c.setFont("STSong-Light", 6)
            c.drawString(72, 96, "1")
            c.setFont("STSong-Light", 10)
            c.drawString(78, 90, FOOTNOTE)
        elif style == "same_size":
            c.drawString(72, 90, "1 " + FOOTNOTE)
        else:  # right under the text (a full page), below a separator rule
            c.line(72, 225, 180, 225)
            c.drawString(72, 204, "1 " + FOOTNOTE)

    got = _paragraphs(_canvas_pdf(tmp_path / "note.pdf", draw))
    assert got == ["一、巡察发现的主要问题"] + [a + b for a, b in FOOTNOTED]


@pytest.mark.slow
def test_formats_pdf_characters_drawn_out_of_order_are_reordered(tmp_path):
    """LibreOffice prints a bold heading's quotes (a fallback font) after the rest of the line,
    so PDFium gives "（一） 三重一大 决策制度执行不严 “ ”": the line is read left to right."""
    import shutil
    import subprocess

    import docx
    from docx.oxml.ns import qn

    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    heading = "（一）“三重一大”决策制度执行不严"
    d = docx.Document()
    style = d.styles["Heading 2"]
    style.font.bold = True
    style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "Noto Serif CJK SC")
    d.add_paragraph(heading, style="Heading 2")
    d.add_paragraph("集团收购城北商业地块项目先签意向协议后提交党委会研究。")
    d.save(str(tmp_path / "q.docx"))
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'lo'}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(tmp_path / "q.docx")],
                   check=True, capture_output=True, timeout=300)
    assert _paragraphs(tmp_path / "q.pdf")[0] == heading


@pytest.mark.slow
def test_formats_pdf_libreoffice_table_title_footnote_match_docx(tmp_path):
    """A .docx with a title wrapped over two lines, a 问题清单 table whose findings wrap inside
    their cells and a footnote, printed to PDF by LibreOffice, reads as the .docx does."""
    import shutil
    import subprocess

    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from format_consistency import _add_footnote

    d = docx.Document()
    for name, size in (("Normal", 16), ("Title", 22)):
        style = d.styles[name]
        style.font.size = Pt(size)
        style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "Noto Serif CJK SC")
    title = d.add_paragraph("中共某县委第二巡察组关于巡察县农业农村局党组落实主体责任情况的反馈意见", style="Title")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for text in SHORT_REPORT[1:5]:
        d.add_paragraph(text).paragraph_format.first_line_indent = Pt(32)
    table = d.add_table(rows=len(TABLE_ROWS), cols=3)
    table.style = d.styles["Table Grid"]
    for row, values in zip(table.rows, TABLE_ROWS):
        for cell, value, width in zip(row.cells, values, (1.6, 7.5, 7.5)):
            cell.text = value
            cell.width = Cm(width)
    noted = d.add_paragraph(SHORT_REPORT[5])
    noted.paragraph_format.first_line_indent = Pt(32)
    for text in SHORT_REPORT[6:]:
        d.add_paragraph(text).paragraph_format.first_line_indent = Pt(32)
    d.save(str(tmp_path / "r.docx"))
    _add_footnote(tmp_path / "r.docx", SHORT_REPORT[5])
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'lo'}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(tmp_path / "r.docx")],
                   check=True, capture_output=True, timeout=300)
    expected = _paragraphs(tmp_path / "r.docx")
    assert _paragraphs(tmp_path / "r.pdf") == expected
    assert any(len(cell) > 20 for row in TABLE_ROWS for cell in row if cell in expected)

