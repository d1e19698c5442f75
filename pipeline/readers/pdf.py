"""PDF reader: per-page text, layout lines joined back into paragraphs.

Text comes from pypdfium2 (PDFium), which bench/bench_pdf_readers.py measured at many times
the speed of pdfplumber with the same characters recovered; pdfplumber is not used. PDFium
gives the text of a page as lines; we take each line's box from the first and last character
and rebuild paragraphs:

* running headers and footers (the same line, digits ignored, at the top or bottom of at least
  half of the pages, and of two pages at least) and page numbers (``- 3 -``, ``— 3 —``,
  ``第3页``, ``第3页 共10页``, ``3/10``, ``Page 3``, a bare number) at the top or bottom of a page
  are removed;
* paragraphs are rebuilt from the layout the document uses, measured over all its lines: when
  paragraphs start with an indented first line (首行缩进, the usual case), the indent decides;
  when they are separated by extra space, the gap decides; otherwise a line ending in
  。！？；： (a closing quote or bracket may follow) ends a paragraph. In every layout a line
  starting with a heading number (一、 （一） 1. ① 第一条) starts one and a line clearly short of
  the right margin (4 em; lines inside a paragraph stop a few characters short before a
  number or a character that may not start a line) ends one. Lines are joined without a
  space, except between two Latin letters or digits. A paragraph continues across a page
  break unless the page's last line ends it; it carries the page it starts on. Layout spaces
  PDFium reports between two Chinese characters (justified or letter-spaced text) or
  between Chinese and Latin letters or digits (``2023 年`` in Word output) are removed.
* Tables: a table row on one baseline is split into one line per cell (``_make_lines``). On a
  page with such a row, or after a page with a table, the ruling lines (thin path objects) give
  each line its cell; a cell's paragraph is then one paragraph, as the .docx reader gives it:
  a line continues the paragraph of the line above it in the same cell when that one filled
  the cell's width (the wrapped lines start at the column's left edge, which the page would
  take for an indent), also when other cells' lines come between them in the text, and across
  a page break from the last row of one page to the first of the next. The cells of a row,
  and the rows, stay apart. A table without rulings (WPS, many government PDFs) gets the same
  cells from its own rows (``_unruled_tables``): the columns are the extents of the pieces of
  its baselines, a line alone on its baseline at a column's left edge is a wrapped line of
  that column, and body text spanning the columns ends the table.
* A title wrapped over two or more centred lines is one paragraph: a centred line continues
  the centred line above it when that one is as wide as a centred line can be, in the same
  font size, and neither ends with sentence punctuation.
* Footnotes are dropped, as the .docx reader skips them: a superscript reference mark (a
  number, ① or * set smaller and raised, after a Chinese character or punctuation) is blanked
  out of the text, and a line in the lower part of a page that starts with a footnote mark
  followed by text, with all lines below it, is dropped when the mark is itself a superscript
  on a line set smaller than the body, or is one of the page's superscript references and the
  line is set apart from the text above it (a separator rule, or more than a line pitch).
* A page without a usable text layer (no text, or mostly U+FFFD / private-use / ``(cid:N)``
  garbage) and with images or drawings needs OCR. With ``ocr="auto"`` (the default) such
  pages are rendered and read by Tesseract (``ocr.py``; ``"always"``: every page is), their
  lines going through the same header and paragraph rebuilding, and their paragraphs carry
  ``ocr=True`` and ``ocr_confidence``. With ``ocr="never"``, or where Tesseract is not
  installed, a page that needs OCR gets a warning ``page N needs OCR`` and the rest is kept;
  when no page has usable text the file raises ``NeedsOCR`` saying what to do. A page OCR
  reads no text from gets the warning ``page N: OCR found no text``.

PDFium is not thread-safe: read PDFs in worker processes, not threads. One long PDF may be
read by several processes (``read_pdf(..., page_jobs=n)``, where ``os.fork`` exists): this
process forks children that each read a contiguous chunk of the pages with the same per-page
code and send them back pickled; a child that fails has its chunk read here, so the result,
errors included, is the sequential one. A table going on from a chunk's last page to the next
chunk's first is joined after the chunks are (``_resolve_cells``).
"""
from __future__ import annotations

import os
import pickle
import re
import signal
import threading
from dataclasses import dataclass, replace
from statistics import median
from typing import Optional

from pipeline.errors import NeedsOCR, NoText, ReadError
from pipeline.limits import MAX_PAGES
from pipeline.readers.lines import ENDS_PARAGRAPH as _ENDS_PARAGRAPH, HEADING as _HEADING, joiner as _joiner
from pipeline.records import RawDocument, RawParagraph

_MAX_HEADER_SCAN = 1024  # %PDF- must start within the first KiB (as Acrobat accepts)
MIN_PAGE_CHARS = 10  # a page with fewer usable characters and with images needs OCR
GARBAGE_SHARE = 0.3  # share of unusable characters above which a page's text layer is garbage
GAP_FACTOR = 1.25  # a step down this many line pitches or more separates paragraphs

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_PUNCT = "，。、；：？！“”‘’（）《》【】—…·"
_SPACE_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK}{_CJK_PUNCT}])[ \u3000]+(?=[{_CJK}{_CJK_PUNCT}])")
# Word/LibreOffice put a visual gap between Chinese and Latin letters or digits (2023 年);
# PDFium reads it as a space that the source text does not have.
_SPACE_CJK_LATIN = re.compile(
    rf"(?<=[{_CJK}{_CJK_PUNCT}]) +(?=[A-Za-z0-9])|(?<=[A-Za-z0-9%]) +(?=[{_CJK}{_CJK_PUNCT}])"
)
_JUNK = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\u00ad]")
_BAD = re.compile(r"\(cid:\d+\)|[\ufffd\ue000-\uf8ff]")
_LINE_SPLIT = re.compile(r"\r\n|\r|\n")
# A list label alone ("一、" "（二）" "3." "①"): Word puts a tab after it, not a cell gap.
_LIST_LABEL = re.compile(
    r"^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百\d]+[)）]"
    r"|\d{1,2}(?:[.．]\d{1,2})*[、.．)）]|第[一二三四五六七八九十百零〇两\d]+[章节条部分篇]"
    r"|[①-⑳⑴-⒇⒈-⒛])$"
)
_PAGE_NUMBER = re.compile(
    r"^[\s\-—–－―─_~·•]*(?:"
    r"\d{1,4}"
    r"|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?"
    r"|共\s*\d{1,4}\s*页\s*[,，]?\s*第\s*\d{1,4}\s*页"
    r"|\d{1,4}\s*[/／]\s*\d{1,4}"
    r"|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?"
    r")[\s\-—–－―─_~·•]*$",
    re.IGNORECASE,
)


@dataclass
class _Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    confidence: Optional[float] = None  # OCR lines only (0-1)
    cell: bool = False  # one cell of a table row that PDFium gave as one line
    mark: Optional[str] = None  # the line starts with a footnote mark (1 ① *) followed by text
    raised: bool = False  # ... and that mark is a superscript
    box: Optional[tuple[float, float, float, float]] = None  # ruled cell around it: left, right, top, bottom
    starts_cell: bool = False  # in a table without rulings: starts a paragraph of its cell

    @property
    def height(self) -> float:
        return max(self.top - self.bottom, 0.1)


