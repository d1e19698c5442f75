"""Tests for OCR with Tesseract: scanned PDFs, images, modes, text clean-up, missing tools."""
from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import hostile  # noqa: E402
from pipeline.clean import load_noise_rules  # noqa: E402
from pipeline.errors import NeedsOCR, NoText, UnsupportedFormat  # noqa: E402
from pipeline.ingest import build_document  # noqa: E402
from pipeline.readers import ocr, read_document  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[1] / "corpora" / "samples"
BORN_DIGITAL = SAMPLES / "临河市2021年巡察整改情况通报.pdf"

needs_tesseract = pytest.mark.skipif(ocr.tesseract_problem() is not None,
                                     reason="Tesseract with chi_sim is not installed")


def edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def char_error_rate(reference: str, hypothesis: str) -> float:
    ref = re.sub(r"\s+", "", reference)
    hyp = re.sub(r"\s+", "", hypothesis)
    return edit_distance(ref, hyp) / max(len(ref), 1)


def render_pages(pdf_path: Path, dpi: int = 300):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        return [pdf[i].render(scale=dpi / 72, grayscale=True).to_pil() for i in range(len(pdf))]
    finally:
        pdf.close()


def image_only_pdf(images, path: Path, dpi: int = 300) -> Path:
    images[0].save(path, "PDF", save_all=True, append_images=images[1:], resolution=dpi)
    return path


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    """The born-digital sample and the same pages as a 300 dpi image-only PDF, both read."""
    if ocr.tesseract_problem() is not None:
        pytest.skip("Tesseract with chi_sim is not installed")
    if not BORN_DIGITAL.is_file():
        pytest.skip("sample PDF missing")
    path = image_only_pdf(render_pages(BORN_DIGITAL), tmp_path_factory.mktemp("scan") / "扫描件.pdf")
    original = read_document(BORN_DIGITAL)
    assert not any(p.ocr for p in original.paragraphs)
    return original, read_document(path), path


@pytest.mark.slow
def test_ocr_scanned_pdf_recovers_95_percent_of_characters(scanned):
    original, ocr_doc, path = scanned
    reference = "".join(p.text for p in original.paragraphs)
    hypothesis = "".join(p.text for p in ocr_doc.paragraphs)
    assert char_error_rate(reference, hypothesis) <= 0.05
    assert ocr_doc.pages == original.pages and ocr_doc.warnings == ()
    assert all(p.ocr and 0 < p.ocr_confidence <= 1 for p in ocr_doc.paragraphs)
    # paragraphs are rebuilt, running header and page numbers dropped as for the original
    assert abs(len(ocr_doc.paragraphs) - len(original.paragraphs)) <= 2
    assert [p.page for p in ocr_doc.paragraphs] == sorted(p.page for p in ocr_doc.paragraphs)


def _cells(tagger, raw) -> set[tuple[str, str]]:
    doc = build_document(raw, load_noise_rules())
    cells = set()
    for clue in tagger.tag(doc.sentences, doc.meta.region):
        if clue.is_problem:
            units = [u.canonical for u in clue.units] or ["（未指明单位）"]
            cells |= {(u, c.code) for u in units for c in clue.categories}
    return cells


@pytest.mark.slow
def test_ocr_scanned_pdf_extraction_finds_90_percent_of_cells(scanned, tagger):
    original, ocr_doc, _ = scanned
    expected = _cells(tagger, original)
    assert len(expected) >= 5
    found = _cells(tagger, ocr_doc)
    assert len(expected & found) >= 0.9 * len(expected)


@pytest.mark.slow
def test_ocr_records_say_ocr_with_confidence(scanned, tagger):
    _, ocr_doc, _ = scanned
    doc = build_document(ocr_doc, load_noise_rules())
    assert doc.sentences and all(s.ocr and s.ocr_confidence for s in doc.sentences)
    record = tagger.tag(doc.sentences[:3], doc.meta.region)[0].to_record()
    assert record["ocr"] is True and 0 < record["ocr_confidence"] <= 1


def _page_crop(top: float, bottom: float):
    """The top part of page 1 of the sample at 300 dpi (a few lines: fast to OCR)."""
    page = render_pages(BORN_DIGITAL)[0]
    width, height = page.size
    return page.crop((0, int(height * top), width, int(height * bottom)))


