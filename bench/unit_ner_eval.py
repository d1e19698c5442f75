"""Unit P/R/F1 on corpora/dev for the patterns, the trained unit NER, and their combinations.

Run from the repository root:  python bench/unit_ner_eval.py [MODEL_DIR] [--diff]
MODEL_DIR defaults to models/unit_ner; when no model is there, one is trained from
corpora/train into a temporary folder first (scripts/train_unit_ner.py, a few minutes).

Scored on the gold problem sentences of corpora/dev, unit texts compared as multisets per
sentence (as pipeline/train.py ``evaluate`` does). Policies: see ``pipeline.unit_ner.merge_units``.
Also times the pattern recognizer and the NER on the same sentences. ``--diff`` prints the
sentences where the two gap-filling policies change the patterns' units.

Measured (366 problem sentences, 244 gold units; NER: 20 epochs, seed 0, width 64, depth 3,
2.19 MB on disk, trained on corpora/train parts A-H = 3,103 problem sentences, 2,430 units, 70
spans expanded to token boundaries, none skipped; 272 s CPU):

    policy             P       R       F1     tp  fp  fn
    patterns        0.9677  0.9836  0.9756   240   8   4
    ner             0.9471  0.8811  0.9130   215  12  29
    union           0.9310  0.9959  0.9624   243  18   1
    gapfill         0.9679  0.9877  0.9777   241   8   3
    gapfill_prefix  0.9719  0.9918  0.9817   242   7   2

Against the patterns before commit 42c4ee5 (a subsidiary 下属/所属 counts as its parent) the
patterns scored P 0.9556 R 0.9713 F1 0.9634 (237/11/7) and gapfill_prefix the same 242/7/2,
+2.05 points of recall; with that rule in the patterns the NER's best policy adds 2 units of
244 (+0.82 recall, +0.61 F1), under the 1-point bar, so no model is shipped. Speed on the same
sentences (2 cores shared with other jobs, so rough): patterns 2,700-15,000 sentences/s
(1,100-3,400 with jieba segmentation); NER 200-630 with nlp.pipe, 85-360 one call at a time:
the NER costs 10-25 times the patterns.
"""
from __future__ import annotations

import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline import unit_ner  # noqa: E402
from pipeline.nlp import get_segmenter  # noqa: E402
from pipeline.train import corpus_files, load_corpus  # noqa: E402
from pipeline.units import UnitRecognizer  # noqa: E402


def score(pred: list[list[str]], gold: list[list[str]]) -> dict:
    tp = fp = fn = 0
    for p, g in zip(pred, gold):
        pc, gc = Counter(p), Counter(g)
        inter = sum((pc & gc).values())
        tp += inter
        fp += sum(pc.values()) - inter
        fn += sum(gc.values()) - inter
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": prec, "recall": rec, "f1": f1}


def main(argv: list[str]) -> int:
    model_dir = Path(argv[1]) if len(argv) > 1 else ROOT / "models" / unit_ner.MODEL_NAME
    tmp = None
    if not (model_dir / "config.cfg").is_file():
        sys.path.insert(0, str(ROOT / "scripts"))
        from train_unit_ner import train_and_save

        tmp = tempfile.TemporaryDirectory()
        model_dir = Path(tmp.name) / unit_ner.MODEL_NAME
        print(f"no model given; training one into {model_dir} ...", flush=True)
        train_and_save(model_dir)
    dev = [e for e in load_corpus(corpus_files(ROOT / "corpora" / "dev")) if e["is_problem"]]
    texts = [e["text"] for e in dev]
    gold = [e["units"] for e in dev]
    recognizer = UnitRecognizer()
    segmenter = get_segmenter()
    ner = unit_ner.UnitNER(model_dir)

    recognizer.find(texts[0])
    ner.find(texts[0])  # warm up both
    t0 = time.perf_counter()
    spans = [segmenter.spans(t) for t in texts]
    t1 = time.perf_counter()
    patterns = [recognizer.find(t, token_spans=s) for t, s in zip(texts, spans)]
    t2 = time.perf_counter()
    ner_spans = ner.find_many(texts)
    t3 = time.perf_counter()
    for t in texts:
        ner.find(t)
    t4 = time.perf_counter()
    given = ner.find_many(texts, spans)
    t5 = time.perf_counter()
    assert given == ner_spans, "NER on the caller's jieba spans differs from NER on its own"

    print(f"corpora/dev: {len(dev)} problem sentences, {sum(map(len, gold))} gold units")
    print(f"{'policy':<16}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}")
    for policy in unit_ner.POLICIES:
        pred = [[m.text for m in unit_ner.merge_units(p, n, t, recognizer, policy)]
                for p, n, t in zip(patterns, ner_spans, texts)]
        s = score(pred, gold)
        print(f"{policy:<16}{s['precision']:>8.4f}{s['recall']:>8.4f}{s['f1']:>8.4f}"
              f"{s['tp']:>6}{s['fp']:>6}{s['fn']:>6}")
    n = len(texts)
    print(f"speed (sentences/s): patterns {n / (t2 - t1):.0f} (with jieba segmentation "
          f"{n / (t2 - t0):.0f}); NER nlp.pipe {n / (t3 - t2):.0f}, on given jieba spans "
          f"{n / (t5 - t4):.0f}, one call each {n / (t4 - t3):.0f}")
    files = unit_ner.model_files(model_dir)
    print(f"model: {sum(files.values()) / 1e6:.2f} MB, files: {', '.join(files)}")
    if len(argv) > 2 and argv[2] == "--diff":
        for policy in ("gapfill", "gapfill_prefix"):
            for p, nsp, t, g in zip(patterns, ner_spans, texts, gold):
                a = Counter(m.text for m in p)
                b = Counter(m.text for m in unit_ner.merge_units(p, nsp, t, recognizer, policy))
                if a != b:
                    gc = Counter(g)
                    print(policy, "gold", g, "patterns", list(a.elements()), "->", list(b.elements()),
                          "| raw NER", [t[x:y] for x, y in nsp], "|", t[:60])
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
