"""Ingestion throughput and memory, per format, against bare readers in the same run.

Writes deterministic report-like documents (seed fixed) into a temporary folder, built from
the corpora's sentences with invented titles and the official heading scheme, 3–30 KB of
text each: ``--files`` .txt (one in five GB18030, the rest UTF-8), ``--files`` .docx
(python-docx, some with a table) and ``--pdfs`` multi-page PDFs (reportlab, CID font
STSong-Light, running header and page numbers). Then, for each format on its own and each
``--jobs`` value, runs

    python cli.py ingest DIR --db NEW.db --jobs J

as a subprocess and measures wall time, files/s, MB/s (input bytes), pages/s (PDF), the
peak RSS (VmHWM) of the main process and of the largest worker, and the peak PSS of the
whole process tree (workers are forked, so their RSS counts pages shared with the main
process; PSS splits those). Memory is sampled from /proc every 20 ms. (wait4's ru_maxrss is
not used: it keeps the high-water mark of the forked benchmark process before exec.) "CPU s"
is user + system time of the whole tree (wait4; workers are reaped by the main process), the
steadier figure when other work shares the machine.

Baselines, each a bare subprocess over the same files, one process:
  txt:  read the bytes and SHA-256 them (what cat | sha256sum does)
  docx: python-docx ``Document(path)`` and every paragraph's text
  pdf:  pdfplumber ``page.extract_text()`` for every page
Ratios are throughput xuncha / baseline, on wall time (start-up included in both) and on
the "inner" time (xuncha's own ``（N 秒）`` summary; the baseline's loop).

    python bench/bench_ingest.py [--files 300] [--pdfs 12] [--jobs 1,2] [--keep DIR]
"""
from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from _procs import children  # noqa: E402
from hostile import corpus_sentences  # noqa: E402,F401  (bench_run and bench_growth take it from here)

SEED = 4242
# The poller shares the machine with what it measures, so it must cost little: peaks of resident
# memory (VmHWM) are kept by the kernel and need no fast sampling; the tree's PSS (the only
# sampled figure) is read every PSS_EVERY polls, as smaps_rollup walks every page table. At
# 50 polls a second, each with a full /proc scan per process (before _procs.children read the
# kernel's children lists) and every smaps_rollup, it took 40 % of a core, which a --jobs 2
# run (both cores busy) paid for in wall time.
POLL_SECONDS = 0.1
PSS_EVERY = 5
_NUMERALS = "一二三四五六七八九十"
_PLACES = "青石桐柳松云白溪河山林泉江湖安平宁和丰兴华阳明新水田桥沙坪岭塘源峰"
_SECTIONS = ("基本情况", "存在的主要问题", "党的领导方面", "党的建设方面", "全面从严治党方面",
             "整改落实方面", "意见建议")
_SUBSECTIONS = ("落实主体责任不到位", "作风建设有差距", "廉洁风险防控薄弱", "基层组织建设有短板",
                "财务管理不规范", "选人用人不严格")
_KINDS = ("巡察反馈意见", "专项巡察报告", "政治生态分析报告", "巡察整改情况通报")


def make_document(rng: random.Random, sents: list[str], number: int) -> list[str]:
    """Paragraphs of one invented report: a title, headings, findings; 3–30 KB of UTF-8."""
    target = int(rng.triangular(3_000, 30_000, 9_000))
    region = rng.choice(_PLACES) + rng.choice(_PLACES) + rng.choice("县区市")
    year = rng.randint(2016, 2024)
    paras = [f"{region}{year}年度{rng.choice(_KINDS)}（基准第{number}号）"]
    size = len(paras[0].encode("utf-8"))
    section = sub = 0
    while size < target:
        if sub == 0 or rng.random() < 0.08:
            if section < len(_NUMERALS):
                line = f"{_NUMERALS[section]}、{_SECTIONS[section % len(_SECTIONS)]}"
                paras.append(line)
                size += len(line.encode("utf-8"))
                section += 1
                sub = 0
        if rng.random() < 0.3:
            line = f"（{_NUMERALS[sub % 10]}）{_SUBSECTIONS[(section + sub) % len(_SUBSECTIONS)]}。"
            paras.append(line)
            size += len(line.encode("utf-8"))
        sub += 1
        body = "".join(rng.choice(sents) for _ in range(rng.randint(2, 6)))
        paras.append(body)
        size += len(body.encode("utf-8"))
    return paras