@dataclass
class _Page:
    number: int
    height: float
    lines: list[_Line]
    needs_ocr: bool = False  # no usable text layer, and not read by OCR
    refs: frozenset = frozenset()  # footnote reference marks (superscripts) dropped from the text
    rules: tuple = ()  # heights of horizontal rulings (a footnote separator), read when needed
    note: Optional[str] = None  # a warning about this page
    # the page's rulings, kept while whether its lines sit in ruled cells depends on the page
    # before, which a page-parallel chunk starting here has not seen (``_resolve_cells``)
    pending_rulings: Optional[tuple] = None


def looks_like_pdf(data: bytes) -> bool:
    return b"%PDF-" in data[:_MAX_HEADER_SCAN]


def read_pdf(data: bytes, name: str = "-", ocr: Optional[str] = None,
             max_pages: Optional[int] = None, page_jobs: int = 1) -> RawDocument:
    """Read a PDF from its bytes; ``ocr`` is "auto", "always" or "never" (see ``readers.ocr_mode``).
    A PDF of more than ``max_pages`` pages (None: ``MAX_PAGES``) is refused before any page is read.
    ``page_jobs`` > 1: a PDF of ``PARALLEL_MIN_PAGES`` pages or more has its pages read by that
    many processes (forked; where ``os.fork`` exists), with the same result as one."""
    from pipeline.readers import ocr_mode

    mode = ocr_mode(ocr)
    if not looks_like_pdf(data):
        raise ReadError(name, f"not a PDF ({_sniff(data)}); check the file or rename it")
    pages, problem = _extract_pages(data, name, mode, MAX_PAGES if max_pages is None else max_pages,
                                    page_jobs)
    _drop_headers_and_page_numbers(pages)
    _drop_footnotes(pages)
    _unruled_tables(pages)
    ocr_pages = [p.number for p in pages if p.needs_ocr]
    paragraphs = _paragraphs([p for p in pages if not p.needs_ocr])
    if not paragraphs:
        if ocr_pages:
            if mode == "never":
                raise NeedsOCR(name, "no text layer (scanned?); the PDF needs OCR, which is off (--ocr never)")
            raise NeedsOCR(name, f"no text layer (scanned?); the PDF needs OCR. {problem}")
        if any(p.note for p in pages):
            raise NoText(name, "no text layer, and OCR found no text (blank or unreadable scan); check the scan")
        raise NoText(name, "no text (every page of the PDF is blank)")
    warnings = tuple(
        p.note or f"page {p.number} needs OCR" for p in pages if p.needs_ocr or p.note
    )
    return RawDocument(
        path=name, format="pdf", paragraphs=tuple(paragraphs), pages=len(pages), warnings=warnings
    )


def _sniff(data: bytes) -> str:
    head = data[:2048]
    if head.startswith(b"PK\x03\x04"):
        return "it is a zip file, perhaps a .docx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "it is an old Office (.doc/.wps) file"
    if head[:4] in (b"\x89PNG", b"\xff\xd8\xff\xe0", b"\xff\xd8\xff\xe1") or head[:3] == b"\xff\xd8\xff":
        return "it is an image"
    if not head.strip():
        return "the file is empty"
    try:
        head.decode("utf-8")
        return "it looks like plain text"
    except UnicodeDecodeError:
        return "no %PDF header"


