"""Growth: ingest + tag + report of 1k, 10k and 50k small files should stay linear.

For each N in ``--sizes`` writes N short report excerpts as .txt (a title line and 2–5
corpus sentences, ~0.5 KB; fixed seed) into a fresh folder and runs the main job as one
subprocess on a fresh store:

    python cli.py run DIR --db NEW.db --jobs J

It prints wall and CPU seconds, milliseconds per file, the ratio of that to the smallest N
(target: within 1.3 at 50k), and the peak RSS of the main process and of the largest worker
(target: under 400 MiB, and 10x more documents raising it by under 10 %). Not run in CI:
50k files take several minutes.

    python bench/bench_growth.py [--sizes 1000,10000,50000] [--jobs 2]
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

from bench_ingest import _PLACES, SEED, corpus_sentences, run_measured  # noqa: E402


def write_small(folder: Path, n: int) -> int:
    rng = random.Random(SEED)
    sents = corpus_sentences()
    folder.mkdir(parents=True)
    size = 0
    for i in range(n):
        region = rng.choice(_PLACES) + rng.choice(_PLACES) + rng.choice("县区市")
        lines = [f"{region}{rng.randint(2016, 2024)}年巡察反馈意见摘录（第{i}号）"]
        lines += [rng.choice(sents) for _ in range(rng.randint(2, 5))]
        data = "\n".join(lines).encode("utf-8")
        (folder / f"{i // 1000:03d}" / f"摘录{i:06d}.txt").parent.mkdir(exist_ok=True)
        (folder / f"{i // 1000:03d}" / f"摘录{i:06d}.txt").write_bytes(data)
        size += len(data)
    return size


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000,50000")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    work = Path(tempfile.mkdtemp(prefix="xuncha-bench-growth-"))
    rows = []
    try:
        for n in sizes:
            docs = work / f"in{n}"
            size = write_small(docs, n)
            db = work / f"run{n}.db"
            res = run_measured([sys.executable, str(ROOT / "cli.py"), "run", str(docs), "--db", str(db),
                                "--jobs", str(args.jobs)], ROOT)
            if res["code"] != 0:
                sys.exit(f"run over {n} files failed ({res['code']}): {res['stderr'][-2000:]}")
            rows.append((n, size, res))
            shutil.rmtree(docs)
            print(f"{n} files done: {res['wall']:.1f} s", flush=True)
        first = rows[0][2]["wall"] / rows[0][0]
        print(f"{'files':>7s} {'MB':>6s} {'wall s':>7s} {'CPU s':>7s} {'ms/file':>8s} {'x first':>8s} "
              f"{'main MB':>8s} {'worker MB':>9s}")
        for n, size, res in rows:
            per = res["wall"] / n
            print(f"{n:7d} {size / 1e6:6.1f} {res['wall']:7.1f} {res['cpu']:7.1f} {per * 1000:8.2f} "
                  f"{per / first:8.2f} {res['main_mb']:8.0f} {res['worker_mb']:9.0f}")
        print(f"--jobs {args.jobs}; targets: ms/file at the largest N within 1.3x of the smallest; "
              "worker RSS < 400 MiB and +<10% for 10x the documents")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