@needs_tesseract
@pytest.mark.parametrize("suffix, fmt", [(".png", "PNG"), (".jpg", "JPEG"), (".tif", "TIFF")])
def test_ocr_image_file_is_read(suffix, fmt):
    buffer = io.BytesIO()
    _page_crop(0.24, 0.33).convert("RGB").save(buffer, fmt, dpi=(300, 300))
    doc = read_document(f"扫描{suffix}", data=buffer.getvalue())
    text = "".join(p.text for p in doc.paragraphs)
    assert doc.format == "image" and doc.pages is None
    assert "巡察整改主体责任" in text and "市纪委监委" in text
    assert all(p.ocr and p.page is None and 0 < p.ocr_confidence <= 1 for p in doc.paragraphs)


@needs_tesseract
def test_ocr_multipage_tiff_has_pages():
    frames = [_page_crop(0.24, 0.28), _page_crop(0.28, 0.33)]
    buffer = io.BytesIO()
    frames[0].save(buffer, "TIFF", save_all=True, append_images=frames[1:])
    doc = read_document("扫描.tiff", data=buffer.getvalue())
    assert doc.pages == 2 and {p.page for p in doc.paragraphs} == {1, 2}


@needs_tesseract
def test_ocr_small_image_is_upscaled():
    crop = _page_crop(0.24, 0.28)  # one line, no margin around it
    small = crop.resize((crop.size[0] // 4, crop.size[1] // 4))  # 75 dpi: 14 px lines
    buffer = io.BytesIO()
    small.save(buffer, "PNG")
    text = "".join(p.text for p in read_document("小图.png", data=buffer.getvalue()).paragraphs)
    assert "人民团体党组" in text


@needs_tesseract
def test_ocr_mixed_pdf_reads_only_the_page_without_text(tmp_path):
    path = hostile.make_mixed_pdf(tmp_path / "mixed.pdf", text_pages=2)
    page = _page_crop(0.24, 0.33)
    # replace the drawn page by a scanned one: text pages from reportlab, then an image page
    import pypdfium2 as pdfium

    scan = image_only_pdf([page], tmp_path / "scan.pdf")
    pdf = pdfium.PdfDocument(str(path))
    pdf.del_page(2)
    pdf.import_pages(pdfium.PdfDocument(str(scan)))
    pdf.save(str(tmp_path / "both.pdf"))
    pdf.close()
    doc = read_document(tmp_path / "both.pdf")
    assert {p.page for p in doc.paragraphs if not p.ocr} == {1, 2}
    assert {p.page for p in doc.paragraphs if p.ocr} == {3}
    assert doc.warnings == ()


@needs_tesseract
def test_ocr_blank_scan_is_a_warning_or_no_text(tmp_path):
    doc = read_document(hostile.make_mixed_pdf(tmp_path / "mixed.pdf", text_pages=2))
    assert doc.warnings == ("page 3: OCR found no text",)
    with pytest.raises(NoText, match="OCR found no text"):
        read_document(hostile.make_image_only_pdf(tmp_path / "blank.pdf"))


@needs_tesseract
def test_ocr_always_reads_text_pages_too(tmp_path):
    source = hostile.chinese_paragraphs(4, seed=2)
    path = hostile.make_chinese_pdf(tmp_path / "t.pdf", source, header=None)
    doc = read_document(path, ocr="always")
    assert doc.paragraphs and all(p.ocr for p in doc.paragraphs)
    assert char_error_rate("".join(source), "".join(p.text for p in doc.paragraphs)) < 0.1
    assert not any(p.ocr for p in read_document(path, ocr="auto").paragraphs)


def test_ocr_never_leaves_scans_unread(tmp_path):
    with pytest.raises(NeedsOCR, match="--ocr never"):
        read_document(hostile.make_image_only_pdf(tmp_path / "scan.pdf"), ocr="never")
    doc = read_document(hostile.make_mixed_pdf(tmp_path / "mixed.pdf"), ocr="never")
    assert doc.warnings == ("page 3 needs OCR",)
    with pytest.raises(UnsupportedFormat, match="OCR"):
        read_document("扫描.png", data=b"\x89PNG\r\n\x1a\n", ocr="never")


def test_ocr_mode_from_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("XUNCHA_OCR", "never")
    with pytest.raises(UnsupportedFormat, match="OCR"):
        read_document("扫描.png", data=b"\x89PNG\r\n\x1a\n")
    monkeypatch.setenv("XUNCHA_OCR", "sometimes")
    with pytest.raises(ValueError, match="XUNCHA_OCR"):
        read_document("扫描.png", data=b"\x89PNG\r\n\x1a\n")
    with pytest.raises(ValueError, match="ocr"):
        read_document("a.txt", data=b"x", ocr="maybe")


def test_ocr_without_tesseract_says_what_to_install(monkeypatch, tmp_path):
    monkeypatch.setattr(ocr, "tesseract_problem", lambda: ocr.INSTALL_TESSERACT)
    with pytest.raises(NeedsOCR, match="tesseract-ocr-chi-sim") as info:
        read_document(hostile.make_image_only_pdf(tmp_path / "scan.pdf"))
    assert "\n" not in str(info.value)
    with pytest.raises(NeedsOCR, match="tesseract-ocr"):
        read_document("扫描.png", data=b"\x89PNG\r\n\x1a\n")
    doc = read_document(hostile.make_mixed_pdf(tmp_path / "mixed.pdf"))
    assert doc.warnings == ("page 3 needs OCR",)


@needs_tesseract
def test_ocr_damaged_image_fails_in_one_line():
    from pipeline.errors import ReadError

    with pytest.raises(ReadError, match="damaged or unreadable image") as info:
        read_document("坏.png", data=b"\x89PNG\r\n\x1a\n" + b"\x00" * 32)
    assert "坏.png" in str(info.value)


@pytest.mark.parametrize("raw, clean", [
    ("县 财 政 局 违 规 发 放", "县财政局违规发放"),
    ("截至 2021 年 11 月底", "截至2021年11月底"),
    ("各县(区)委, 市委各部委:", "各县（区）委，市委各部委："),
    ("〈一) 整改不到位", "（一）整改不到位"),
    ("(1) 县财政局", "（1）县财政局"),
    ("202] 年", "2021年"),
    ("共 |2 人", "共12人"),
    ("3.6 万元; 12 人", "3.6万元；12人"),
    ("时间 10:30, 金额 1,000 元", "时间10:30，金额1,000元"),
    ("Word 文档 PDF", "Word文档PDF"),
    ("see (a) note", "see (a) note"),
])
def test_ocr_clean_text(raw, clean):
    assert ocr.clean_ocr_text(raw) == clean


@pytest.mark.parametrize("raw, paired", [
    ("以”资料费“名义收取", "以“资料费”名义收取"),
    ("“三会一课”和”三务公开\"", "“三会一课”和“三务公开”"),
    ("无引号", "无引号"),
])
def test_ocr_pair_quotes(raw, paired):
    assert ocr.pair_quotes(raw) == paired


def test_ocr_parse_tsv_lines_confidence_and_noise():
    header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    rows = [
        "1\t1\t0\t0\t0\t0\t0\t0\t1000\t1400\t-1\t",
        "4\t1\t1\t1\t1\t0\t100\t100\t800\t40\t-1\t",
        "5\t1\t1\t1\t1\t1\t100\t100\t80\t40\t90\t县财",
        "5\t1\t1\t1\t1\t2\t180\t100\t80\t40\t70\t政局",
        "4\t1\t1\t1\t2\t0\t100\t160\t800\t40\t-1\t",
        "5\t1\t1\t1\t2\t1\t100\t160\t800\t40\t95\t———",
        "4\t1\t1\t1\t3\t0\t100\t220\t800\t40\t-1\t",
        "5\t1\t1\t1\t3\t1\t100\t220\t800\t40\t12\t县局",
        "4\t1\t1\t1\t4\t0\t100\t280\t40\t40\t-1\t",
        "5\t1\t1\t1\t4\t1\t100\t280\t40\t40\t40\t一",
    ]
    (line,) = ocr.parse_tsv("\n".join([header] + rows))
    assert line.text == "县财政局" and (line.left, line.top, line.right, line.bottom) == (100, 100, 900, 140)
    assert line.confidence == pytest.approx(0.8)