def write_inputs(root: Path, files: int, pdfs: int) -> dict[str, dict]:
    """Write the three folders; return {format: {"dir", "files", "bytes", "pages"}}."""
    rng = random.Random(SEED)
    sents = corpus_sentences()
    out = {}
    txt_dir, docx_dir, pdf_dir = root / "txt", root / "docx", root / "pdf"
    for d in (txt_dir, docx_dir, pdf_dir):
        d.mkdir(parents=True, exist_ok=True)
    docs = [make_document(rng, sents, i) for i in range(files)]
    for i, paras in enumerate(docs):
        enc = "gb18030" if i % 5 == 4 else "utf-8"
        (txt_dir / f"报告{i:04d}.txt").write_bytes("\n".join(paras).encode(enc))

    import docx

    for i, paras in enumerate(docs):
        d = docx.Document()
        d.add_paragraph(paras[0])
        rows = paras[1:]
        table_at = len(rows) // 2 if i % 4 == 0 else -1
        for j, p in enumerate(rows):
            d.add_paragraph(p)
            if j == table_at:
                t = d.add_table(rows=3, cols=3)
                for r in range(3):
                    for c in range(3):
                        t.cell(r, c).text = rng.choice(sents) if c else f"序号{r + 1}"
        d.save(str(docx_dir / f"报告{i:04d}.docx"))

    from hostile import make_chinese_pdf

    pages = 0
    for i in range(pdfs):
        paras = make_document(rng, sents, 10_000 + i)
        while sum(len(p.encode("utf-8")) for p in paras) < 20_000:  # multi-page: 20–50 KB
            paras += make_document(rng, sents, 10_000 + i)[1:]
        path = make_chinese_pdf(pdf_dir / f"报告{i:03d}.pdf", paras, header=f"巡察组反馈意见（基准{i}）")
        pages += _pdf_pages(path)

    for fmt, d in (("txt", txt_dir), ("docx", docx_dir), ("pdf", pdf_dir)):
        paths = sorted(d.iterdir())
        out[fmt] = {"dir": d, "files": len(paths), "bytes": sum(p.stat().st_size for p in paths),
                    "pages": pages if fmt == "pdf" else None}
    return out


def _pdf_pages(path: Path) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    n = len(pdf)
    pdf.close()
    return n


# -- measuring a process tree ------------------------------------------------------------------
def _status_kb(pid: int, key: str) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


# Subprocesses run as an installed xuncha would: pip compiles the package's bytecode at install
# time, so a user never pays for compiling the source. A development shell may set
# PYTHONDONTWRITEBYTECODE, which makes every start compile everything again; drop it, so the
# first run writes __pycache__ and the later rounds start as installed code does.
BENCH_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run_measured(cmd: list[str], cwd: Path) -> dict:
    """Run ``cmd``; return wall seconds, exit code, stderr and memory peaks in MB."""
    with tempfile.TemporaryFile() as err, tempfile.TemporaryFile() as outf:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=str(cwd), stdout=outf, stderr=err, env=BENCH_ENV)
        pid = proc.pid
        main_hwm = worker_hwm = pss_peak = 0
        workers: set[int] = set()
        polls = 0
        while True:
            done, status, usage = os.wait4(pid, os.WNOHANG)
            if done:
                break
            main_hwm = max(main_hwm, _status_kb(pid, "VmHWM"))
            tree = [pid]
            i = 0
            while i < len(tree):
                tree += children(tree[i])
                i += 1
            for p in tree[1:]:
                workers.add(p)
                worker_hwm = max(worker_hwm, _status_kb(p, "VmHWM"))
            if polls % PSS_EVERY == 0:
                pss_peak = max(pss_peak, sum(map(_pss_kb, tree)))
            polls += 1
            time.sleep(POLL_SECONDS)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
        outf.seek(0)
        stdout = outf.read().decode("utf-8", "replace")
    return {"wall": wall, "code": proc.returncode, "stderr": stderr, "stdout": stdout,
            "main_mb": main_hwm / 1024, "worker_mb": worker_hwm / 1024, "pss_mb": pss_peak / 1024,
            "workers": len(workers), "cpu": usage.ru_utime + usage.ru_stime}


# -- baselines ---------------------------------------------------------------------------------
_BASELINE = {
    "txt": """
import hashlib, os, sys, time
t0 = time.perf_counter()
d = sys.argv[1]
for name in sorted(os.listdir(d)):
    with open(os.path.join(d, name), "rb") as fh:
        hashlib.sha256(fh.read()).hexdigest()
print(time.perf_counter() - t0)
""",
    "docx": """
import os, sys, time
import docx
t0 = time.perf_counter()
d = sys.argv[1]
n = 0
for name in sorted(os.listdir(d)):
    n += sum(len(p.text) for p in docx.Document(os.path.join(d, name)).paragraphs)
print(time.perf_counter() - t0)
""",
    "pdf": """
import os, sys, time
import pdfplumber
t0 = time.perf_counter()
d = sys.argv[1]
n = 0
for name in sorted(os.listdir(d)):
    with pdfplumber.open(os.path.join(d, name)) as pdf:
        n += sum(len(page.extract_text() or "") for page in pdf.pages)
print(time.perf_counter() - t0)
""",
}

