"""Train the unit NER (pipeline/unit_ner.py) on corpora/train and save it.

Run from the repository root:  python scripts/train_unit_ner.py [OUT_DIR]
OUT_DIR defaults to models/unit_ner. Fixed seed, CPU, no vectors, nothing downloaded; a few
minutes on 2 cores. Prints the alignment counts, the loss per epoch, the time and the files
written. The dev set is not read here (bench/unit_ner_eval.py measures on it).
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline import unit_ner  # noqa: E402
from pipeline.train import corpus_files, data_hash, load_corpus  # noqa: E402


def train_and_save(out_dir: Path, epochs: int = unit_ner.EPOCHS) -> dict:
    """Train on corpora/train, save to ``out_dir``; returns the metadata stored with it."""
    import spacy

    files = corpus_files(ROOT / "corpora" / "train")
    corpus = load_corpus(files)
    t0 = time.perf_counter()
    nlp, stats, losses = unit_ner.train_unit_ner(corpus, epochs=epochs)
    seconds = time.perf_counter() - t0
    meta = {
        "training_data": {"files": [p.name for p in files], "sha256": data_hash(files)},
        "alignment": stats.__dict__,
        "epochs": epochs,
        "seed": unit_ner.SEED,
        "losses": losses,
        "train_seconds": round(seconds, 1),
        "spacy": spacy.__version__,
    }
    unit_ner.save_unit_ner(nlp, out_dir, meta)
    return meta


def main(argv: list[str]) -> int:
    out_dir = Path(argv[1]) if len(argv) > 1 else ROOT / "models" / unit_ner.MODEL_NAME
    meta = train_and_save(out_dir)
    print(f"alignment: {meta['alignment']}")
    print(f"losses per epoch: {meta['losses']}")
    print(f"trained in {meta['train_seconds']} s")
    files = unit_ner.model_files(out_dir)
    for name, size in files.items():
        print(f"  {name}: {size} bytes")
    print(f"total {sum(files.values()) / 1e6:.2f} MB in {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
