"""The scikit-learn model: is a sentence a problem, and which categories does it carry.

Features (segment once, reuse the tokens): TF-IDF over character 1–3-grams of the sentence,
TF-IDF over its jieba tokens, and a few signal tokens (section kind, negation / plan /
achievement / problem-frame cues from rules/problem.yml). One logistic regression for
``is_problem`` and one per category (one-vs-rest, trained on problem sentences).

Estimator conventions follow scikit-learn: the constructor stores keyword parameters,
learned state ends in ``_``, ``predict_proba`` scores and ``decide`` applies the thresholds
kept in the model metadata. Saved with skops; loading trusts an explicit list of types only.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Sequence

import numpy as np
import yaml

from .errors import ModelError, RuleFileError

MODEL_FILE = "model.skops"
META_FILE = "model.json"

TRUSTED_TYPES = [
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.linear_model._logistic.LogisticRegression",
    "numpy.float64",
    "numpy.int64",
    "numpy.dtype",
    "scipy.sparse._csr.csr_matrix",
    "builtins.dict",
    "builtins.list",
    "builtins.str",
    "builtins.float",
    "builtins.int",
    "builtins.tuple",
    "builtins.NoneType",
    "builtins.bool",
]


@dataclass(frozen=True)
class Signals:
    """Compiled section kinds and cue patterns from rules/problem.yml."""

    section_kinds: tuple[tuple[str, tuple[str, ...]], ...]
    cues: tuple[tuple[str, re.Pattern], ...]

    @classmethod
    def load(cls, rules_dir: Path) -> "Signals":
        path = Path(rules_dir) / "problem.yml"
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            raise RuleFileError(str(path), "not valid YAML", mark.line + 1 if mark else None) from None
        except OSError as exc:
            raise RuleFileError(str(path), f"cannot read ({exc.strerror})") from None
        kinds = tuple((k, tuple(v)) for k, v in (data.get("section_kinds") or {}).items())
        cues = []
        for name, patterns in (data.get("cues") or {}).items():
            try:
                cues.append((name, re.compile("|".join(f"(?:{p})" for p in patterns))))
            except re.error as exc:
                raise RuleFileError(str(path), f"bad pattern in cues.{name}: {exc}") from None
        return cls(kinds, tuple(cues))

    def section_kind(self, section: Sequence[str]) -> Optional[str]:
        for heading in section:
            for kind, words in self.section_kinds:
                if any(w in heading for w in words):
                    return kind
        return None

    def feature_tokens(self, text: str, section: Sequence[str]) -> list[str]:
        out = []
        kind = self.section_kind(section)
        out.append(f"§sec_{kind or 'none'}")
        for name, pattern in self.cues:
            if pattern.search(text):
                out.append(f"§cue_{name}")
        return out


def feature_string(tokens: Sequence[str], signals: Sequence[str]) -> str:
    """The token field the word vectorizer reads: tokens and signal tokens, space-separated."""
    return " ".join([t for t in tokens if t.strip()] + list(signals))


class ClueModel:
    """Problem detector and per-category scorers over shared features."""

    def __init__(self, *, C_problem: float = 4.0, C_category: float = 8.0, min_df: int = 1,
                 random_state: int = 0):
        self.C_problem = C_problem
        self.C_category = C_category
        self.min_df = min_df
        self.random_state = random_state

    def _features(self, texts: Sequence[str], token_strings: Sequence[str]):
        from scipy.sparse import hstack

        return hstack([self.char_vec_.transform(texts), self.tok_vec_.transform(token_strings)]).tocsr()

    def fit(self, texts, token_strings, is_problem, categories, codes: Sequence[str]) -> "ClueModel":
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        self.codes_ = list(codes)
        self.char_vec_ = TfidfVectorizer(analyzer="char", ngram_range=(1, 3), min_df=self.min_df,
                                         sublinear_tf=True, lowercase=False, dtype=np.float32)
        self.tok_vec_ = TfidfVectorizer(analyzer="word", token_pattern=r"[^ ]+", lowercase=False,
                                        ngram_range=(1, 2), min_df=self.min_df, sublinear_tf=True,
                                        dtype=np.float32)
        self.char_vec_.fit(texts)
        self.tok_vec_.fit(token_strings)
        X = self._features(texts, token_strings)
        y = np.asarray(is_problem, dtype=int)
        self.problem_ = LogisticRegression(C=self.C_problem, class_weight="balanced", max_iter=2000,
                                           random_state=self.random_state).fit(X, y)
        idx = np.flatnonzero(y == 1)
        Xp = X[idx]
        self.category_models_ = {}
        for code in self.codes_:
            yc = np.asarray([1 if code in categories[i] else 0 for i in idx], dtype=int)
            if yc.sum() == 0 or yc.sum() == len(yc):
                continue  # nothing to learn for this category: rules alone
            self.category_models_[code] = LogisticRegression(
                C=self.C_category, class_weight="balanced", max_iter=2000,
                random_state=self.random_state).fit(Xp, yc)
        return self

    def predict_proba(self, texts, token_strings) -> tuple[np.ndarray, np.ndarray]:
        """(problem probability per sentence, category probability matrix in ``codes_`` order)."""
        X = self._features(texts, token_strings)
        p = self.problem_.predict_proba(X)[:, 1]
        cats = np.zeros((len(texts), len(self.codes_)), dtype=float)
        for j, code in enumerate(self.codes_):
            m = self.category_models_.get(code)
            if m is not None:
                cats[:, j] = m.predict_proba(X)[:, 1]
        return p, cats

    # -- persistence --------------------------------------------------------------------
    def state(self) -> dict:
        return {
            "codes": list(self.codes_),
            "char_vec": self.char_vec_,
            "tok_vec": self.tok_vec_,
            "problem": self.problem_,
            "categories": dict(self.category_models_),
            "params": {"C_problem": self.C_problem, "C_category": self.C_category,
                       "min_df": self.min_df, "random_state": self.random_state},
        }

    @classmethod
    def from_state(cls, state: dict) -> "ClueModel":
        m = cls(**state["params"])
        m.codes_ = list(state["codes"])
        m.char_vec_ = state["char_vec"]
        m.tok_vec_ = state["tok_vec"]
        m.problem_ = state["problem"]
        m.category_models_ = dict(state["categories"])
        return m


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def save_model(model: ClueModel, meta: dict, folder: Path) -> Path:
    import skops.io as sio

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / MODEL_FILE
    sio.dump(model.state(), path)
    meta = dict(meta)
    meta["model_sha256"] = file_sha256(path)
    (folder / META_FILE).write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def load_model(folder: Path) -> tuple[ClueModel, dict]:
    """Load with skops, trusting only the listed types, after checking the recorded hash."""
    import skops.io as sio

    folder = Path(folder)
    path = folder / MODEL_FILE
    meta_path = folder / META_FILE
    if not path.is_file() or not meta_path.is_file():
        raise ModelError(f"{folder}: no model here ({MODEL_FILE} and {META_FILE}); run `xuncha train`")
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"{meta_path}: unreadable model metadata ({exc}); retrain with `xuncha train`") from None
    if meta.get("model_sha256") != file_sha256(path):
        raise ModelError(f"{path}: file does not match the hash in {META_FILE} (changed or tampered); "
                         "retrain with `xuncha train` or restore the shipped model")
    try:
        untrusted = sio.get_untrusted_types(file=path)
        extra = [t for t in untrusted if t not in TRUSTED_TYPES]
        if extra:
            raise ModelError(f"{path}: model holds types that are not trusted ({', '.join(extra[:3])}); refused")
        state = sio.load(path, trusted=untrusted)
    except ModelError:
        raise
    except Exception as exc:  # skops raises many kinds on a corrupt file
        raise ModelError(f"{path}: not a readable model ({type(exc).__name__}); retrain with `xuncha train`") from None
    return ClueModel.from_state(state), meta
