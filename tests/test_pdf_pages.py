"""Tests for page-parallel PDF reading (``pdf.read_pdf(..., page_jobs=n)``): forked children
read contiguous chunks of the pages, and the result equals the sequential read exactly, also
when a ruled table goes on across a chunk boundary, when a child dies, and when a page is
damaged; short PDFs are read without a fork; ``ingest`` gives each file the cores left over."""
from __future__ import annotations

import itertools
import os
import signal
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
sys.path.insert(0, str(TESTS))
sys.path.insert(0, str(TESTS.parent))

import hostile  # noqa: E402
from pipeline.errors import NeedsOCR, ReadError  # noqa: E402
from pipeline.readers import pdf  # noqa: E402

COLUMNS = (72, 112, 292, 472)
HEADER_ROW = ("序号", "问题表现", "整改措施")
FINDING = ("县农技推广站以虚开发票方式套取项目资金3.2万元，财务审核把关不严，相关凭证未按规定归档，"
           "报销单据无经办人和验收人签字。")
MEASURE = "全额追回被套取资金，对相关责任人严肃问责。"


def _wrap(text: str, width: int) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)]


def _report_pdf(path: Path, count: int, breaks=(), chain: bool = False, blank=()) -> Path:
    """``count`` pages of 12 pt body paragraphs (first lines indented two characters) with
    ``- N -`` page numbers. For each 0-based page index ``b`` in ``breaks``, a ruled 问题清单
    starts at the bottom of page ``b - 1`` and its finding cell goes on at the top of page
    ``b`` (with ``chain``, page ``b`` holds only that piece and the cell goes on again at the
    top of page ``b + 1``). Pages in ``blank`` hold only drawn shapes (a scan: needs OCR)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    texts = itertools.cycle(hostile.chinese_paragraphs(60, seed=5))
    lines = _wrap(FINDING, 14)
    pieces = {}  # page index -> the finding's lines at its top
    starts = set()  # page indexes whose bottom starts the table
    for b in breaks:
        starts.add(b - 1)
        if chain:
            pieces[b], pieces[b + 1] = lines[2:4], lines[4:]
        else:
            pieces[b] = lines[2:]
    c = canvas.Canvas(str(path))

    def row(top: float, cells: list, header_above: bool) -> float:
        return hostile.draw_ruled_row(c, COLUMNS, top, cells, header_above)

    for index in range(count):
        c.setFont("STSong-Light", 12)
        if index in blank:
            c.setFillGray(0.4)
            c.rect(72, 400, 300, 200, fill=1)
            c.showPage()
            continue
        y = 780.0
        if index in pieces:
            y = row(y, [[], pieces[index], []], header_above=False) - 30
            if chain and index + 1 in pieces:  # the piece fills the page
                c.drawCentredString(297, 30, f"- {index + 1} -")
                c.showPage()
                continue
        floor = 420  # half a page of text: enough for the layout, and fast to read
        while y > floor + 18:
            text = next(texts)
            body = [text[:34]] + _wrap(text[34:], 36)  # a 首行缩进 first line, then full lines
            if y - 18 * len(body) < floor:
                break
            for k, line in enumerate(body):
                c.drawString(96 if k == 0 else 72, y - 18 * k, line)
            y -= 18 * len(body) + 6
        if index in starts:
            top = 110
            c.line(COLUMNS[0], top + 26, COLUMNS[-1], top + 26)
            for x, text in zip(COLUMNS, HEADER_ROW):
                c.drawString(x + 5, top + 10, text)
            row(top, [["1"], lines[:2], _wrap(MEASURE, 14)], header_above=True)
        c.drawCentredString(297, 30, f"- {index + 1} -")
        c.showPage()
    c.save()
    return path


@pytest.fixture
def forks(monkeypatch):
    """Counts the forks made in this process."""
    made = []
    real = os.fork

    def counting_fork():
        made.append(1)
        return real()

    monkeypatch.setattr(pdf.os, "fork", counting_fork)
    return made


def _both(path: Path, page_jobs: int, ocr: str = "never"):
    data = path.read_bytes()
    return pdf.read_pdf(data, str(path), ocr=ocr), pdf.read_pdf(data, str(path), ocr=ocr, page_jobs=page_jobs)


@pytest.mark.parametrize("count, jobs, expected", [
    (23, 2, [(0, 23)]),
    (24, 2, [(0, 12), (12, 24)]),
    (25, 2, [(0, 12), (12, 25)]),
    (30, 4, [(0, 15), (15, 30)]),
    (36, 3, [(0, 12), (12, 24), (24, 36)]),
    (100, 3, [(0, 33), (33, 66), (66, 100)]),
    (200, 1, [(0, 200)]),
])
def test_pdf_pages_chunks_are_contiguous_and_not_too_short(count, jobs, expected):
    assert pdf._chunks(count, jobs) == expected


def test_pdf_pages_no_fork_means_one_chunk(monkeypatch):
    monkeypatch.delattr(os, "fork")
    assert pdf._chunks(200, 4) == [(0, 200)]


@pytest.mark.parametrize("count, jobs", [(24, 2), (25, 2), (37, 3)])
@pytest.mark.parametrize("chain", [False, True])
def test_pdf_pages_parallel_equals_sequential_with_tables_across_chunks(tmp_path, forks, count, jobs, chain):
    """A table row broken by the page break at every chunk boundary (with ``chain``, its cell
    goes on over two more pages, the first holding nothing else): a chunk's first pages have
    their ruled cells only because of the page before, and the joined read equals the
    sequential one, line for line and paragraph for paragraph."""
    chunks = pdf._chunks(count, jobs)
    assert len(chunks) == jobs
    breaks = [start for start, _ in chunks[1:]]
    path = _report_pdf(tmp_path / "r.pdf", count, breaks, chain=chain)
    data = path.read_bytes()
    pages, _ = pdf._extract_pages(data, "r.pdf")
    assert pdf._extract_pages(data, "r.pdf", page_jobs=jobs) == (pages, None)
    for b in breaks:  # the pages that depend on the one before did get their cells
        dependent = [b, b + 1] if chain else [b]
        assert all(any(ln.box for ln in pages[i].lines) for i in dependent)
        assert not any(ln.cell for i in dependent for ln in pages[i].lines)
    forks.clear()
    sequential, parallel = _both(path, jobs)
    assert len(forks) == jobs - 1
    assert parallel == sequential
    texts = [p.text for p in sequential.paragraphs]
    joined = FINDING[:56] if chain else FINDING  # its lines on both sides of the first break
    assert sum(1 for t in texts if t.startswith(joined)) == len(breaks)
    assert sequential.pages == count


@pytest.mark.parametrize("count", [12, 23])
def test_pdf_pages_short_pdf_is_read_without_a_fork(tmp_path, monkeypatch, count):
    def no_fork():
        raise AssertionError("forked for a short PDF")

    monkeypatch.setattr(pdf.os, "fork", no_fork)
    path = _report_pdf(tmp_path / "short.pdf", count, breaks=[count // 2])
    sequential, parallel = _both(path, 8)
    assert parallel == sequential


def _in_children(monkeypatch, action):
    """Make ``_read_page`` run ``action()`` in forked children only (the parent reads as usual)."""
    parent = os.getpid()
    real = pdf._read_page

    def read_page(page, number, raw):
        if os.getpid() != parent:
            action()
        return real(page, number, raw)

    monkeypatch.setattr(pdf, "_read_page", read_page)


def _exit():
    os._exit(1)


def _raise():
    raise RuntimeError("a bug in the child")


def _kill():
    os.kill(os.getpid(), signal.SIGKILL)


@pytest.mark.parametrize("action", [_exit, _raise, _kill], ids=["exit", "raise", "killed"])
def test_pdf_pages_a_failing_child_changes_nothing(tmp_path, monkeypatch, forks, action):
    path = _report_pdf(tmp_path / "r.pdf", 37, breaks=[12, 24])
    sequential = pdf.read_pdf(path.read_bytes(), "r.pdf", ocr="never")
    _in_children(monkeypatch, action)
    assert pdf.read_pdf(path.read_bytes(), "r.pdf", ocr="never", page_jobs=3) == sequential
    assert len(forks) == 2


@pytest.mark.parametrize("damage", ["truncated", "garbled", "wrong type"])
def test_pdf_pages_a_bad_message_from_a_child_changes_nothing(tmp_path, monkeypatch, damage):
    path = _report_pdf(tmp_path / "r.pdf", 30, breaks=[15])
    sequential = pdf.read_pdf(path.read_bytes(), "r.pdf", ocr="never")
    real = pdf._encode

    def encode(result):
        whole = real(result)
        if damage == "truncated":
            return whole[: len(whole) // 2]
        if damage == "garbled":
            return b"not a pickle" + whole
        return real(["a page", None])

    monkeypatch.setattr(pdf, "_encode", encode)
    assert pdf.read_pdf(path.read_bytes(), "r.pdf", ocr="never", page_jobs=2) == sequential


@pytest.mark.parametrize("bad", [[5], [20], [33], [5, 20], [20, 33]])
def test_pdf_pages_damaged_page_raises_the_sequential_error(tmp_path, monkeypatch, bad):
    """A page PDFium cannot read, in the parent's chunk or a child's: the same ReadError."""
    import pypdfium2 as pdfium

    path = _report_pdf(tmp_path / "r.pdf", 37)
    real = pdf._read_page

    def read_page(page, number, raw):
        if number in bad:
            raise pdfium.PdfiumError("Failed to load page.")
        return real(page, number, raw)

    monkeypatch.setattr(pdf, "_read_page", read_page)
    with pytest.raises(ReadError) as sequential:
        pdf.read_pdf(path.read_bytes(), "r.pdf", ocr="never")
    with pytest.raises(ReadError) as parallel:
        pdf.read_pdf(path.read_bytes(), "r.pdf", ocr="never", page_jobs=3)
    assert type(parallel.value) is type(sequential.value)
    assert parallel.value.reason == sequential.value.reason
    assert "a page cannot be read" in parallel.value.reason


def test_pdf_pages_page_limit_is_checked_before_any_fork(tmp_path, monkeypatch):
    from pipeline.limits import LimitExceeded

    def no_fork():
        raise AssertionError("forked for a PDF over the limit")

    monkeypatch.setattr(pdf.os, "fork", no_fork)
    path = _report_pdf(tmp_path / "r.pdf", 30)
    with pytest.raises(LimitExceeded):
        pdf.read_pdf(path.read_bytes(), "r.pdf", ocr="never", max_pages=29, page_jobs=2)


@pytest.mark.parametrize("ocr", ["never", "auto-missing", "auto"])
def test_pdf_pages_pages_needing_ocr_read_as_sequentially(tmp_path, monkeypatch, ocr):
    """Scanned pages in the parent's chunk and a child's: the same warnings without OCR, and
    the same OCR paragraphs with it (OCR stubbed: the children run it too)."""
    from pipeline.readers import ocr as ocr_module

    path = _report_pdf(tmp_path / "r.pdf", 30, blank=(3, 20))
    mode = "never" if ocr == "never" else "auto"
    if ocr == "auto-missing":
        monkeypatch.setattr(ocr_module, "tesseract_problem", lambda: "install Tesseract")
    elif ocr == "auto":
        monkeypatch.setattr(ocr_module, "tesseract_problem", lambda: None)

        def fake_ocr(page, number, name):
            text = f"第{number}页扫描件中识别出的文字，经办人未签字。"
            return pdf._Page(number, 842.0, [pdf._Line(text, 72, 400, 700, 688, confidence=0.9)])

        monkeypatch.setattr(pdf, "_ocr_page", fake_ocr)
    sequential, parallel = _both(path, 2, ocr=mode)
    assert parallel == sequential
    if ocr == "auto":
        assert [p.page for p in sequential.paragraphs if p.ocr] == [4, 21]
    else:
        assert sequential.warnings == ("page 4 needs OCR", "page 21 needs OCR")


def test_pdf_pages_all_pages_scanned_raise_the_same_needs_ocr(tmp_path, monkeypatch):
    from pipeline.readers import ocr as ocr_module

    monkeypatch.setattr(ocr_module, "tesseract_problem", lambda: "install Tesseract")
    path = _report_pdf(tmp_path / "r.pdf", 24, blank=range(24))
    data = path.read_bytes()
    with pytest.raises(NeedsOCR) as sequential:
        pdf.read_pdf(data, "r.pdf", ocr="auto")
    with pytest.raises(NeedsOCR) as parallel:
        pdf.read_pdf(data, "r.pdf", ocr="auto", page_jobs=2)
    assert parallel.value.reason == sequential.value.reason


def test_pdf_pages_read_document_passes_page_jobs(tmp_path, forks):
    from pipeline.readers import read_document

    path = _report_pdf(tmp_path / "r.pdf", 24)
    assert read_document(path, page_jobs=2) == read_document(path)
    assert len(forks) == 1
    misnamed = tmp_path / "r.doc"  # a PDF under another suffix is read as one, page_jobs too
    misnamed.write_bytes(path.read_bytes())
    read_document(misnamed, page_jobs=2)
    assert len(forks) == 2


class _InlinePool:
    """A WorkerPool stand-in running tasks in this process, recording their payloads."""

    payloads: list = []

    def __init__(self, jobs, task, init=None, init_args=(), **_):
        self.task, self.init, self.init_args = task, init, init_args

    def start(self):
        pass

    def run(self, items):
        state = self.init(*self.init_args) if self.init else None
        for key, payload in items:  # ingest hands out files in lists (bundles: one PDF each)
            _InlinePool.payloads.extend(payload if isinstance(payload, list) else [payload])
            yield key, "ok", self.task(state, payload)

    def close(self):
        pass


@pytest.fixture
def page_jobs_seen(monkeypatch) -> list:
    """The ``page_jobs`` of every ``read_document`` call that ``ingest``'s parse task makes."""
    import pipeline.ingest as ingest_module

    seen: list = []
    real = ingest_module.read_document

    def read_document(path, data=None, **kwargs):
        seen.append(kwargs.get("page_jobs"))
        return real(path, data, **kwargs)

    monkeypatch.setattr(ingest_module, "read_document", read_document)
    return seen


