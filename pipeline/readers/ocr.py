"""OCR with Tesseract: scanned PDF pages and images into lines, then paragraphs.

Tesseract (Debian ``tesseract-ocr`` and ``tesseract-ocr-chi-sim``) is called directly, one
page at a time, as ``tesseract <page.pgm> stdout -l chi_sim --psm 6 tsv``: ``--psm 6`` (one
uniform block of text) reads single-column official documents line by line and made fewer
errors than automatic page segmentation on our samples; the TSV output gives each line's
box and each word's confidence.

* **Scale.** Pages are rendered at 175 dpi (pypdfium2). With Debian's chi_sim model, 16 pt
  text (三号, the usual body size) was read with 1–2 % character errors at 150–225 dpi but
  4 % at 300 dpi: the model wants Chinese characters about 35–45 px high; on the two sample
  reports scanned, 175 dpi lost the fewest unit × category cells (200 and 225 dpi misread
  one more unit name each). When the median line height of a first pass is far from that
  (small print, a 600 dpi scan, a photo), the page is rendered or resampled once more to
  about 38 px per line and the better pass is kept.
* **Margins.** Every image gets a white border before OCR: text touching the edge of an image
  (a cropped photo, a one-line snippet) was misread badly without it.
* **Text.** ``1`` misread as ``]``, ``|``, ``l`` or ``I`` beside digits is restored; spaces Tesseract puts between Chinese characters (and between Chinese and
  Latin letters or digits) are removed; ASCII punctuation next to Chinese text becomes the
  full-width mark the document used (``,`` → ``，``, ``(一)`` → ``（一）``, ``〈`` → ``（``), and
  the curly double quotes of a paragraph are re-paired “…”. Lines with no letter, digit or
  Chinese character (table rules, specks) and lines whose mean word confidence is below
  ``MIN_LINE_CONFIDENCE`` (drawings, stamps) are dropped.
* **Table rules.** Long horizontal and vertical lines (cell borders, underlines) are whitened
  before OCR: with them, Tesseract dropped whole table rows (a 问题清单 table came out empty).
* **Paragraphs.** OCR lines get their boxes in page coordinates and go through the same
  paragraph rebuilding as a PDF's text lines (``pdf._paragraphs``: first-line indents, gaps,
  heading numbers, running headers and page numbers), so a scan and its born-digital
  original give the same paragraphs where OCR reads the same characters.
* **Confidence.** Each paragraph carries ``ocr=True`` and ``ocr_confidence``: the mean of
  Tesseract's word confidences (0–1) weighted by the number of characters.

``ocr`` modes: ``"auto"`` (default) reads only pages without a usable text layer,
``"always"`` reads every page of a PDF by OCR, ``"never"`` reads none (such pages stay
warnings and image files are failures). The mode comes from the reader's ``ocr`` argument,
else from ``$XUNCHA_OCR``, else ``"auto"``.
"""
from __future__ import annotations

import functools
import io
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from statistics import median
from typing import Callable, Optional

from pipeline.errors import NeedsOCR, NoText, ReadError, UnsupportedFormat
from pipeline.records import RawDocument
from pipeline.readers import ocr_mode
from pipeline.readers.tools import run_tool, tool_env

LANGUAGE = "chi_sim"
RENDER_DPI = 175
TARGET_LINE_PX = 38.0  # median OCR line height aimed at (16 pt text at 175 dpi)
MIN_LINE_PX, MAX_LINE_PX = 26.0, 90.0  # outside this, a second pass at the target scale
MAX_RESCALE = 4.0
MAX_IMAGE_SIDE = 10000  # px: a larger page image is scaled down before OCR
PAGE_TIMEOUT = 120.0  # seconds for one page
MIN_LINE_CONFIDENCE = 0.30
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".gif", ".webp"})

