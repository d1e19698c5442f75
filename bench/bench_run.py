"""The main job as a whole process: ``xuncha run`` against bare jieba, and --jobs 2 against 1.

Writes ``--files`` report-like .txt files (bench_ingest's generator, fixed seed: one in five
GB18030, 3–30 KB each, ~14 MB for 1,000) into a temporary folder. Then runs, each as a fresh
subprocess (start-up included):

  baseline  python -c '<read every file, decode it, jieba.Tokenizer().lcut(line, HMM=False)
            for every line>'  — what the job cannot avoid
  xuncha    python cli.py run DIR --db NEW.db --jobs J   for each J in --jobs

and prints wall and CPU seconds, MB/s, the ratio of xuncha's throughput to the baseline's
(target >= 0.7 with --jobs 1), the speed-up of each J over J=1 (target >= 1.7 for 2), and
peak memory (RSS of the main process and of the largest worker). The order alternates over
``--rounds`` and the best time of each is kept: this machine is shared and noisy.

    python bench/bench_run.py [--files 1000] [--jobs 1,2] [--rounds 2] [--keep DIR]
"""
from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from bench_ingest import SEED, corpus_sentences, make_document, run_measured  # noqa: E402

BASELINE = """
import os, sys, time
import jieba
jieba.setLogLevel(60)
tk = jieba.Tokenizer()
tk.initialize()
d = sys.argv[1]
n = 0
for name in sorted(os.listdir(d)):
    data = open(os.path.join(d, name), "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("gb18030")
    for line in text.splitlines():
        n += len(tk.lcut(line, HMM=False))
print(n)
"""


def write_txt(folder: Path, files: int) -> int:
    rng = random.Random(SEED)
    sents = corpus_sentences()
    folder.mkdir(parents=True, exist_ok=True)
    size = 0
    for i in range(files):
        paras = make_document(rng, sents, i)
        data = "\n".join(paras).encode("gb18030" if i % 5 == 4 else "utf-8")
        (folder / f"报告{i:05d}.txt").write_bytes(data)
        size += len(data)
    return size


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=1000)
    ap.add_argument("--jobs", default="1,2")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--keep", type=Path, default=None, help="write inputs and stores here and keep them")
    args = ap.parse_args()
    jobs = [int(j) for j in args.jobs.split(",")]
    work = args.keep or Path(tempfile.mkdtemp(prefix="xuncha-bench-run-"))
    try:
        docs = work / "txt"
        size = write_txt(docs, args.files)
        mb = size / 1e6
        print(f"input: {args.files} .txt files, {mb:.1f} MB (seed {SEED})")
        best: dict[str, dict] = {}
        for r in range(args.rounds):
            order = ["baseline"] + [f"j{j}" for j in jobs]
            if r % 2:
                order.reverse()
            for name in order:
                if name == "baseline":
                    cmd = [sys.executable, "-c", BASELINE, str(docs)]
                else:
                    db = work / f"run-{name}-{r}.db"
                    if db.exists():
                        db.unlink()
                    cmd = [sys.executable, str(ROOT / "cli.py"), "run", str(docs), "--db", str(db),
                           "--jobs", name[1:]]
                res = run_measured(cmd, ROOT)
                if res["code"] != 0:
                    sys.exit(f"{name} failed ({res['code']}): {res['stderr'][-2000:]}")
                if name not in best or res["wall"] < best[name]["wall"]:
                    best[name] = res
        base = best["baseline"]
        print(f"{'':12s} {'wall s':>7s} {'CPU s':>7s} {'MB/s':>6s} {'x base':>7s} {'x j1':>6s} "
              f"{'main MB':>8s} {'worker MB':>9s}")
        print(f"{'baseline':12s} {base['wall']:7.1f} {base['cpu']:7.1f} {mb / base['wall']:6.2f} {1:7.2f} "
              f"{'':6s} {base['main_mb']:8.0f} {'':9s}")
        for j in jobs:
            res = best[f"j{j}"]
            print(f"{'run -j' + str(j):12s} {res['wall']:7.1f} {res['cpu']:7.1f} {mb / res['wall']:6.2f} "
                  f"{base['wall'] / res['wall']:7.2f} {best['j' + str(jobs[0])]['wall'] / res['wall']:6.2f} "
                  f"{res['main_mb']:8.0f} {res['worker_mb']:9.0f}")
        print(f"best of {args.rounds} rounds, order alternating; targets: run -j1 x base >= 0.7, "
              f"-j2 x j1 >= 1.7")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
