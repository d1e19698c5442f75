"""Copy the shipped model's dev figures (models/model.json) into README.md's quality table.

Run after `xuncha train --out models`; tests/test_cli.py checks that the two agree.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    meta = json.loads((ROOT / "models" / "model.json").read_text(encoding="utf-8"))
    m = meta["dev"]
    n_train = meta["training_data"]["sentences"]
    path = ROOT / "README.md"
    s = path.read_text(encoding="utf-8")
    subs = [
        (r"\| problem detection accuracy \| [0-9.]+ \|", f"| problem detection accuracy | {m['problem_accuracy']:.3f} |"),
        (r"\| category micro-F1 \| [0-9.]+ \|", f"| category micro-F1 | {m['category_micro_f1']:.3f} |"),
        (r"\| category macro-F1 \| [0-9.]+ \|", f"| category macro-F1 | {m['category_macro_f1']:.3f} |"),
        (r"\| unit F1 \(P [0-9.]+, R [0-9.]+\) \| [0-9.]+ \|",
         f"| unit F1 (P {m['unit_precision']:.3f}, R {m['unit_recall']:.3f}) | {m['unit_f1']:.3f} |"),
        (r"independently of the [0-9,]+ training sentences", f"independently of the {n_train:,} training sentences"),
    ]
    for pattern, repl in subs:
        s, n = re.subn(pattern, repl, s)
        if n != 1:
            raise SystemExit(f"README.md: pattern not found once: {pattern}")
    path.write_text(s, encoding="utf-8")
    print("README.md updated:", {k: m[k] for k in ("problem_accuracy", "category_micro_f1", "category_macro_f1", "unit_f1")})


if __name__ == "__main__":
    main()