_SUMMARY = re.compile(r"入库 (\d+) 份.*失败 (\d+) 个（([\d.]+) 秒")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=300, help=".txt and .docx files each")
    ap.add_argument("--pdfs", type=int, default=12, help="multi-page PDFs")
    ap.add_argument("--jobs", default="1,2", help="comma-separated --jobs values")
    ap.add_argument("--formats", default="txt,docx,pdf")
    ap.add_argument("--keep", type=Path, help="write inputs and stores here and keep them")
    args = ap.parse_args()
    jobs = [int(j) for j in args.jobs.split(",") if j]
    formats = [f for f in args.formats.split(",") if f]

    work = args.keep or Path(tempfile.mkdtemp(prefix="xuncha-bench-ingest-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        t0 = time.perf_counter()
        inputs = write_inputs(work / "in", args.files, args.pdfs)
        print(f"inputs written in {time.perf_counter() - t0:.1f} s: " + ", ".join(
            f"{f} {v['files']} files {v['bytes'] / 1e6:.1f} MB" + (f" {v['pages']} pages" if v["pages"] else "")
            for f, v in inputs.items()))
        print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs\n")
        header = (f"{'run':<16}{'files':>6}{'MB':>7}{'wall s':>8}{'inner s':>8}{'files/s':>9}{'MB/s':>7}"
                  f"{'pages/s':>8}{'CPU s':>7}{'main MB':>8}{'wkr MB':>8}{'PSS MB':>8}{'x base':>8}{'x inner':>8}")
        rows = []
        for fmt in formats:
            info = inputs[fmt]
            base = run_measured([sys.executable, "-c", _BASELINE[fmt], str(info["dir"])], ROOT)
            if base["code"] != 0:
                print(f"baseline {fmt} failed: {base['stderr'].strip()[-300:]}")
                continue
            base_inner = float(base["stdout"].split()[-1])
            rows.append((f"{fmt} baseline", info, base, base_inner, None))
            for j in jobs:
                db = work / f"{fmt}-j{j}.db"
                for p in (db, Path(str(db) + "-wal"), Path(str(db) + "-shm")):
                    if p.exists():
                        p.unlink()
                res = run_measured([sys.executable, str(ROOT / "cli.py"), "ingest", str(info["dir"]), "--db",
                                    str(db), "--jobs", str(j)], ROOT)
                m = _SUMMARY.search(res["stderr"])
                if res["code"] != 0 or not m:
                    print(f"xuncha ingest {fmt} --jobs {j} exited {res['code']}: {res['stderr'].strip()[-500:]}")
                    continue
                stored, failed, inner = int(m.group(1)), int(m.group(2)), float(m.group(3))
                if stored != info["files"] or failed:
                    print(f"note: {fmt} --jobs {j}: {stored} stored, {failed} failed of {info['files']}")
                rows.append((f"{fmt} xuncha -j{j}", info, res, inner, (base, base_inner)))
        print(header)
        for label, info, res, inner, base in rows:
            wall = res["wall"]
            pages = f"{info['pages'] / wall:>8.1f}" if info["pages"] else f"{'':>8}"
            ratio = f"{base[0]['wall'] / wall:>8.2f}" if base else f"{'1.00':>8}"
            ratio_in = f"{base[1] / inner:>8.2f}" if base else f"{'1.00':>8}"
            wkr = f"{res['worker_mb']:>8.0f}" if res["workers"] else f"{'-':>8}"
            print(f"{label:<16}{info['files']:>6}{info['bytes'] / 1e6:>7.1f}{wall:>8.2f}{inner:>8.2f}"
                  f"{info['files'] / wall:>9.1f}{info['bytes'] / 1e6 / wall:>7.2f}{pages}"
                  f"{res['cpu']:>7.2f}{res['main_mb']:>8.0f}{wkr}{res['pss_mb']:>8.0f}{ratio}{ratio_in}")
        print("\nfiles/s, MB/s, pages/s on wall time (interpreter start-up included); 'inner s' is xuncha's own"
              "\nsummary time (the baseline's loop); x base / x inner = throughput xuncha / baseline."
              "\nmain MB / wkr MB: peak RSS (VmHWM) of the main process / largest worker; PSS MB: peak PSS of the"
              "\nwhole tree, all sampled from /proc every 20 ms.")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
