"""Benchmark: PDF text extraction speed and fidelity, pdfplumber vs pypdfium2 vs xuncha.

Builds Chinese PDFs from known synthetic paragraphs (reportlab with the CID font STSong-Light,
and, when LibreOffice is installed, a .docx printed to PDF by ``soffice --headless``), then
for each extractor prints pages/s and how many of the source characters it recovered, as
ratios against bare pdfplumber ``extract_text`` measured in the same run, with the absolute
figures beside them. ``xuncha`` is ``pipeline.readers.read_document`` (pypdfium2 plus
paragraph reconstruction and header/page-number removal); "paragraphs exact" is the share
of source paragraphs it returned exactly as one paragraph. ``xuncha pages=2`` is the same
reader with ``page_jobs=2`` (the pages read by this process and one forked child, as
``ingest`` reads a single file on two cores). ``xuncha ingest`` is the whole command, run as
users run it (default ``--jobs``: one per core), as a fresh subprocess (start-up, cleaning,
sentence splitting and the store write included), its text read back from the store; the
pdfplumber baseline is timed in-process, so that row's ratio is the conservative one.

Usage: python bench/bench_pdf_readers.py [--pages-target 200] [--keep DIR]
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

from bench_ingest import BENCH_ENV  # noqa: E402  (subprocesses start as installed code does)

from hostile import chinese_paragraphs, make_chinese_pdf  # noqa: E402

from pipeline.readers import read_document  # noqa: E402

HEADER = "某县委第一巡察组反馈意见（基准测试）"


def make_docx_pdf(paragraphs: list[str], workdir: Path) -> Path | None:
    """A Word-like layout: SimSun-ish font, 2-character first-line indent, header, PAGE field."""
    soffice = shutil.which("soffice") or "/usr/bin/soffice"
    if not Path(soffice).exists():
        return None
    import docx
    from docx.oxml.ns import qn
    from docx.shared import Pt

    from format_consistency import field_run

    d = docx.Document()
    style = d.styles["Normal"]
    style.font.size = Pt(14)
    style.font.name = "Noto Serif CJK SC"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    section = d.sections[0]
    section.header.paragraphs[0].text = HEADER
    footer = section.footer.paragraphs[0]
    footer.add_run("- ")
    field_run(footer, "PAGE")
    footer.add_run(" -")
    for p in paragraphs:
        para = d.add_paragraph(p)
        if not (p[:1] in "一二三四五六七八九十" and p[1:2] == "、" or p.startswith("（")):
            para.paragraph_format.first_line_indent = Pt(28)
    src = workdir / "bench_docx.docx"
    d.save(str(src))
    profile = workdir / "lo_profile"
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(workdir), str(src)],
        check=True, capture_output=True, timeout=600,
    )
    out = workdir / "bench_docx.pdf"
    return out if out.exists() else None


def chars(text: str) -> Counter:
    return Counter(c for c in text if not c.isspace())


def fidelity(source: list[str], extracted: str) -> tuple[float, float]:
    """(recall, precision) of non-space characters as multisets."""
    src, got = chars("".join(source)), chars(extracted)
    matched = sum((src & got).values())
    return matched / max(sum(src.values()), 1), matched / max(sum(got.values()), 1)


def run_pdfplumber(path: Path) -> tuple[int, str]:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        texts = [page.extract_text() or "" for page in pdf.pages]
    return len(texts), "\n".join(texts)


def run_pypdfium2(path: Path) -> tuple[int, str]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    texts = []
    for i in range(len(pdf)):
        page = pdf[i]
        tp = page.get_textpage()
        texts.append(tp.get_text_range())
        tp.close()
        page.close()
    pdf.close()
    return len(texts), "\n".join(texts)


def run_xuncha(path: Path, page_jobs: int = 1) -> tuple[int, str, list[str]]:
    doc = read_document(path, page_jobs=page_jobs)
    paras = [p.text for p in doc.paragraphs]
    return doc.pages or 0, "\n".join(paras), paras


def run_xuncha_pages(path: Path) -> tuple[int, str, list[str]]:
    """The reader with its pages read by two processes (``page_jobs=2``)."""
    return run_xuncha(path, page_jobs=2)


def run_ingest(path: Path) -> tuple[int, str]:
    """``xuncha ingest FILE`` as a fresh subprocess (start-up and the store write included);
    the text is read back from the store it made."""
    import sqlite3

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        subprocess.run([sys.executable, str(ROOT / "cli.py"), "ingest", str(path), "--db", str(db)],
                       check=True, capture_output=True, env=BENCH_ENV)
        conn = sqlite3.connect(str(db))
        try:
            pages = conn.execute("SELECT MAX(page) FROM sentences").fetchone()[0] or 0
            rows = conn.execute("SELECT paragraph, text FROM sentences ORDER BY seq").fetchall()
        finally:
            conn.close()
    paras: dict[int, str] = {}
    for para, text in rows:
        paras[para] = paras.get(para, "") + text
    return pages, "\n".join(paras.values())


def bench(label: str, path: Path, source: list[str]) -> None:
    results = {}
    for name, fn in (("pdfplumber", run_pdfplumber), ("pypdfium2", run_pypdfium2), ("xuncha", run_xuncha),
                     ("xuncha pages=2", run_xuncha_pages), ("xuncha ingest", run_ingest)):
        start = time.perf_counter()
        out = fn(path)
        elapsed = time.perf_counter() - start
        pages, text = out[0], out[1]
        recall, precision = fidelity(source, text)
        exact = None
        if name in ("xuncha", "xuncha pages=2"):
            got = set(out[2])
            exact = sum(1 for p in source if p in got) / len(source)
        results[name] = (pages, elapsed, recall, precision, exact)
    base_pages, base_time = results["pdfplumber"][0], results["pdfplumber"][1]
    base_rate = base_pages / base_time
    print(f"\n== {label}: {path.name}, {base_pages} pages, {len(source)} source paragraphs")
    print(f"{'extractor':<16}{'pages/s':>10}{'x plumber':>11}{'char recall':>13}{'precision':>11}{'paras exact':>13}")
    for name, (pages, elapsed, recall, precision, exact) in results.items():
        rate = pages / elapsed
        print(f"{name:<16}{rate:>10.1f}{rate / base_rate:>10.1f}x{recall:>13.4f}{precision:>11.4f}"
              f"{'' if exact is None else f'{exact:>13.4f}'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages-target", type=int, default=200, help="about this many pages per PDF")
    parser.add_argument("--keep", type=Path, help="write the PDFs here instead of a temp folder")
    args = parser.parse_args()
    source = chinese_paragraphs(args.pages_target * 10, seed=11)
    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.keep or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        rl = make_chinese_pdf(workdir / "bench_reportlab.pdf", source, header=HEADER)
        # one small ingest first, untimed: it writes the bytecode an installed xuncha has
        run_ingest(make_chinese_pdf(workdir / "warm_up.pdf", source[:20], header=HEADER))
        bench("reportlab STSong-Light", rl, source)
        try:
            lo = make_docx_pdf(source, workdir)
        except (subprocess.SubprocessError, OSError) as exc:
            print(f"\n(LibreOffice conversion failed: {exc})")
            lo = None
        if lo is None:
            print("\n(no LibreOffice: the docx-printed PDF was skipped)")
        else:
            bench("docx printed by LibreOffice", lo, source)


if __name__ == "__main__":
    main()
