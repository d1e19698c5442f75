"""Simulated review: does reviewing the most uncertain clues first teach the model faster than
reviewing them in random order?

The dev corpus (corpora/dev/dev.jsonl) plays the analyst: it is the pool of tagged clues whose
true labels are revealed when reviewed. The test set is corpora/eval/part_n.jsonl (another
writer). Starting from the training corpus (corpora/train), each round reviews the next
``--batch`` clues of the pool, chosen by the current model's uncertainty
(``pipeline.learning.uncertainty``) or at random (``--seeds``), retrains on the corpus plus
every clue reviewed so far (as corrections, which outrank the corpus), and scores the test set.

Retraining: a full ``xuncha train`` tunes thresholds out-of-fold (5 folds + the final fit,
36 s wall on a quiet 2-core machine, 2–3 min on a busy one); for the dozens of retrains here each model is one fit that keeps
the shipped model's thresholds (``train(thresholds=...)``), and the words of every sentence
are computed once. The script says so in its output.

    python bench/simulate_review.py [--batch 100] [--seeds 0 1 2] [--json out.json]
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.classifier import load_model  # noqa: E402
from pipeline.extract import Tagger  # noqa: E402
from pipeline.learning import uncertainty  # noqa: E402
from pipeline.resources import shipped_models_dir  # noqa: E402
from pipeline.train import corpus_files, evaluate, load_corpus, train  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--batch", type=int, default=100)
    ap.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    ap.add_argument("--rounds", type=int, default=None, help="stop after this many rounds")
    ap.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = ap.parse_args(argv)

    corpus = ROOT / "corpora"
    pool = load_corpus(corpus_files(corpus / "dev"))
    test = load_corpus([corpus / "eval" / "part_n.jsonl"])
    thresholds = load_model(shipped_models_dir())[1]["thresholds"]
    cache: dict = {}
    n_rounds = -(-len(pool) // args.batch)
    if args.rounds:
        n_rounds = min(n_rounds, args.rounds)
    print(f"pool (analyst) {len(pool)} dev lines; test {len(test)} lines of part N; batch {args.batch}; "
          f"{n_rounds} rounds; random seeds {args.seeds}")
    print("retrain: one fit keeping the shipped model's thresholds (no out-of-fold tuning; "
          "a full `xuncha train` is 36 s wall on a quiet 2-core machine, 2-3 min on a busy one)")

    with tempfile.TemporaryDirectory(prefix="xuncha-sim-") as tmp:
        counter = [0]

        def fit(reviewed: list[int]) -> Path:
            counter[0] += 1
            out = Path(tmp) / f"m{counter[0]}"
            train(corpus, out, corrections=[pool[i] for i in sorted(reviewed)], thresholds=thresholds,
                  score_dev=False, token_cache=cache)
            return out

        def score(model_dir: Path) -> tuple[Tagger, dict]:
            tagger = Tagger(None, model_dir)
            m = evaluate(tagger, test)
            return tagger, {"micro_f1": round(m["category_micro_f1"], 4), "macro_f1": round(m["category_macro_f1"], 4),
                            "problem_accuracy": round(m["problem_accuracy"], 4)}

        t0 = time.monotonic()
        base_dir = fit([])
        fit_s = time.monotonic() - t0
        base_tagger, base = score(base_dir)
        print(f"start (corpus only): micro-F1 {base['micro_f1']:.4f}  problem accuracy "
              f"{base['problem_accuracy']:.4f}  (first fit incl. featurizing {fit_s:.1f} s)")

        runs: dict[str, list[dict]] = {}
        strategies = [("uncertainty", None)] + [(f"random-{s}", s) for s in args.seeds]
        for name, seed in strategies:
            t1 = time.monotonic()
            reviewed: list[int] = []
            tagger = base_tagger
            order = np.random.default_rng(seed).permutation(len(pool)).tolist() if seed is not None else None
            curve = []
            for r in range(n_rounds):
                left = [i for i in range(len(pool)) if i not in set(reviewed)]
                if order is not None:
                    pick = [i for i in order if i not in set(reviewed)][:args.batch]
                else:
                    u = uncertainty(tagger, [pool[i]["text"] for i in left], [pool[i]["section"] for i in left])
                    pick = [left[j] for j in sorted(range(len(left)), key=lambda j: (-u[j], j))[:args.batch]]
                reviewed += pick
                tagger, figs = score(fit(reviewed))
                curve.append({"reviewed": len(reviewed), **figs})
            runs[name] = curve
            print(f"  {name}: {time.monotonic() - t1:.0f} s", file=sys.stderr)

    print()
    print(f"{'reviewed':>8}  {'uncertainty':>22}  {'random (mean, min–max over seeds)':>40}")
    print(f"{'':>8}  {'micro-F1':>10} {'prob.acc':>10}  {'micro-F1':>27} {'prob.acc':>12}")
    print(f"{0:>8}  {base['micro_f1']:>10.4f} {base['problem_accuracy']:>10.4f}  {base['micro_f1']:>27.4f} "
          f"{base['problem_accuracy']:>12.4f}")
    rnd = [runs[f"random-{s}"] for s in args.seeds]
    for r, u in enumerate(runs["uncertainty"]):
        micro = [c[r]["micro_f1"] for c in rnd]
        acc = [c[r]["problem_accuracy"] for c in rnd]
        print(f"{u['reviewed']:>8}  {u['micro_f1']:>10.4f} {u['problem_accuracy']:>10.4f}  "
              f"{np.mean(micro):>10.4f} ({min(micro):.4f}–{max(micro):.4f}) {np.mean(acc):>12.4f}")
    if args.json:
        args.json.write_text(json.dumps({"start": base, "runs": runs, "batch": args.batch, "seeds": args.seeds,
                                         "retrain": "one fit, shipped thresholds kept"}, indent=2) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