@pytest.mark.parametrize("files, jobs, expected", [(1, 2, 2), (3, 2, 1), (2, 4, 2), (3, 4, 1), (1, 1, 1)])
def test_pdf_pages_ingest_gives_each_file_the_cores_left_over(tmp_path, monkeypatch, page_jobs_seen, files,
                                                              jobs, expected):
    import pipeline.ingest as ingest_module
    from pipeline.store import Store

    monkeypatch.setattr(ingest_module, "WorkerPool", _InlinePool)
    monkeypatch.setattr(_InlinePool, "payloads", [])
    folder = tmp_path / "docs"
    folder.mkdir()
    _report_pdf(folder / "big.pdf", 24)
    for k in range(files - 1):
        hostile.make_chinese_pdf(folder / f"small{k}.pdf", hostile.chinese_paragraphs(6, seed=k + 40))
    with Store(tmp_path / "x.db") as store:
        summary = ingest_module.ingest([str(folder)], store, jobs=jobs)
    assert summary.stored == files, summary.failed
    assert page_jobs_seen == [expected] * files
    assert [payload[1] for payload in _InlinePool.payloads] == [expected] * files


def test_pdf_pages_parse_task_takes_a_bare_path(tmp_path, page_jobs_seen):
    """The Spark engine hands ``_parse_task`` a bare path: it reads with one process."""
    import pipeline.ingest as ingest_module

    path = hostile.make_chinese_pdf(tmp_path / "a.pdf", hostile.chinese_paragraphs(6))
    state = ingest_module._init_reader(None)
    assert ingest_module._parse_task(state, str(path)).pages == 1
    assert ingest_module._parse_task(state, (str(path), 3)).pages == 1
    assert page_jobs_seen == [1, 3]


_STUCK_READER = """
import os, sys, time
sys.path.insert(0, {root!r})
from pipeline.readers import pdf
parent = os.getpid()
real = pdf._read_page

def read_page(page, number, raw):
    if os.getpid() != parent:
        time.sleep(60)  # a child stuck on a page
    return real(page, number, raw)

pdf._read_page = read_page
pdf.read_pdf(open({path!r}, "rb").read(), "r.pdf", ocr="never", page_jobs=2)
"""


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_pdf_pages_children_exit_when_their_reader_is_killed(tmp_path):
    """A worker killed at its time limit leaves no child reading pages behind."""
    import subprocess
    import time

    from _procs import children, kill_left, still_alive_after

    path = _report_pdf(tmp_path / "r.pdf", 24)
    code = _STUCK_READER.format(root=str(TESTS.parent), path=str(path))
    proc = subprocess.Popen([sys.executable, "-c", code])
    kids: list[int] = []
    try:
        deadline = time.monotonic() + 30
        while not kids and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
            kids = children(proc.pid)
        assert kids, "the reader forked no child"
        proc.kill()
        proc.wait()
        assert still_alive_after(kids, 5) == []
    finally:
        proc.kill()
        kill_left(kids)