def _extract_pages(data: bytes, name: str, mode: str = "never", max_pages: int = MAX_PAGES,
                   page_jobs: int = 1) -> tuple[list[_Page], Optional[str]]:
    """The pages' lines, OCR applied per ``mode``; and why OCR could not run, if it could not.
    With ``page_jobs`` > 1 a long PDF's pages are read by that many processes (``_chunks``)."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message:
            raise ReadError(
                name, "password-protected PDF (encrypted); save an unprotected copy and import it"
            ) from None
        raise ReadError(name, "damaged PDF (cannot be opened; truncated or corrupt); re-export it") from None
    try:
        count = len(pdf)
        if count == 0:
            raise ReadError(name, "damaged PDF (no pages); re-export it")
        if count > max_pages:
            from pipeline.limits import LimitExceeded, pages_reason

            raise LimitExceeded(name, pages_reason(count, max_pages))
        chunks = _chunks(count, page_jobs)
        if len(chunks) == 1:
            pages, problem = _read_chunk(pdf, 0, count, name, mode, after_table=False)
        else:
            pages, problem = _read_forked(pdf, data, name, mode, chunks)
        return pages, problem or None
    except pdfium.PdfiumError:
        raise ReadError(name, "damaged PDF (a page cannot be read); re-export it") from None
    finally:
        pdf.close()


def _read_chunk(pdf, start: int, stop: int, name: str, mode: str,
                after_table: Optional[bool]) -> tuple[list[_Page], Optional[str]]:
    """Pages ``start:stop`` (0-based) of an open ``PdfDocument``; and the OCR problem (None: not
    looked for, "": none). ``after_table``: whether the page before ``start`` has lines in
    ruled cells (a table that may go on here); None when it is not known (a chunk read by a
    page-parallel process), then the pages that depend on it keep their rulings for
    ``_resolve_cells``. A PdfiumError (a damaged page) propagates."""
    import pypdfium2.raw as raw

    pages: list[_Page] = []
    problem: Optional[str] = None
    for index in range(start, stop):
        page = pdf[index]
        try:
            read = _Page(index + 1, 0.0, [], needs_ocr=True) if mode == "always" else \
                _read_page(page, index + 1, raw)
            # a table row (a line split into cells), or a table going on from the page
            # before: find the cells from the rulings
            own_table = any(ln.cell for ln in read.lines)
            table = own_table or after_table is True
            unsure = after_table is None and not own_table and bool(read.lines)
            footnote = read.refs and any(ln.mark in read.refs for ln in read.lines)
            if table or footnote or unsure:  # rulings are read only on such pages, once
                rulings = _rulings(page, raw)
                if table:
                    _assign_cells(read.lines, rulings)
                if footnote:  # a footnote separator?
                    read.rules = tuple(y for y, _, _ in rulings[1])
                if unsure:  # cells or not: the page before decides (``_resolve_cells``)
                    read.pending_rulings = rulings
            if read.needs_ocr and mode != "never":
                if problem is None:
                    from pipeline.readers.ocr import tesseract_problem

                    problem = tesseract_problem() or ""
                if not problem:
                    read = _ocr_page(page, index + 1, name)
            pages.append(read)
        finally:
            page.close()
        if read.pending_rulings is not None:
            # unknown still, unless the rulings would give this page no cell at all
            after_table = None if _has_cells(read.lines, read.pending_rulings) else False
        else:
            after_table = any(ln.box is not None for ln in read.lines)
    return pages, problem


def _has_cells(lines: list[_Line], rulings) -> bool:
    """Whether ``_assign_cells`` would put some of ``lines`` in a ruled cell (lines unchanged)."""
    trial = [replace(ln, box=None) for ln in lines]
    _assign_cells(trial, rulings)
    return any(ln.box is not None for ln in trial)


def _resolve_cells(pages: list[_Page]) -> None:
    """After a page-parallel read: give the lines of the pages whose cells depended on the page
    before (the first pages of a chunk) their cells, in page order, as the sequential read
    does."""
    previous: Optional[_Page] = None
    for page in pages:
        if page.pending_rulings is not None:
            if previous is not None and any(ln.box is not None for ln in previous.lines):
                _assign_cells(page.lines, page.pending_rulings)
            page.pending_rulings = None
        previous = page


# --- page-parallel reading -----------------------------------------------------------------
# One long PDF is read by several processes: a ``WorkerPool`` worker has the whole file, and
# with fewer files than workers its cores would idle. The worker forks directly (it is a
# daemonic multiprocessing process, which may not start multiprocessing children); each
# child reads a contiguous chunk of the pages with the same code as the sequential read and
# sends them back pickled through a pipe. Whatever goes wrong in a child (killed, an error,
# a truncated message), the parent reads that chunk itself: the result never depends on it.

MIN_CHUNK_PAGES = 12  # fewer pages per process: a fork and a pickle cost more than they save
PARALLEL_MIN_PAGES = 2 * MIN_CHUNK_PAGES  # a shorter PDF is read in this process alone


def _chunks(count: int, page_jobs: int) -> list[tuple[int, int]]:
    """The page ranges (0-based, end exclusive) read by separate processes: ``page_jobs``
    contiguous chunks of at least ``MIN_CHUNK_PAGES`` pages, the first read by this process;
    one chunk (no fork) for a short PDF or where ``os.fork`` does not exist (Windows)."""
    jobs = min(int(page_jobs or 1), count // MIN_CHUNK_PAGES)
    if jobs < 2 or count < PARALLEL_MIN_PAGES or not hasattr(os, "fork"):
        return [(0, count)]
    size, extra = divmod(count, jobs)
    chunks, start = [], 0
    for i in range(jobs):
        stop = start + size + (1 if i >= jobs - extra else 0)  # the parent's chunk is never longer
        chunks.append((start, stop))
        start = stop
    return chunks


def _read_forked(pdf, data: bytes, name: str, mode: str,
                 chunks: list[tuple[int, int]]) -> tuple[list[_Page], Optional[str]]:
    """Read the first chunk here and each other one in a forked child; join them in page
    order. A chunk whose child could not be started or failed is read here (so its errors are
    raised here, in page order, as the sequential read raises them)."""
    children: dict[int, tuple[int, int]] = {}  # chunk -> (pid, read end of its pipe), until reaped
    try:
        for i, (start, stop) in enumerate(chunks[1:], 1):
            try:
                children[i] = _fork_chunk(data, name, mode, start, stop)
            except OSError:  # no fork (process or descriptor limit): read it here
                pass
        pages, problem = _read_chunk(pdf, *chunks[0], name, mode, after_table=False)
        problems = [problem]
        for i, (start, stop) in enumerate(chunks[1:], 1):
            got = _collect(*children.pop(i)) if i in children else None
            if got is None:
                got = _read_chunk(pdf, start, stop, name, mode, after_table=None)
            pages.extend(got[0])
            problems.append(got[1])
    finally:
        for child in children.values():  # left only when this process raised: stop and reap them
            _abandon(*child)
    _resolve_cells(pages)
    return pages, next((p for p in problems if p is not None), None)


def _fork_chunk(data: bytes, name: str, mode: str, start: int, stop: int) -> tuple[int, int]:
    """Fork a child reading pages ``start:stop``; (its pid, the read end of its pipe)."""
    import warnings

    from pipeline.parallel import watch_parent  # imported here, not in the child after the fork

    parent = os.getpid()  # taken before the fork: the child's watch cannot miss its death
    read_fd, write_fd = os.pipe()
    try:
        with warnings.catch_warnings():  # Python 3.12+ warns about forking with threads alive
            warnings.simplefilter("ignore", DeprecationWarning)
            pid = os.fork()
    except OSError:
        os.close(read_fd)
        os.close(write_fd)
        raise
    if pid == 0:  # the child: never returns into the caller's stack
        code = 1
        try:
            threading.Thread(target=watch_parent, args=(parent,), daemon=True).start()
            os.close(read_fd)
            _child_main(write_fd, data, name, mode, start, stop)
            code = 0
        except BaseException:  # noqa: BLE001 - any failure: the parent reads the chunk itself
            code = 1
        finally:
            os._exit(code)  # no atexit handlers, no inherited buffers flushed
    os.close(write_fd)
    return pid, read_fd


def _child_main(write_fd: int, data: bytes, name: str, mode: str, start: int, stop: int) -> None:
    """In a forked child: read pages ``start:stop`` from a document of its own and write
    ``(pages, OCR problem)`` pickled to ``write_fd``."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        result = _read_chunk(pdf, start, stop, name, mode, after_table=None)
    finally:
        pdf.close()
    payload = _encode(result)
    with os.fdopen(write_fd, "wb") as out:
        out.write(payload)


def _encode(result) -> bytes:
    return pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)


def _collect(pid: int, fd: int) -> Optional[tuple[list[_Page], Optional[str]]]:
    """A child's result: its pipe read to the end, then the child reaped; None when it did
    not exit cleanly or its message is not a whole, well-formed result."""
    try:
        with os.fdopen(fd, "rb") as pipe:
            payload = pipe.read()
    except OSError:
        payload = b""
    try:
        _, status = os.waitpid(pid, 0)
    except ChildProcessError:  # reaped elsewhere: its exit code is unknown
        return None
    if not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0:
        return None
    try:
        pages, problem = pickle.loads(payload)
    except Exception:  # noqa: BLE001 - truncated or garbled: read the chunk here
        return None
    if not isinstance(pages, list) or not all(isinstance(p, _Page) for p in pages) or not (
            problem is None or isinstance(problem, str)):
        return None
    return pages, problem


def _abandon(pid: int, fd: int) -> None:
    """Stop a child whose result is no longer wanted, and reap it."""
    try:
        os.kill(pid, signal.SIGKILL)
    except OSError:
        pass
    try:
        os.close(fd)
    except OSError:
        pass
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass


def _read_page(page, number: int, raw) -> _Page:
    _, height = page.get_size()
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
        text, refs = _drop_reference_marks(textpage, text, raw)
        lines: list[_Line] = []
        good = bad = 0
        start = 0
        for match in _iter_line_ends(text):
            end = match[0]
            made = _make_lines(textpage, text, start, end)
            if made and not made[0].cell and made[0].top < 0.4 * height:  # footnotes: page bottom
                mark = _FOOTNOTE_START.match(made[0].text)
                if mark:
                    made[0].mark = mark.group(1)
                    first = start + len(text[start:end]) - len(text[start:end].lstrip())
                    made[0].raised = _is_superscript(textpage, raw, first, first + len(mark.group(1)))
            for line in made:
                n_bad = len(_BAD.findall(line.text))
                bad += n_bad
                good += len(line.text.replace(" ", "")) - n_bad
                lines.append(line)
            start = match[1]
    finally:
        textpage.close()
    unusable = good < MIN_PAGE_CHARS and (bad > 0 or _has_graphics(page, raw))
    if bad > GARBAGE_SHARE * max(good + bad, 1) or unusable:
        return _Page(number, height, [], needs_ocr=True)
    for line in lines:
        line.text = _BAD.sub("", line.text)
    return _Page(number, height, [ln for ln in lines if ln.text.strip()], refs=refs)