INSTALL_TESSERACT = (
    "需要 Tesseract 文字识别才能读取扫描件：请安装 tesseract-ocr 和 tesseract-ocr-chi-sim（Debian）"
    "或 Tesseract 及其简体中文（chi_sim）语言包，然后重新导入"
)
INSTALL_CHI_SIM = (
    "Tesseract 缺少简体中文语言包：请安装 tesseract-ocr-chi-sim（Debian）"
    "或 chi_sim.traineddata，然后重新导入"
)

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_PUNCT = "，。、；：？！“”‘’（）《》【】—…·"
_SPACE_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK}{_CJK_PUNCT}])\s+(?=[{_CJK}{_CJK_PUNCT}])")
_SPACE_CJK_LATIN = re.compile(
    rf"(?<=[{_CJK}{_CJK_PUNCT}])\s+(?=[A-Za-z0-9%(（])|(?<=[A-Za-z0-9%)）.,])\s+(?=[{_CJK}{_CJK_PUNCT}])"
)
_SPACE_AROUND_PUNCT = re.compile(r"\s+(?=[,.:;!?%)）])|(?<=[(（])\s+")
_HAS_WORD = re.compile(rf"[{_CJK}A-Za-z0-9]")
_NEAR_CJK = rf"[{_CJK}{_CJK_PUNCT}]"
_PUNCT_AFTER_CJK = re.compile(rf"(?<={_NEAR_CJK})\s*([,:;?!])")
_PUNCT_BEFORE_CJK = re.compile(rf"([,:;?!])\s*(?={_NEAR_CJK})")
_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！"}
_BRACKETS = re.compile(r"[(（〈]\s*([^()（）〈〉\s]{1,40}?)\s*[)）〉]")
_DOUBLE_QUOTES = re.compile("[“”\"]")
# "1" misread as ] | l I next to digits (202] 年 -> 2021年)
_DASHED_NUMBER = re.compile(r"[一二—–\-_~～·•]+\s*(\d{1,4})\s*[一二—–\-_~～·•]+")
_ONE_AFTER_DIGIT = re.compile(rf"(?<=\d)[\]|lI](?=\d|\s*[{_CJK}])")
_ONE_BEFORE_DIGIT = re.compile(r"(?<![A-Za-z])[\]|lI](?=\d)")


@functools.lru_cache(maxsize=None)
def _tesseract_problem(program: Optional[str]) -> Optional[str]:
    if program is None:
        return INSTALL_TESSERACT
    try:
        result = run_tool([program, "--list-langs"], timeout=30)
    except OSError:
        return INSTALL_TESSERACT
    listed = (result.stdout + result.stderr).decode("utf-8", "replace").split()
    if LANGUAGE not in listed:
        return INSTALL_CHI_SIM
    return None


def tesseract_program() -> Optional[str]:
    return shutil.which("tesseract")


def tesseract_problem() -> Optional[str]:
    """None when Tesseract with the chi_sim data can run here, else the line saying what to install."""
    return _tesseract_problem(tesseract_program())


# --- text ------------------------------------------------------------------------------------

def clean_ocr_text(text: str) -> str:
    """Remove OCR spaces inside Chinese text and restore full-width punctuation next to it."""
    text = _ONE_AFTER_DIGIT.sub("1", text.strip())
    text = _ONE_BEFORE_DIGIT.sub("1", text)
    text = text.replace("|", " ")  # a remnant of a table rule (never text in this genre)
    text = _SPACE_BETWEEN_CJK.sub("", text)
    text = _SPACE_CJK_LATIN.sub("", text)
    text = _SPACE_AROUND_PUNCT.sub("", text)
    text = _BRACKETS.sub(_bracket, text)
    text = _PUNCT_AFTER_CJK.sub(lambda m: _FULL[m.group(1)], text)
    text = _PUNCT_BEFORE_CJK.sub(lambda m: _FULL[m.group(1)], text)
    return _SPACE_CJK_LATIN.sub("", _SPACE_BETWEEN_CJK.sub("", text))


