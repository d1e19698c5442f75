"""Benchmark: OCR pages/s and LibreOffice conversion files/s, each beside a baseline run in
the same script run.

* OCR: the born-digital sample PDF rendered at 300 dpi into an image-only PDF ("a scan"),
  read by ``read_document`` (render at 175 dpi, rule removal, Tesseract, paragraphs).
  Baselines: pypdfium2 rendering alone, and the bare ``tesseract`` command on the same
  rendered pages (what any OCR of these pages costs at least).
* Conversion: a .docx sample saved as .doc by LibreOffice, read by ``read_document`` (convert
  to .docx with a per-process profile, read it). Baseline: ``soffice --convert-to txt`` of the
  same file with the same warm profile.

    python bench/bench_ocr.py [--repeat N]
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.readers import legacy, ocr, read_document  # noqa: E402

SAMPLES = ROOT / "corpora" / "samples"
SCAN_SOURCE = SAMPLES / "临河市2021年巡察整改情况通报.pdf"


def timed(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def bench_ocr(tmp: Path, repeat: int) -> None:
    import pypdfium2 as pdfium

    problem = ocr.tesseract_problem()
    if problem:
        print(f"OCR: skipped ({problem})")
        return
    pdf = pdfium.PdfDocument(str(SCAN_SOURCE))
    images = [pdf[i].render(scale=300 / 72, grayscale=True).to_pil() for i in range(len(pdf))]
    pdf.close()
    scan = tmp / "scan.pdf"
    images[0].save(scan, "PDF", save_all=True, append_images=images[1:], resolution=300)
    pages = len(images)

    def render_only():
        doc = pdfium.PdfDocument(str(scan))
        for i in range(len(doc)):
            doc[i].render(scale=ocr.RENDER_DPI / 72, grayscale=True).to_pil()
        doc.close()

    rendered = []
    doc = pdfium.PdfDocument(str(scan))
    for i in range(len(doc)):
        path = tmp / f"p{i}.pgm"
        doc[i].render(scale=ocr.RENDER_DPI / 72, grayscale=True).to_pil().save(path)
        rendered.append(path)
    doc.close()
    env = dict(os.environ, OMP_THREAD_LIMIT="1")

    def bare_tesseract():
        for path in rendered:
            subprocess.run(["tesseract", str(path), "stdout", "-l", ocr.LANGUAGE, "--psm", "6", "tsv"],
                           capture_output=True, env=env, check=True)

    def xuncha():
        read_document(scan, ocr="auto")

    t_render = timed(render_only, repeat)
    t_tess = timed(bare_tesseract, repeat)
    t_ours = timed(xuncha, repeat)
    print(f"OCR of a {pages}-page 300 dpi scan (best of {repeat}, one process):")
    print(f"  render alone (pypdfium2, {ocr.RENDER_DPI} dpi): {pages / t_render:8.2f} pages/s")
    print(f"  bare tesseract on rendered pages:      {pages / t_tess:8.2f} pages/s")
    print(f"  xuncha read_document (OCR):            {pages / t_ours:8.2f} pages/s "
          f"= {t_tess / t_ours:.2f}x bare tesseract, {t_ours / pages:.2f} s/page")


def bench_conversion(tmp: Path, repeat: int) -> None:
    program = legacy.soffice_program()
    if program is None:
        print("conversion: skipped (LibreOffice not installed)")
        return
    sample = sorted(SAMPLES.glob("*.docx"))[0]
    source = tmp / "s.docx"
    source.write_bytes(sample.read_bytes())
    profile = tmp / "profile"
    subprocess.run([program, "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
                    "--convert-to", "doc:MS Word 97", "--outdir", str(tmp), str(source)],
                   capture_output=True, check=True, timeout=300)
    doc_file = tmp / "s.doc"
    read_document(doc_file)  # warm this process's profile

    def baseline():
        subprocess.run([program, "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
                        "--convert-to", "txt:Text", "--outdir", str(tmp / "txt"), str(doc_file)],
                       capture_output=True, check=True, timeout=300)

    def xuncha():
        read_document(doc_file)

    t_base = timed(baseline, repeat)
    t_ours = timed(xuncha, repeat)
    print(f"Conversion of one .doc ({doc_file.stat().st_size // 1024} KB; best of {repeat}, one process):")
    print(f"  soffice --convert-to txt (baseline):   {1 / t_base:8.2f} files/s ({t_base:.2f} s)")
    print(f"  xuncha read_document (.doc -> .docx):  {1 / t_ours:8.2f} files/s ({t_ours:.2f} s) "
          f"= {t_base / t_ours:.2f}x the baseline's speed")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory(prefix="xuncha-bench-ocr-") as tmp:
        bench_ocr(Path(tmp), args.repeat)
        bench_conversion(Path(tmp), args.repeat)


if __name__ == "__main__":
    main()