# A footnote reference: a number (or ① *) right after a Chinese character or punctuation and
# before punctuation, a space or the line end; it is dropped when it is a superscript.
# (The character before is checked apart: a pattern starting with a plain character class
# scans a page twice as fast as one starting with a look-behind.)
_REFERENCE_CANDIDATE = re.compile(rf"[0-9①-⑳*][0-9]?(?=[\s{_CJK_PUNCT},.;:!?)]|$)")
_BEFORE_REFERENCE = re.compile(rf"[{_CJK}{_CJK_PUNCT}]")
# A footnote's first line: its mark, then text (not a list number: 1. 1、 (1) 1.5).
_FOOTNOTE_START = re.compile(r"^(\d{1,2}|[①-⑳*])(?![\d.．、,，:：)）%])\s*[^\s\d.．、,，:：)）%]")


def _is_superscript(textpage, raw, start: int, end: int) -> bool:
    """Whether ``start:end`` is set smaller than the character beside it (before it, or after
    it at a line's start) and raised above that character's baseline."""
    import ctypes

    count = raw.FPDFText_CountChars(textpage.raw)
    other = start - 1 if start > 0 and not textpage.get_text_range(start - 1, 1).isspace() else end
    while other < count and textpage.get_text_range(other, 1).isspace():
        other += 1
    if other >= count or other < 0:
        return False
    size = raw.FPDFText_GetFontSize(textpage.raw, start)
    beside = raw.FPDFText_GetFontSize(textpage.raw, other)
    if not 0 < size < 0.8 * beside:
        return False
    x, y_mark, y_beside = ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    if not (raw.FPDFText_GetCharOrigin(textpage.raw, start, x, y_mark)
            and raw.FPDFText_GetCharOrigin(textpage.raw, other, x, y_beside)):
        return False
    return y_mark.value - y_beside.value > 0.15 * beside


def _drop_reference_marks(textpage, text: str, raw) -> tuple[str, frozenset]:
    """The page text with superscript footnote references ("……签字¹，") blanked out (the .docx
    reader does not give them either), and the marks found."""
    refs = set()
    for match in _REFERENCE_CANDIDATE.finditer(text):
        start, end = match.span()
        if start and _BEFORE_REFERENCE.match(text, start - 1) and _is_superscript(textpage, raw, start, end):
            refs.add(match.group())
            text = text[:start] + " " * (end - start) + text[end:]
    return text, frozenset(refs)


def _ocr_page(page, number: int, name: str) -> _Page:
    from pipeline.readers.ocr import ocr_pdf_page

    try:
        lines, height = ocr_pdf_page(page, name)
    except NeedsOCR:
        raise
    except ReadError as exc:  # this page only: a timeout or a Tesseract failure
        return _Page(number, 0.0, [], note=f"page {number}: {exc.reason}")
    if not lines:
        return _Page(number, height, [], note=f"page {number}: OCR found no text")
    return _Page(number, height, lines)


def _iter_line_ends(text: str):
    for match in _LINE_SPLIT.finditer(text):
        yield match.start(), match.end()
    yield len(text), len(text)


CELL_GAP = 0.7  # a horizontal gap of this many line heights inside a text line separates cells
_LATIN = re.compile(r"[A-Za-z]")
_SPACE_RUN = re.compile(r"\s+")  # a wide gap between two Latin words is a justified space


def _make_lines(textpage, text: str, start: int, end: int) -> list[_Line]:
    """The line(s) of ``text[start:end]``, one text line as PDFium reports it.

    PDFium puts a space where it sees a gap between text objects. Two cases need the
    characters' positions, so they are looked at only around such spaces (cheap; most lines
    of Chinese text have none):

    * cells of a table row on one baseline ("序号 问题表现", "1 县财政局……") come as one line;
      a gap wider than ``CELL_GAP`` line heights splits it into one line per cell, so a cell is
      a paragraph as in a .docx, not glued to its neighbour (not after a list label such as
      "一、" followed by Word's tab, not between two Latin letters, not when no piece is longer
      than two characters: a letter-spaced title);
    * a printer may draw some characters of a line (quotes in a fallback font) after the rest:
      "（一） 三重一大 决策制度执行不严 “ ”". When the text runs backwards at a space, the
      line's characters are put back in their left-to-right order.
    """
    segment = text[start:end]
    split = None
    if " " in segment.strip() and _gap_or_backwards(textpage, segment, start):
        split = _split_by_position(textpage, segment, start, end)
    if split is not None:
        return split
    line = _make_line(textpage, segment, start)
    return [line] if line is not None else []


