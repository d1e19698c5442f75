"""Extraction throughput against bare jieba, in the same process.

Builds a few MB of report text from the corpora (deterministic), then times:
  baseline: jieba.Tokenizer().lcut(line, HMM=False) over every line (the floor we cannot beat)
  xuncha:   clean + structure + segment + rules + units + model for every line (Tagger.tag)
and prints the ratio xuncha/baseline in throughput (target ≥ 0.6 on one core). It also times
xuncha's segmenter alone (jieba's dictionary and algorithm in one pass, the same tokens), text
by text and a batch at a time as the tagger cuts (``Segmenter.cut_many``), so the parts of the
ratio can be told apart.

    python bench/bench_extract.py [--mb 3]
    python bench/bench_extract.py --instructions [--mb 0.2]

``--instructions`` counts instructions instead of seconds, under valgrind's callgrind: the
same script runs three times (set-up only, set-up + baseline, set-up + xuncha) and the ratio
is of the counts above the set-up's. Counts do not depend on what else the machine is doing,
so small changes can be compared on a busy machine (about 10 minutes for 0.2 MB). Instructions
are not seconds (cache misses and numpy's vector code weigh differently), so the timed ratio
stays the headline; this one is for telling whether a change helped.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def build_text(mb: float) -> list[str]:
    """Paragraphs of 3–8 corpus sentences each, shuffled with a fixed seed, ~mb megabytes."""
    from hostile import corpus_sentences

    sents = corpus_sentences()
    rng = random.Random(0)
    out, size = [], 0
    while size < mb * 1e6:
        para = "".join(rng.choice(sents) for _ in range(rng.randint(3, 8)))
        out.append(para)
        size += len(para.encode("utf-8"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=3.0)
    ap.add_argument("--rounds", type=int, default=3,
                    help="baseline and xuncha alternate this many times; the best of each is compared")
    ap.add_argument("--instructions", action="store_true",
                    help="compare instruction counts under callgrind instead of seconds")
    ap.add_argument("--only", choices=("setup", "baseline", "xuncha"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.instructions:
        return count_instructions(args.mb)
    lines = build_text(args.mb)
    mb = sum(len(l.encode("utf-8")) for l in lines) / 1e6

    import jieba

    jieba.setLogLevel(60)
    tk = jieba.Tokenizer()
    tk.initialize()

    from pipeline.clean import load_noise_rules
    from pipeline.extract import Tagger
    from pipeline.ingest import build_document
    from pipeline.records import RawDocument, RawParagraph

    tagger = Tagger()
    tagger.rules.patterns()  # compile every rule regex now, as a worker has after its first files
    tagger.segmenter.build_index()  # and the segmenter's word index, as a long job's worker has
    noise = load_noise_rules()
    chunk = 200

    def baseline() -> int:
        return sum(len(tk.lcut(line, HMM=False)) for line in lines)

    def ours() -> tuple[int, int]:
        n_sent = n_prob = 0
        for i in range(0, len(lines), chunk):
            raw = RawDocument(path=f"bench-{i}.txt", format="txt",
                              paragraphs=tuple(RawParagraph(t) for t in lines[i:i + chunk]))
            doc = build_document(raw, noise)
            clues = tagger.tag(doc.sentences)
            n_sent += len(clues)
            n_prob += sum(c.is_problem for c in clues)
        return n_sent, n_prob

    if args.only:  # one part, for count_instructions
        if args.only == "baseline":
            baseline()
        elif args.only == "xuncha":
            ours()
        return

    segmenter = tagger.segmenter
    base_t, our_t, seg_t, batch_t = [], [], [], []
    for _ in range(args.rounds):  # alternate, so both see the same machine load
        t0 = time.perf_counter()
        n_tokens = baseline()
        base_t.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        for line in lines:
            segmenter.cut(line)
        seg_t.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        for i in range(0, len(lines), chunk):
            segmenter.cut_many(lines[i:i + chunk])
        batch_t.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        n_sent, n_prob = ours()
        our_t.append(time.perf_counter() - t0)
    base, mine = min(base_t), min(our_t)
    print(f"text: {mb:.2f} MB, {len(lines)} paragraphs, {n_tokens} jieba tokens, {n_sent} sentences "
          f"({n_prob} problems); best of {args.rounds} alternating rounds")
    print(f"baseline jieba lcut(HMM=False): {base:.2f} s  ({mb / base:.2f} MB/s)")
    print(f"xuncha segmenter alone:         {min(seg_t):.2f} s  ({mb / min(seg_t):.2f} MB/s; same tokens as "
          f"jieba, {base / min(seg_t):.2f}x its speed)")
    print(f"  the same, a batch at a time:  {min(batch_t):.2f} s  ({mb / min(batch_t):.2f} MB/s; cut_many, "
          f"{base / min(batch_t):.2f}x jieba's speed; what the tagger uses)")
    print(f"xuncha extract (in process):    {mine:.2f} s  ({mb / mine:.2f} MB/s)")
    print("per-round ratios: " + ", ".join(f"{b / o:.2f}" for b, o in zip(base_t, our_t)))
    print(f"ratio xuncha/baseline throughput: {base / mine:.2f}  (target >= 0.6)")


def count_instructions(mb: float) -> None:
    import os
    import re
    import shutil
    import subprocess
    import tempfile

    if not shutil.which("valgrind"):
        sys.exit("bench_extract: --instructions needs valgrind (apt-get install valgrind)")
    env = dict(os.environ, PYTHONHASHSEED="0")
    counts = {}
    with tempfile.TemporaryDirectory() as tmp:
        procs = {}
        for part in ("setup", "baseline", "xuncha"):  # two cores: run them side by side
            cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/{part}.out",
                   sys.executable, __file__, "--mb", str(mb), "--only", part]
            procs[part] = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
        for part, proc in procs.items():
            _, err = proc.communicate()
            found = re.search(r"Collected : (\d+)", err)
            if proc.returncode != 0 or not found:
                sys.exit(f"bench_extract: the {part} run failed under valgrind:\n{err[-2000:]}")
            counts[part] = int(found.group(1))
    base = counts["baseline"] - counts["setup"]
    ours = counts["xuncha"] - counts["setup"]
    print(f"instructions above set-up ({mb} MB): baseline jieba {base / 1e9:.3f} G, xuncha extract {ours / 1e9:.3f} G")
    print(f"ratio xuncha/baseline in instructions: {base / ours:.3f}  (seconds are the headline; see --help)")


if __name__ == "__main__":
    main()