def _bracket(match: re.Match) -> str:
    inner = match.group(1)
    whole = match.group(0)
    before = match.string[match.start() - 1] if match.start() else ""
    after = match.string[match.end():].lstrip()[:1]
    chinese = (re.search(f"[{_CJK}]", inner) or re.match(_NEAR_CJK, before) or re.match(_NEAR_CJK, after)
               or whole[0] != "(")
    if chinese:
        return f"（{inner}）"
    return f"({inner})"


def pair_quotes(text: str) -> str:
    """Re-pair the double quotes of a paragraph “…” (OCR confuses the two shapes)."""
    if not _DOUBLE_QUOTES.search(text) or '"' in text and not re.search(f"[{_CJK}]", text):
        return text
    count = 0

    def swap(_match: re.Match) -> str:
        nonlocal count
        count += 1
        return "“" if count % 2 else "”"

    return _DOUBLE_QUOTES.sub(swap, text)


# --- Tesseract -------------------------------------------------------------------------------

@dataclass(frozen=True)
class OcrLine:
    """One line read by OCR: its text, its box in image pixels (y down) and its confidence."""

    text: str
    left: float
    top: float
    right: float
    bottom: float
    confidence: float
    chars: int  # recognised characters (before cleaning), the confidence's weight

    @property
    def height(self) -> float:
        return self.bottom - self.top


def parse_tsv(tsv: str) -> list[OcrLine]:
    """Lines from Tesseract's TSV output (level 4 rows are lines, level 5 rows words)."""
    boxes: dict[tuple, tuple[int, int, int, int]] = {}
    words: dict[tuple, list[tuple[str, float]]] = {}
    order: list[tuple] = []
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12:
            continue
        try:
            level = int(cols[0])
            key = tuple(int(c) for c in cols[1:5])
            left, top, width, height = (int(c) for c in cols[6:10])
            conf = float(cols[10])
        except ValueError:
            continue
        if level == 4:
            boxes[key] = (left, top, width, height)
            order.append(key)
        elif level == 5:
            text = cols[11].strip()
            if text and conf >= 0:
                words.setdefault(key, []).append((text, conf / 100.0))
    lines = []
    for key in order:
        found = words.get(key)
        if not found:
            continue
        raw = " ".join(w for w, _ in found)
        chars = sum(len(w) for w, _ in found)
        confidence = sum(c * len(w) for w, c in found) / max(chars, 1)
        left, top, width, height = boxes[key]
        text = clean_ocr_text(raw)
        number = _DASHED_NUMBER.fullmatch(text)
        if number:  # — 3 — read as 一3二: make it the page number it is
            text = f"- {number.group(1)} -"
        if not _HAS_WORD.search(text) or confidence < MIN_LINE_CONFIDENCE:
            continue
        if len(text) == 1 and confidence < 0.6:  # a lone speck read as 一 or 丨
            continue
        lines.append(OcrLine(text, left, top, left + width, top + height, confidence, chars))
    return lines


def _tesseract(image, name: str) -> list[OcrLine]:
    """Run Tesseract on a PIL image; ReadError when it fails or runs too long."""
    program = tesseract_program()
    if program is None:
        raise NeedsOCR(name, INSTALL_TESSERACT)
    from PIL import ImageOps

    # Tesseract misreads text that touches the image edge: give every image a white margin.
    pad = max(16, round(max(image.size) * 0.02))
    with tempfile.TemporaryDirectory(prefix="xuncha-ocr-") as tmp:
        path = os.path.join(tmp, "page.pgm")
        ImageOps.expand(image, border=pad, fill=255).save(path)
        try:
            result = run_tool(
                [program, path, "stdout", "-l", LANGUAGE, "--psm", "6", "tsv"],
                timeout=PAGE_TIMEOUT, cwd=tmp, env=tool_env(),
            )
        except OSError:
            raise NeedsOCR(name, INSTALL_TESSERACT) from None
    if result.timed_out:
        raise ReadError(name, f"OCR of a page took over {PAGE_TIMEOUT:g} s; stopped")
    if result.returncode != 0:
        raise ReadError(name, f"Tesseract failed (exit code {result.returncode}); check the scan or re-save it")
    return [
        OcrLine(ln.text, ln.left - pad, ln.top - pad, ln.right - pad, ln.bottom - pad, ln.confidence, ln.chars)
        for ln in parse_tsv(result.stdout.decode("utf-8", "replace"))
    ]