def _split_by_position(textpage, segment: str, start: int, end: int) -> list[_Line] | None:
    """``_make_lines`` for a line with a wide gap or a backward jump: its cells, or its
    characters in reading order; None when the positions say the line is one line after all."""
    boxes = _char_boxes(textpage, start, end)
    if boxes is None:
        return None
    visible = [i for i in range(end - start) if not segment[i].isspace() and boxes[i][2] > boxes[i][0]]
    if len(visible) < 2:
        return None
    heights = sorted(boxes[i][3] - boxes[i][1] for i in visible)
    height = max(heights[len(heights) // 2], 1.0)
    backwards = any(boxes[b][0] < boxes[a][2] - 0.5 * height and segment[a + 1:b].isspace()
                    for a, b in zip(visible, visible[1:]) if b > a + 1)
    if backwards:  # put the characters back in reading order (by their left edges)
        visible.sort(key=lambda i: boxes[i][0])
    cells: list[list[int]] = [[visible[0]]]
    for a, b in zip(visible, visible[1:]):
        if boxes[b][0] - boxes[a][2] > CELL_GAP * height and not (
                _LIST_LABEL.match("".join(segment[i] for i in cells[-1]))
                or (_LATIN.match(segment[a]) and _LATIN.match(segment[b]))):
            cells.append([b])
        else:
            cells[-1].append(b)
    if len(cells) > 1 and max(len(c) for c in cells) <= 2:  # letter-spaced: "通  报", "巡 察 报 告"
        cells = [[i for c in cells for i in c]]
    if not backwards and len(cells) == 1:
        return None
    lines = []
    for cell in cells:
        chars = []
        for a, b in zip(cell, cell[1:] + [None]):
            chars.append(segment[a])
            if b is not None and boxes[b][0] - boxes[a][2] > 0.25 * height:
                chars.append(" ")  # a word space (Latin text); dropped between Chinese later
        line = _line_from("".join(chars), boxes[cell[0]], boxes[cell[-1]])
        if line is not None:
            line.cell = len(cells) > 1
            lines.append(line)
    return lines


def _gap_or_backwards(textpage, segment: str, start: int) -> bool:
    """Whether the text around some space of the line jumps back or leaves a gap wider than
    a cell gap: only the characters next to spaces are looked at (most lines need no more)."""
    for match in _SPACE_RUN.finditer(segment.strip()):
        offset = len(segment) - len(segment.lstrip())
        a, b = offset + match.start() - 1, offset + match.end()
        try:
            la, ba, ra, ta = textpage.get_charbox(start + a, loose=True)
            lb, _, _, _ = textpage.get_charbox(start + b, loose=True)
        except Exception:  # noqa: BLE001 - geometry is a hint
            return False
        height = max(ta - ba, 1.0)
        if lb < ra - 0.5 * height or lb - ra > CELL_GAP * height:
            return True
    return False


def _char_boxes(textpage, start: int, end: int) -> list[tuple[float, float, float, float]] | None:
    """(left, bottom, right, top) of each character of ``start:end``; None if PDFium fails."""
    try:
        return [textpage.get_charbox(i, loose=True) for i in range(start, end)]
    except Exception:  # noqa: BLE001 - geometry is a hint; keep the text as it comes
        return None


def _line_from(text: str, first, last) -> _Line | None:
    """A line of ``text`` (junk and layout spaces removed) spanning the boxes (left, bottom,
    right, top) of its first and last characters; None if nothing is left."""
    clean = _JUNK.sub("", text.strip())
    clean = _SPACE_CJK_LATIN.sub("", _SPACE_BETWEEN_CJK.sub("", clean))
    if not clean.strip():
        return None
    l0, b0, r0, t0 = first
    l1, b1, r1, t1 = last
    return _Line(clean, min(l0, l1), max(r0, r1), max(t0, t1), min(b0, b1))


def _make_line(textpage, segment: str, offset: int) -> _Line | None:
    stripped = segment.strip()
    if not stripped:
        return None
    first = offset + (len(segment) - len(segment.lstrip()))
    last = offset + len(segment.rstrip()) - 1
    try:
        first_box = textpage.get_charbox(first, loose=True)
        last_box = textpage.get_charbox(last, loose=True)
    except Exception:  # noqa: BLE001 - geometry is a hint; keep the text
        first_box = last_box = (0.0, 0.0, 0.0, 0.0)
    return _line_from(stripped, first_box, last_box)


RULE_WIDTH = 3.0  # a path this thin (pt) and longer than that is a table ruling


def _rulings(page, raw) -> tuple[list[tuple[float, float, float]], list[tuple[float, float, float]]]:
    """The page's vertical rulings (x, bottom, top) and horizontal rulings (y, left, right):
    thin path objects (lines, or rectangles filled as lines) and the edges of small
    rectangles (a cell drawn as a box). Only read on pages with a table row (a text line
    split into cells), so other pages do not pay for walking their objects."""
    import ctypes

    verticals: list[tuple[float, float, float]] = []
    horizontals: list[tuple[float, float, float]] = []
    l, b, r, t = (ctypes.c_float() for _ in range(4))
    handle = page.raw
    for j in range(raw.FPDFPage_CountObjects(handle)):
        obj = raw.FPDFPage_GetObject(handle, j)
        if raw.FPDFPageObj_GetType(obj) != raw.FPDF_PAGEOBJ_PATH:
            continue
        if not raw.FPDFPageObj_GetBounds(obj, l, b, r, t):
            continue
        x0, y0, x1, y1 = l.value, b.value, r.value, t.value
        if x1 - x0 <= RULE_WIDTH and y1 - y0 > RULE_WIDTH:
            verticals.append(((x0 + x1) / 2, y0, y1))
        elif y1 - y0 <= RULE_WIDTH and x1 - x0 > RULE_WIDTH:
            horizontals.append(((y0 + y1) / 2, x0, x1))
        else:
            segments = raw.FPDFPath_CountSegments(obj)
            if 0 < segments <= 6:  # a rectangle: its four edges
                verticals += [(x0, y0, y1), (x1, y0, y1)]
                horizontals += [(y0, x0, x1), (y1, x0, x1)]
            elif segments > 6:  # a whole grid drawn as one path
                _grid_segments(obj, segments, raw, verticals, horizontals)
    return verticals, horizontals


def _grid_segments(obj, count: int, raw, verticals: list, horizontals: list) -> None:
    """The horizontal and vertical straight segments of one path (in page space)."""
    import ctypes

    matrix = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(obj, matrix):
        return
    x, y = ctypes.c_float(), ctypes.c_float()
    previous = None
    for k in range(count):
        segment = raw.FPDFPath_GetPathSegment(obj, k)
        if not segment or not raw.FPDFPathSegment_GetPoint(segment, x, y):
            return
        kind = raw.FPDFPathSegment_GetType(segment)
        point = (matrix.a * x.value + matrix.c * y.value + matrix.e,
                 matrix.b * x.value + matrix.d * y.value + matrix.f)
        if kind == raw.FPDF_SEGMENT_LINETO and previous is not None:
            (ax, ay), (bx, by) = previous, point
            if abs(ax - bx) <= RULE_WIDTH and abs(ay - by) > RULE_WIDTH:
                verticals.append(((ax + bx) / 2, min(ay, by), max(ay, by)))
            elif abs(ay - by) <= RULE_WIDTH and abs(ax - bx) > RULE_WIDTH:
                horizontals.append(((ay + by) / 2, min(ax, bx), max(ax, bx)))
        previous = point


def _assign_cells(lines: list[_Line], rulings) -> None:
    """Give each line the ruled cell it sits in (the nearest rulings on its four sides)."""
    verticals, horizontals = rulings
    if len(verticals) < 2 or len(horizontals) < 2:
        return
    for line in lines:
        ymid = (line.top + line.bottom) / 2
        xmid = (line.x0 + line.x1) / 2
        slack = 0.25 * line.height
        lefts = [x for x, lo, hi in verticals if lo <= ymid <= hi and x <= line.x0 + slack]
        rights = [x for x, lo, hi in verticals if lo <= ymid <= hi and x >= line.x1 - slack]
        tops = [y for y, lo, hi in horizontals if lo <= xmid <= hi and y >= ymid]
        bottoms = [y for y, lo, hi in horizontals if lo <= xmid <= hi and y <= ymid]
        if lefts and rights and tops and bottoms:
            line.box = (round(max(lefts), 1), round(min(rights), 1), round(min(tops), 1), round(max(bottoms), 1))


def _has_graphics(page, raw) -> bool:
    kinds = (raw.FPDF_PAGEOBJ_IMAGE, raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_SHADING, raw.FPDF_PAGEOBJ_FORM)
    for _ in page.get_objects(filter=kinds, max_depth=1):
        return True
    return False


# --- running headers, footers and page numbers -------------------------------------------

def _edge_lines(page: _Page, k: int = 2) -> tuple[list[int], list[int]]:
    """Indexes of the k top-most and the k bottom-most lines (by position, not stream order)."""
    order = sorted(range(len(page.lines)), key=lambda i: -page.lines[i].top)
    return order[:k], order[::-1][:k]


def _normalized(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def _drop_headers_and_page_numbers(pages: list[_Page]) -> None:
    with_text = [p for p in pages if p.lines]
    counts: dict[tuple[str, str], int] = {}
    edges = {}
    for page in with_text:
        top, bottom = _edge_lines(page)
        edges[page.number] = (top, bottom)
        seen = set()
        for where, indexes in (("top", top), ("bottom", bottom)):
            for i in indexes:
                seen.add((where, _normalized(page.lines[i].text)))
        for key in seen:
            counts[key] = counts.get(key, 0) + 1
    threshold = max(2, (len(with_text) + 1) // 2)
    running = {key for key, n in counts.items() if n >= threshold}
    for page in with_text:
        top, bottom = edges[page.number]
        drop = set()
        for where, indexes in (("top", top), ("bottom", bottom)):
            for i in indexes:  # outermost first; stop at the first line that stays
                line = page.lines[i]
                in_margin = (
                    line.bottom > page.height * 0.8 if where == "top" else line.top < page.height * 0.2
                )
                if (where, _normalized(line.text)) in running or (
                    in_margin and _PAGE_NUMBER.match(line.text)
                ) or (line.confidence is not None and _like_running(where, line.text, running)):
                    drop.add(i)
                else:
                    break
        if drop:
            page.lines = [ln for i, ln in enumerate(page.lines) if i not in drop]


def _like_running(where: str, text: str, running: set) -> bool:
    """An OCR line that differs from a running header or footer by a misread character or two."""
    from difflib import SequenceMatcher

    key = _normalized(text)
    return any(
        w == where and abs(len(r) - len(key)) <= max(2, len(r) // 5)
        and SequenceMatcher(None, r, key, autojunk=False).ratio() >= 0.8
        for w, r in running
    )


def _drop_footnotes(pages: list[_Page]) -> None:
    """Drop footnotes: from a line in the lower part of a page that starts with a footnote mark
    (1 ① *) followed by text, down to the page's end, when the mark is a superscript and the
    line is set smaller than the body, or when the mark is the mark of a superscript reference
    dropped from this page's text and the line is set apart from the text above it: at the
    left edge, below a separator rule or a gap wider than the line pitch (so that a wrapped
    body line starting with that number stays). The .docx reader skips footnotes."""
    heights = [ln.height for p in pages for ln in p.lines]
    if not heights:
        return
    em = median(heights)
    for page in pages:
        if not any(ln.mark for ln in page.lines):
            continue
        tops = sorted((ln.top for ln in page.lines), reverse=True)
        steps = sorted(a - b for a, b in zip(tops, tops[1:]) if a > b)
        pitch = steps[len(steps) // 4] if steps else em  # the line pitch inside paragraphs
        left = min(ln.x0 for ln in page.lines)

        def set_apart(line: _Line) -> bool:
            """At the left edge, and below a separator rule or a gap wider than the pitch."""
            if line.x0 > left + 0.5 * em:
                return False
            above = [ln for ln in page.lines if ln.top > line.top]
            if not above:
                return True
            upper = min(above, key=lambda ln: ln.top)
            return upper.top - line.top > 1.2 * pitch or any(
                line.top < y < upper.bottom for y in page.rules)

        starts = [ln for ln in page.lines if ln.mark and ln.top < 0.4 * page.height and (
            (ln.raised and ln.height < 0.85 * em) or (ln.mark in page.refs and set_apart(ln)))]
        if starts:
            top = max(ln.top for ln in starts)
            page.lines = [ln for ln in page.lines if ln.top > top]


# --- tables without rulings ------------------------------------------------------------------
# WPS and many government PDFs draw a table with no rulings (or only the header's rule): no
# cell comes from ``_assign_cells``. The columns are then read off the rows themselves, and
# each line of the table gets a box (column's left and right, row piece's top and bottom) as
# a ruled cell would, so ``_paragraphs`` joins a cell's wrapped lines the same way.

_ITEM_NUMBER = re.compile(r"^(?:\d{1,3}|[一二三四五六七八九十百]+)[、.．]?$")  # a 序号 cell: a new row
STEP_LIMIT = 2.5  # a table line lies at most this many line heights below the one above it


@dataclass
class _Block:
    """A table without rulings being read: its columns (mutable [left, right] extents) and its
    baselines in reading order, each ``(page number, [(column, line)])``."""
    columns: list
    baselines: list
    rows: int = 1  # baselines with two cells or more


def _unruled_tables(pages: list[_Page]) -> None:
    """Give the lines of tables without rulings the cells a ruled table's lines get.

    On a page with a table row split into cells (``_Line.cell``) that no ruling put in a cell,
    the lines are grouped by baseline, top down. A baseline with two pieces or more, one of
    them a split cell, starts a table: its pieces' extents are the first columns. Each
    following baseline belongs to the table when it lies close under the one before (a table
    running to a page's bottom goes on at the next page's top) and each of its pieces overlaps
    exactly one column (a baseline of several pieces may widen a column or add one); a line
    alone on its baseline must also start at its column's left edge and be no wider than the
    column (a wrapped line of a cell), and not be a heading in the first column. Anything
    else ends the table: body text after it spans the columns. A table needs two baselines of
    several pieces, and three columns or, with two, a narrow first column (序号 | 问题): a page
    set in two columns of text stays as it reads without this."""
    block: Optional[_Block] = None
    for page in pages:
        if block is None and not any(ln.cell and ln.box is None for ln in page.lines):
            continue
        if not page.lines or any(ln.confidence is not None for ln in page.lines):
            _finish_block(block)  # a blank or OCR page ends a table
            block = None
            continue
        last_top: Optional[float] = None  # the block's last baseline on this page
        for base in _baselines(page.lines):
            if block is not None:
                placed = _place(block, base, last_top)
                if placed is not None:
                    block.baselines.append((page.number, placed))
                    block.rows += len(base) > 1
                    last_top = base[0].top
                    continue
                _finish_block(block)
                block = None
            if len(base) > 1 and any(ln.cell for ln in base) and _apart(base) and all(
                    ln.box is None for ln in base):
                columns = [[ln.x0, ln.x1] for ln in base]
                block = _Block(columns, [(page.number, list(zip(columns, base)))])
                last_top = base[0].top
        # a block still open here ends the page: it may go on at the next page's top
    _finish_block(block)


def _baselines(lines: list[_Line]) -> list[list[_Line]]:
    """The lines grouped by baseline (tops within 0.4 line heights), top down, each left to
    right."""
    out: list[list[_Line]] = []
    for line in sorted(lines, key=lambda ln: -ln.top):
        if out and out[-1][0].top - line.top <= 0.4 * min(out[-1][0].height, line.height):
            out[-1].append(line)
        else:
            out.append([line])
    for base in out:
        base.sort(key=lambda ln: ln.x0)
    return out


def _apart(base: list[_Line]) -> bool:
    """Whether the pieces of a baseline stand apart as cells (a cell gap between each two)."""
    return all(b.x0 - a.x1 >= CELL_GAP * max(a.height, b.height) for a, b in zip(base, base[1:]))


def _place(block: _Block, base: list[_Line], last_top: Optional[float]):
    """The baseline's lines with their columns, the block's columns widened or added to as
    they say; None (the block unchanged) when the baseline is not part of the table."""
    h = median(ln.height for ln in base)
    if any(ln.box is not None for ln in base):
        return None
    if last_top is not None and last_top - base[0].top > STEP_LIMIT * h:
        return None
    several = len(base) > 1
    if several and not _apart(base):
        return None
    placed = []
    for line in base:
        hits = [c for c in block.columns if line.x0 < c[1] and line.x1 > c[0]]
        if len(hits) > 1 or (not hits and not several):
            return None
        if not several:
            left, right = hits[0]
            if not (left - 0.5 * h <= line.x0 <= left + h and line.x1 <= right + h):
                return None
            if hits[0] is block.columns[0] and _HEADING.match(line.text):
                return None  # a heading at the margin after the table
        placed.append((hits[0] if hits else None, line))
    extents = {id(c): list(c) for c in block.columns}  # the columns widened, tried first
    added = []
    for column, line in placed:
        if column is None:
            added.append([line.x0, line.x1])
        else:
            extent = extents[id(column)]
            extent[0], extent[1] = min(extent[0], line.x0), max(extent[1], line.x1)
    trial = sorted([*extents.values(), *added], key=lambda c: c[0])
    if any(a[1] + 0.5 * h > b[0] for a, b in zip(trial, trial[1:])):
        return None  # the columns would run into each other
    for column in block.columns:  # the same objects: the lines placed before refer to them
        column[:] = extents[id(column)]
    new = iter(added)
    result = [(column if column is not None else next(new), line) for column, line in placed]
    block.columns = sorted(block.columns + added, key=lambda c: c[0])
    return result


def _finish_block(block: Optional[_Block]) -> None:
    """Cut a finished table into cells and rows and give its lines their cells' boxes; nothing
    when it is not a table after all (see ``_unruled_tables``).

    In each column a line goes on from the column's line above as in a ruled cell
    (``_continues_cell``: the line above filled the column), except an item number (序号),
    and except after a sentence end when another column starts a cell on the same baseline
    (a new row); otherwise it starts a paragraph (``starts_cell``). A row is a run of
    baselines that the cells' lines overlap: a 序号 set in the middle of its row (vertically
    centred) stays in the row. Its lines on one page get one box per column, as a ruled row
    broken by a page break does, and ``_paragraphs`` joins a cell's lines within its box and
    from the last row of one page to the first of the next."""
    if block is None or block.rows < 2 or len(block.columns) < 2:
        return
    columns = block.columns
    width = columns[-1][1] - columns[0][0]
    if len(columns) == 2 and columns[0][1] - columns[0][0] > 0.35 * width:
        return  # two columns of text, or a table too like them to tell
    em = median(ln.height for _, placed in block.baselines for _, ln in placed)
    index = {id(c): k for k, c in enumerate(columns)}
    boxes = [(round(c[0], 1), round(c[1] + 0.4 * em, 1)) for c in columns]
    last_on_page = {}  # page number -> index of the block's last baseline on it
    for i, (number, _) in enumerate(block.baselines):
        last_on_page[number] = i
    spans: list[list[int]] = []  # each cell paragraph's first and last baseline
    open_cells: dict[int, tuple[_Line, int, int]] = {}  # column -> (last line, its baseline, span)
    for i, (number, placed) in enumerate(block.baselines):
        items = sorted(((index[id(c)], ln) for c, ln in placed), key=lambda item: item[0])
        links = {}
        for k, line in items:
            held = open_cells.get(k)
            links[k] = False
            if held is None or _ITEM_NUMBER.match(line.text):
                continue
            above, where, _ = held
            page = block.baselines[where][0]
            if page != number and where != last_on_page[page]:
                continue  # across a page break only from the previous page's last baseline
            links[k] = _continues_cell(above, line, boxes[k], across_pages=page != number)
        starts = {k for k, _ in items if not links[k]}
        for k, line in items:
            if links[k] and _ENDS_PARAGRAPH.search(open_cells[k][0].text) and starts - {k}:
                links[k] = False
                starts.add(k)
        for k, line in items:
            if k in starts:
                line.starts_cell = True
                spans.append([i, i])
                open_cells[k] = (line, i, len(spans) - 1)
            else:
                span = open_cells[k][2]
                spans[span][1] = i
                open_cells[k] = (line, i, span)
    row_of = [0] * len(block.baselines)  # rows: runs of baselines the cells' spans overlap
    row, reach = -1, -1
    for first, last in sorted(spans):
        if first > reach:
            row += 1
        reach = max(reach, last)
        for i in range(first, last + 1):
            row_of[i] = row
    pieces: dict[tuple[int, int], list[tuple[int, _Line]]] = {}  # (row, page) -> its lines
    for i, (number, placed) in enumerate(block.baselines):
        for column, line in placed:
            pieces.setdefault((row_of[i], number), []).append((index[id(column)], line))
    for lines in pieces.values():
        top = round(max(ln.top for _, ln in lines), 1)
        bottom = round(min(ln.bottom for _, ln in lines), 1)
        for k, line in lines:
            line.box = boxes[k] + (top, bottom)


# --- paragraphs ----------------------------------------------------------------------------

@dataclass
class _Layout:
    left: float
    right: float
    em: float
    pitch: float
    indented: bool = False  # paragraphs start with an indented first line (首行缩进)
    spaced: bool = False  # paragraphs are separated by extra space


def _layout(lines: list[_Line], fallback: _Layout | None = None) -> _Layout | None:
    if len(lines) < 4:
        return fallback
    em = median(ln.height for ln in lines)
    left = _left_margin([round(ln.x0) for ln in lines])
    rights = sorted(ln.x1 for ln in lines)
    right = rights[int(0.9 * (len(rights) - 1))]
    gaps = [
        a.bottom - b.top + (a.top - a.bottom)
        for a, b in zip(lines, lines[1:])
        if 0 < a.top - b.top < 4 * em
    ]
    pitch = median(gaps) if gaps else 1.5 * em
    indents = sum(1 for ln in lines if 1.2 * em <= ln.x0 - left <= 3.5 * em and ln.x1 >= right - 1.5 * em)
    spaced = sum(1 for g in gaps if g > GAP_FACTOR * pitch)
    enough = max(2, 0.03 * len(lines))
    return _Layout(left, right, em, pitch, indented=indents >= enough, spaced=spaced >= enough)


def _left_margin(lefts: list[int]) -> float:
    """The text's left margin: the leftmost line start that many lines share.

    Not simply the most common start: in a report of short paragraphs (one or two lines each,
    with a 首行缩进 first line) the indented first lines outnumber the lines at the margin,
    and taking their start for the margin would hide every indent (and join paragraphs).
    A start counts when a fifth as many lines share it as the most common one (±1 pt), so a
    stray line further left (a hanging number, a wide table) does not move the margin.
    """
    counts = {v: sum(1 for x in lefts if abs(x - v) <= 1) for v in set(lefts)}
    top = max(counts.values())
    enough = min(top, max(2, 0.2 * top))
    return float(min(v for v, n in counts.items() if n >= enough))


def _paragraphs(pages: list[_Page]) -> list[RawParagraph]:
    all_lines = [ln for p in pages for ln in p.lines]
    doc_layout = _layout(all_lines) or _Layout(0.0, 1e9, 12.0, 18.0)
    by_parity = {}
    for parity in (0, 1):
        lines = [ln for p in pages if p.number % 2 == parity for ln in p.lines]
        layout = _layout(lines, doc_layout)
        if layout is not None:
            layout.indented, layout.spaced = doc_layout.indented, doc_layout.spaced
            # few lines at the margin (short paragraphs after a long first page): where some
            # line of these pages starts at the document's margin, that is their margin too
            if layout.left > doc_layout.left + 0.5 * layout.em and any(
                    abs(ln.x0 - doc_layout.left) <= 1 for ln in lines):
                layout.left = doc_layout.left
        by_parity[parity] = layout
    out: list[tuple[list[str], int, list[_Line]]] = []  # (parts, page, OCR lines)
    carried: dict[tuple, tuple[int, _Line]] = {}  # the previous page's last table row, by column
    open_paragraph = False  # the last paragraph may continue on the next page
    for page in pages:
        layout = by_parity[page.number % 2] or doc_layout
        prev: _Line | None = None
        cells: dict[tuple, tuple[int, _Line]] = {}  # ruled cell -> (its last paragraph, last line)
        # A table row broken by the page break: the cells of the page's first row continue
        # the cells of the previous page's last row in the same columns.
        first_row = None
        if page.lines and _is_cell(page.lines[0].box, doc_layout):
            first_row = max(ln.box[2] for ln in page.lines if ln.box is not None)
            # ... unless the row's first column has text of its own: a new row starts there
            # (its 序号); a row broken by the page leaves that column empty on the new page
            if carried:
                first_column = min(carried)
                if any(ln.box is not None and ln.box[2] == first_row and ln.box[:2] == first_column
                       for ln in page.lines):
                    carried = {}
        for line in page.lines:
            box = line.box if _is_cell(line.box, doc_layout) else None
            if box is not None:  # a table cell: its lines may come after other cells' lines
                held, across = cells.get(box), False
                if held is None and box[2] == first_row:
                    held = carried.get(box[:2])
                    across = held is not None
                if held is not None and not line.starts_cell and _continues_cell(
                        held[1], line, box, across_pages=across):
                    parts = out[held[0]][0]
                    parts.append(_joiner(parts[-1], line.text) + line.text)
                    cells[box] = (held[0], line)
                    prev = line
                    continue
                starts = True
            elif prev is not None and _is_cell(prev.box, doc_layout):
                starts = True  # the first line after a table
            else:
                starts = _starts_paragraph(line, prev, layout) if prev else (
                    not open_paragraph or _starts_paragraph(line, None, layout)
                )
            if starts or not out:
                out.append(([line.text], page.number, []))
            else:
                parts = out[-1][0]
                parts.append(_joiner(parts[-1], line.text) + line.text)
            if box is not None:
                cells[box] = (len(out) - 1, line)
            if line.confidence is not None:
                out[-1][2].append(line)
            prev = line
        carried = {}
        if prev is not None and _is_cell(prev.box, doc_layout):
            last_row = min(box[3] for box in cells)
            carried = {box[:2]: held for box, held in cells.items() if box[3] == last_row}
        if prev is not None:
            # No gap can be seen across a page break: there a sentence end closes the paragraph
            # unless the document indents its paragraphs (the next page's first line decides).
            open_paragraph = not (
                _ends_paragraph(prev, layout)
                or (not layout.indented and _ENDS_PARAGRAPH.search(prev.text))
            )
    result = []
    for parts, page_number, ocr_lines in out:
        text = "".join(parts).strip()
        if not text:
            continue
        if ocr_lines:
            from pipeline.readers.ocr import pair_quotes

            weight = sum(len(ln.text) for ln in ocr_lines) or 1
            confidence = sum(ln.confidence * len(ln.text) for ln in ocr_lines) / weight
            result.append(RawParagraph(pair_quotes(text), page=page_number, ocr=True,
                                       ocr_confidence=round(confidence, 4)))
        else:
            result.append(RawParagraph(text, page=page_number))
    return result


def _is_cell(box, layout: _Layout) -> bool:
    """A ruled cell narrower than the document's text: a frame around the text is no table."""
    return box is not None and box[1] - box[0] < 0.9 * (layout.right - layout.left)


def _continues_cell(last: _Line, line: _Line, box, across_pages: bool = False) -> bool:
    """Whether ``line`` continues the paragraph whose last line is ``last`` in the same ruled
    cell: it is the next line down and ``last`` filled the cell's width (a few characters'
    slack, as for body lines, but at most a third of a narrow column), unless ``last``
    ends a sentence short of the edge or ``line`` starts a numbered item after a sentence end.
    Wrapped lines of a cell start at the column's left edge, which for the page looks like an
    indent; a cell holding several paragraphs keeps them apart as the .docx reader does."""
    h = max(last.height, 1.0)
    step = last.top - line.top
    if not across_pages and not 0.3 * h < step <= 2.2 * h:
        return False
    right = box[1] - 0.4 * h  # the cell's text edge, inside its padding
    if last.x1 < right - min(4 * h, 0.3 * (box[1] - box[0])):
        return False
    ends = _ENDS_PARAGRAPH.search(last.text)
    if ends and (last.x1 < right - 1.5 * h or _HEADING.match(line.text)):
        return False
    return True


def _ends_paragraph(line: _Line, layout: _Layout) -> bool:
    """Whether a paragraph ends with this line.

    Lines inside a paragraph stop up to a few characters short of the right margin when the
    next word is a number or a character that may not start a line (2023, 元。), so only a
    line clearly short (4 em) ends a paragraph by its length alone. When the document marks
    paragraphs by indenting their first line, the indent of the next line decides the rest;
    the same when it separates paragraphs by extra space (then the gap decides); otherwise a
    line ending in 。！？；： ends its paragraph.
    """
    if line.x1 < layout.right - 4 * layout.em:
        return True
    if layout.indented or layout.spaced:
        return False
    return bool(_ENDS_PARAGRAPH.search(line.text))


def _starts_paragraph(line: _Line, prev: _Line | None, layout: _Layout) -> bool:
    if line.cell or _HEADING.match(line.text):  # a table cell is a paragraph, as in a .docx
        return True
    if prev is not None and _continues_title(prev, line, layout):
        return False
    if line.x0 > layout.left + 0.8 * layout.em:  # indented first line, or centred
        return True
    if prev is None:
        return False
    if _ends_paragraph(prev, layout):
        return True
    step = prev.top - line.top
    if step > GAP_FACTOR * layout.pitch or step < -layout.em:  # a gap, or a jump back up (new column)
        return True
    return False


def _continues_title(prev: _Line, line: _Line, layout: _Layout) -> bool:
    """A title wrapped over centred lines: ``line`` is centred right under ``prev``, a centred
    line as wide as a centred line can be, in the same font size, and neither ends with
    sentence punctuation.

    The right margin is not needed (on a page with a table its estimate is off): a full
    centred line leaves less than a character or so on either side, so it starts within
    1.2 of its characters of the left margin, and the next line is centred on the same axis.
    A body line's first-line indent is two characters, and a line at the margin in the body's
    size is a body line."""
    size = prev.height
    gap = prev.x0 - layout.left  # first: most lines fail here (at the margin, or indented)
    if gap > 1.2 * size or (gap < 0.25 * layout.em and size < 1.1 * layout.em):
        return False
    h = max(size, line.height)
    if abs(size - line.height) > 0.15 * h:
        return False
    step = prev.top - line.top
    if not 0 < step <= 2 * h:
        return False
    if abs((prev.x0 + prev.x1) / 2 - (line.x0 + line.x1) / 2) > 0.5 * layout.em:
        return False
    return not (_ENDS_PARAGRAPH.search(prev.text) or _ENDS_PARAGRAPH.search(line.text))