def _score(lines: list[OcrLine]) -> float:
    return sum(ln.confidence * ln.chars for ln in lines)


def recognise(render: Callable[[float], object], name: str) -> tuple[list[OcrLine], float]:
    """OCR an image made by ``render(factor)`` (factor 1: the first scale tried).

    Returns the lines and the factor of the pass kept (line boxes are in that image's
    pixels). A second pass runs at the scale that makes lines about ``TARGET_LINE_PX`` high
    when the first pass's median line height is far from it.
    """
    lines = _tesseract(_gray(render(1.0)), name)
    if lines:
        height = median(ln.height for ln in lines)
        if not MIN_LINE_PX <= height <= MAX_LINE_PX:
            factor = min(max(TARGET_LINE_PX / max(height, 1.0), 1 / MAX_RESCALE), MAX_RESCALE)
            second = _tesseract(_gray(render(factor)), name)
            if _score(second) > _score(lines):
                return second, factor
    return lines, 1.0


def _gray(image):
    if image.mode != "L":
        image = image.convert("L")
    return _without_rules(image)


def _without_rules(image):
    """The image with long horizontal and vertical lines (table rules, underlines) whitened.

    Tesseract in one-block mode drops whole table rows when the cell borders are in the
    image; a line is "long" when it is several characters long (strokes of characters are
    not), measured from the image size (a page's width is about 45 characters).
    """
    import numpy as np

    from PIL import Image

    pixels = np.asarray(image)
    dark = pixels < 128
    height, width = dark.shape
    if height < 10 or width < 10:
        return image
    unit = max(width, height * 0.7) / 45.0  # about one character
    mask = _runs(dark, max(int(3.5 * unit), 8), axis=1) | _runs(dark, max(int(3.0 * unit), 8), axis=0)
    if not mask.any():
        return image
    cleaned = pixels.copy()
    cleaned[mask] = 255
    return Image.fromarray(cleaned, mode="L")


def _runs(dark, length: int, axis: int):
    """Pixels lying on a run of at least ``length`` dark pixels along ``axis``."""
    import numpy as np

    d = dark if axis == 1 else dark.T
    if d.shape[1] <= length:
        return np.zeros_like(dark)
    c = np.cumsum(d, axis=1, dtype=np.int32)
    c = np.concatenate([np.zeros((d.shape[0], 1), dtype=np.int32), c], axis=1)
    full = (c[:, length:] - c[:, :-length]) == length  # window [i, i+length) all dark
    starts = np.zeros((d.shape[0], d.shape[1] + 1), dtype=np.int32)
    starts[:, : full.shape[1]] += full
    starts[:, length: length + full.shape[1]] -= full
    covered = np.cumsum(starts, axis=1)[:, : d.shape[1]] > 0
    return covered if axis == 1 else covered.T


# --- PDF pages -------------------------------------------------------------------------------

def ocr_pdf_page(page, name: str):
    """OCR one pypdfium2 page; returns (lines as ``pdf._Line`` in points, page height in points)."""
    from pipeline.readers.pdf import _Line

    base = RENDER_DPI / 72.0
    width_pt, height_pt = page.get_size()
    longest = max(width_pt, height_pt) * base
    if longest > MAX_IMAGE_SIDE:  # a poster-sized page
        base *= MAX_IMAGE_SIDE / longest

    heights: dict[float, int] = {}

    def render(factor: float):
        image = page.render(scale=base * factor, grayscale=True).to_pil()
        heights[factor] = image.size[1]
        return image

    lines, factor = recognise(render, name)
    scale = base * factor
    image_height = heights.get(factor, height_pt * scale)
    return [
        _Line(ln.text, ln.left / scale, ln.right / scale, (image_height - ln.top) / scale,
              (image_height - ln.bottom) / scale, confidence=ln.confidence)
        for ln in lines
    ], image_height / scale


# --- image files -----------------------------------------------------------------------------

def read_image(data: bytes, name: str, mode: Optional[str] = None) -> RawDocument:
    """Read an image file (a scanned page, or several in a TIFF) by OCR."""
    from pipeline.readers import pdf

    if ocr_mode(mode) == "never":
        raise UnsupportedFormat(name, "图片需要文字识别（OCR），OCR 已关闭（--ocr never）/ image needs OCR, which is off")
    problem = tesseract_problem()
    if problem:
        raise NeedsOCR(name, problem)
    frames = _open_frames(data, name)
    pages = []
    for number, frame in enumerate(frames, 1):
        lines, height = _image_lines(frame, name)
        pages.append(pdf._Page(number, height, lines))
    pdf._drop_headers_and_page_numbers(pages)
    multi = len(pages) > 1
    paragraphs = pdf._paragraphs([p for p in pages if p.lines])
    if not multi:
        paragraphs = [type(p)(p.text, None, p.ocr, p.ocr_confidence) for p in paragraphs]
    if not paragraphs:
        raise NoText(name, "OCR found no text in the image (blank, too blurred or not a document); check the scan")
    empty = tuple(f"page {p.number}: OCR found no text" for p in pages if not p.lines) if multi else ()
    return RawDocument(path=name, format="image", paragraphs=tuple(paragraphs),
                       pages=len(pages) if multi else None, warnings=empty)


def _open_frames(data: bytes, name: str) -> list:
    try:
        from PIL import Image, ImageOps
    except ImportError:  # pragma: no cover - Pillow comes with pdfplumber
        raise NeedsOCR(name, "reading images needs Pillow: pip install Pillow") from None
    try:
        image = Image.open(io.BytesIO(data))
        frames = []
        count = getattr(image, "n_frames", 1) or 1
        for index in range(min(count, 500)):
            image.seek(index)
            frame = ImageOps.exif_transpose(image.copy()) if index == 0 else image.copy()
            frame.info["dpi"] = image.info.get("dpi")
            frames.append(frame)
        return frames
    except Image.DecompressionBombError:
        raise ReadError(name, "image too large to read (over Pillow's pixel limit); scan at 300 dpi") from None
    except (OSError, ValueError, SyntaxError, EOFError):
        raise ReadError(name, "damaged or unreadable image; re-save or rescan it") from None


def _image_lines(frame, name: str):
    from PIL import Image

    from pipeline.readers.pdf import _Line

    base = 1.0
    dpi = frame.info.get("dpi")
    try:
        dpi_x = float(dpi[0]) if dpi else 0.0
    except (TypeError, ValueError, IndexError):
        dpi_x = 0.0
    if dpi_x > 250:  # a fine scan: start at the usual 200 dpi
        base = RENDER_DPI / dpi_x
    longest = max(frame.size) * base
    if longest > MAX_IMAGE_SIDE:
        base *= MAX_IMAGE_SIDE / longest

    def render(factor: float):
        scale = base * factor
        if abs(scale - 1.0) < 1e-3:
            return frame
        size = (max(1, round(frame.size[0] * scale)), max(1, round(frame.size[1] * scale)))
        return _gray(frame).resize(size, Image.LANCZOS)

    lines, factor = recognise(render, name)
    scale = base * factor
    height = frame.size[1]
    return [
        _Line(ln.text, ln.left / scale, ln.right / scale, height - ln.top / scale,
              height - ln.bottom / scale, confidence=ln.confidence)
        for ln in lines
    ], float(height)
