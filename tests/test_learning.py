"""Learning from corrections: reviewed clues as training data, the document-grouped hold-out,
bootstrap figures, the promotion gate, the learning curve and the uncertainty order."""
from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest

from pipeline import learning, registry
from pipeline.classifier import load_model
from pipeline.records import Document, Sentence
from pipeline.store import Store
from pipeline.train import merge_corrections, train

ROOT = Path(__file__).resolve().parents[1]
SHIPPED_THRESHOLDS = json.loads((ROOT / "models" / "model.json").read_text(encoding="utf-8"))["thresholds"]


def _lines(path: Path) -> list[dict]:
    return [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]


@pytest.fixture(scope="module")
def tiny_corpus(tmp_path_factory) -> Path:
    """Every 40th training line (about 160): a model trains in seconds."""
    root = tmp_path_factory.mktemp("corpus")
    src = [x for p in sorted((ROOT / "corpora" / "train").glob("*.jsonl")) for x in _lines(p)]
    (root / "train").mkdir()
    (root / "train" / "t.jsonl").write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in src[::40]),
                                            encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def flipped_corpus(tiny_corpus, tmp_path_factory) -> Path:
    """The tiny corpus with every label wrong: a model worse than any other."""
    root = tmp_path_factory.mktemp("flipped")
    (root / "train").mkdir()
    lines = _lines(tiny_corpus / "train" / "t.jsonl")
    codes = list(SHIPPED_THRESHOLDS.keys() - {"is_problem", "fallback", "rule_strength", "section_offsets"})
    codes.sort()
    out = []
    for i, x in enumerate(lines):
        wrong = [codes[(codes.index(x["categories"][0]) + 5) % len(codes)]] if x["categories"] else [codes[i % len(codes)]]
        out.append(dict(x, is_problem=not x["is_problem"], categories=wrong if not x["is_problem"] else []))
    (root / "train" / "t.jsonl").write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in out),
                                            encoding="utf-8")
    return root


def _store(path: Path, docs: list[list[dict]], reviewed: bool = True) -> Path:
    """A store with one document per list of corpus lines, every sentence tagged and (as the
    review desk stores a decision) reviewed with the line's labels."""
    with Store(path) as store:
        items = []
        for d, lines in enumerate(docs):
            sents = [Sentence(doc=f"d{d}.txt", paragraph=i + 1, start=0, end=len(g["text"]), text=g["text"],
                              section=tuple(g.get("section") or ()) if isinstance(g.get("section"), list)
                              else ((g["section"],) if g.get("section") else ()))
                     for i, g in enumerate(lines)]
            items.append(Document(path=f"d{d}.txt", format="txt", file_hash=f"f{d}", text_hash=f"doc-{d}",
                                  sentences=sents))
        store.add_documents(items)
        with store.transaction() as c:
            for d, lines in enumerate(docs):
                did = c.execute("SELECT id FROM documents WHERE text_hash = ?", (f"doc-{d}",)).fetchone()[0]
                for sid, g in zip(store.sentence_ids(did), lines):
                    c.execute("INSERT INTO tags VALUES (?,?,?,?,?,?,?,?)",
                              (sid, did, int(g["is_problem"]), 0.5, "[]", "test", None, int(reviewed)))
                    for code in g.get("categories") or ():
                        c.execute("INSERT INTO tag_categories VALUES (?,?,?,?)", (sid, code, 1.0, "[]"))
                    for k, u in enumerate(g.get("units") or ()):
                        c.execute('INSERT INTO tag_units (sentence_id, seq, text, start, "end", canonical) '
                                  "VALUES (?,?,?,?,?,?)", (sid, k, u, 0, len(u), u))
    return path


def _dev_docs(n_docs: int, per_doc: int) -> list[list[dict]]:
    dev = _lines(ROOT / "corpora" / "dev" / "dev.jsonl")
    return [dev[d * per_doc:(d + 1) * per_doc] for d in range(n_docs)]


# -- corrections -----------------------------------------------------------------------------
def test_learning_corrections_are_the_reviewed_rows_with_the_analysts_labels(tmp_path):
    docs = [[{"text": "县财政局违规发放津补贴3.6万元。", "is_problem": True, "categories": ["finance"],
              "units": ["县财政局"]},
             {"text": "全县经济社会发展取得新成效。", "is_problem": False, "categories": [], "units": []}]]
    db = _store(tmp_path / "a.db", docs)
    with Store(db) as store:
        store.conn.execute("UPDATE tags SET reviewed = 0 WHERE is_problem = 0")  # not yet reviewed
        corr = learning.load_corrections(store)
    assert [(c.text, c.is_problem, c.categories, c.units) for c in corr] == [
        ("县财政局违规发放津补贴3.6万元。", True, ("finance",), ("县财政局",))]
    assert corr[0].example()["categories"] == ["finance"]


@pytest.mark.parametrize("corpus_label,correction_label", [(True, False), (False, True)])
def test_learning_correction_outranks_the_corpus_line_with_the_same_text(corpus_label, correction_label):
    text = "县教育局违规收取择校费12万元。"
    corpus = [{"text": text, "is_problem": corpus_label, "categories": ["finance"] if corpus_label else [],
               "units": [], "section": []},
              {"text": "其他句子。", "is_problem": False, "categories": [], "units": [], "section": []}]
    corr = [{"text": " " + text, "is_problem": correction_label,
             "categories": ["micro_corruption"] if correction_label else [], "units": [], "section": []}]
    merged, replaced = merge_corrections(corpus, corr)
    assert replaced == 1
    assert [m["is_problem"] for m in merged if m["text"].strip() == text] == [correction_label]
    assert merged[0]["text"] == "其他句子。"


def test_learning_training_uses_corrections_over_the_corpus_reproducibly(tiny_corpus, tmp_path):
    lines = _lines(tiny_corpus / "train" / "t.jsonl")
    target = next(x for x in lines if x["is_problem"])
    corr = [{"text": target["text"], "is_problem": False, "categories": [], "units": [], "section": []},
            {"text": "县民政局违规向不符合条件人员发放低保金5.2万元。", "is_problem": True,
             "categories": ["livelihood"], "units": ["县民政局"], "section": []}]
    a = train(tiny_corpus, tmp_path / "a", corrections=corr, thresholds=SHIPPED_THRESHOLDS, score_dev=False)
    b = train(tiny_corpus, tmp_path / "b", corrections=corr, thresholds=SHIPPED_THRESHOLDS, score_dev=False)
    assert a["training_data"]["corrections"]["replaced_corpus_lines"] == 1
    assert a["training_data"]["sentences"] == len(lines) + 1
    assert a["training_data"]["problems"] == sum(x["is_problem"] for x in lines)  # one lost, one gained
    ma, mb = load_model(tmp_path / "a")[0], load_model(tmp_path / "b")[0]
    assert np.array_equal(ma.weights_, mb.weights_) and np.array_equal(ma.bias_, mb.bias_)
    assert a["training_data"]["corrections"]["sha256"] == b["training_data"]["corrections"]["sha256"]


# -- hold-out ------------------------------------------------------------------------------------
def _corrections(n_docs: int, per_doc: int = 3) -> list[learning.Correction]:
    return [learning.Correction(d * 100 + i, d, f"hash-{d}", i, f"文档{d}第{i}句存在问题。", (), True, ("finance",), ())
            for d in range(n_docs) for i in range(per_doc)]


@pytest.mark.parametrize("fraction", [0.1, 0.2, 0.5])
@pytest.mark.parametrize("n_docs", [2, 7, 60])
def test_learning_holdout_never_splits_a_document(fraction, n_docs):
    corr = _corrections(n_docs)
    train_side, held = learning.split_holdout(corr, fraction)
    assert held and train_side
    assert not {c.document_hash for c in train_side} & {c.document_hash for c in held}
    assert len(train_side) + len(held) == len(corr)
    again = learning.split_holdout(list(reversed(corr)), fraction)[1]
    assert {c.document_hash for c in again} == {c.document_hash for c in held}


def test_learning_holdout_documents_keep_their_side_as_the_store_grows():
    small = learning.holdout_documents([f"hash-{d}" for d in range(40)], 0.2)
    large = learning.holdout_documents([f"hash-{d}" for d in range(400)], 0.2)
    assert small and small == {h for h in large if int(h.split("-")[1]) < 40}


# -- figures and the gate ------------------------------------------------------------------------
def _scores(correct, tp, fp, fn):
    return learning.Scores(np.array(correct, bool), np.array(tp), np.array(fp), np.array(fn), ("a", "b"))


def test_learning_bootstrap_intervals_hold_the_figure_and_repeat():
    rng = np.random.default_rng(1)
    n = 80
    tp = rng.integers(0, 2, (n, 2))
    s = _scores(rng.random(n) < 0.9, tp, (1 - tp) * rng.integers(0, 2, (n, 2)), np.zeros((n, 2), int))
    a = learning.figures(s, draws=300)
    assert a == learning.figures(s, draws=300)
    for f in a.values():
        assert f.low <= f.value <= f.high and f.high - f.low > 0
    d = learning.paired_difference(s, s, draws=200)
    assert all(f.as_dict() == {"value": 0.0, "low": 0.0, "high": 0.0} for f in d.values())
    worse = _scores(np.zeros(n, bool), tp, tp, np.zeros((n, 2), int))
    assert learning.paired_difference(worse, s, draws=200)["problem_accuracy"].high < 0
    perfect = learning.figures(_scores([True] * 5, [[1, 0]] * 5, [[0, 0]] * 5, [[0, 0]] * 5), draws=100)
    assert perfect["category_micro_f1"].as_dict() == {"value": 1.0, "low": 1.0, "high": 1.0}


def _figs(value: float, half: float) -> dict:
    return {m: learning.Figure(value, value - half, value + half) for m in learning.METRICS}


@pytest.mark.parametrize("candidate,active,promoted", [
    (_figs(0.90, 0.03), _figs(0.85, 0.03), True),   # better
    (_figs(0.88, 0.03), _figs(0.90, 0.03), True),   # a drop inside the interval
    (_figs(0.80, 0.03), _figs(0.90, 0.03), False),  # a drop beyond it
])
def test_learning_gate_accepts_better_and_refuses_worse(candidate, active, promoted):
    d = learning.gate(candidate, active)
    assert d.promoted is promoted and not d.forced
    forced = learning.gate(candidate, active, force=True)
    assert forced.promoted and forced.forced is (not promoted)


def test_learning_gate_refuses_when_one_figure_drops():
    cand = _figs(0.9, 0.01) | {"category_macro_f1": learning.Figure(0.7, 0.68, 0.72)}
    d = learning.gate(cand, _figs(0.9, 0.01))
    assert not d.promoted and any("category_macro_f1" in r and "drop" in r for r in d.reasons)


def test_learning_train_gate_and_rollback_end_to_end(tiny_corpus, flipped_corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("XUNCHA_HOME", str(tmp_path / "home"))
    db = _store(tmp_path / "r.db", _dev_docs(10, 12))
    with Store(db) as store:
        corr = learning.load_corrections(store)
    kw = dict(corrections=corr, draws=200, keep_thresholds=True)
    bad = learning.train_version(flipped_corpus, force=True, **kw)
    assert bad.gate_set == "hold-out" and bad.decision.forced and registry.active_id() == bad.version
    good = learning.train_version(tiny_corpus, **kw)
    assert good.decision.promoted and not good.decision.forced and registry.active_id() == good.version
    assert good.baseline_id == bad.version
    worse = learning.train_version(flipped_corpus, **kw)
    assert not worse.decision.promoted and registry.active_id() == good.version
    info = registry.get_version(worse.version).info
    assert info["decision"]["promoted"] is False and info["baseline"]["id"] == good.version
    assert set(info["figures"]) == set(info["difference"]) == set(learning.METRICS)
    assert info["difference"]["category_micro_f1"]["high"] < 0  # flipped labels: surely worse
    assert info["training"]["held_out"] > 0 and info["training"]["corrections"] + info["training"]["held_out"] == len(corr)
    assert registry.rollback() == bad.version


# -- learning curve ------------------------------------------------------------------------------
def test_learning_curve_prints_five_points_with_intervals(tiny_corpus, tmp_path):
    from conftest import run_cli

    db = _store(tmp_path / "c.db", _dev_docs(8, 10))
    env = dict(os.environ, XUNCHA_HOME=str(tmp_path / "home"))
    proc = run_cli("evaluate", "--curve", "--store", db, "--corpus", tiny_corpus, "--keep-thresholds",
                   "--draws", "200", "--format", "json", env=env)
    assert proc.returncode == 0, proc.stderr_text
    out = json.loads(proc.stdout_text)
    assert [p["fraction"] for p in out["points"]] == [0.0, 0.25, 0.5, 0.75, 1.0]
    counts = [p["corrections"] for p in out["points"]]
    assert counts[0] == 0 and counts == sorted(counts) and counts[-1] > 0
    for p in out["points"]:
        assert set(p["figures"]) == set(learning.METRICS)
        for f in p["figures"].values():
            assert f["low"] <= f["value"] <= f["high"]
    assert out["holdout_sentences"] > 0


def test_learning_curve_needs_reviewed_clues(tmp_path):
    from conftest import run_cli

    db = _store(tmp_path / "e.db", [])
    proc = run_cli("evaluate", "--curve", "--store", db)
    assert proc.returncode == 1 and "hold-out is empty" in proc.stderr_text


# -- active learning -----------------------------------------------------------------------------
def test_learning_review_order_puts_uncertain_unreviewed_clues_first(tmp_path, tagger):
    docs = _dev_docs(3, 10)
    db = _store(tmp_path / "q.db", docs, reviewed=False)
    with Store(db) as store:
        first = store.conn.execute("SELECT MIN(sentence_id) FROM tags").fetchone()[0]
        store.conn.execute("UPDATE tags SET reviewed = 1 WHERE sentence_id = ?", (first,))
        order = learning.review_order(store, tagger)
        clues = learning.review_order(store, tagger, clues_only=True)
        top = learning.review_order(store, tagger, limit=5)
        n_clues = store.conn.execute("SELECT COUNT(*) FROM tags WHERE reviewed = 0 AND is_problem = 1").fetchone()[0]
    ids = [sid for sid, _ in order]
    assert len(ids) == 29 and first not in ids
    scores = [u for _, u in order]
    assert scores == sorted(scores, reverse=True) and min(scores) >= 0
    assert len(clues) == n_clues and top == order[:5]


def test_learning_uncertainty_is_highest_at_the_problem_threshold(tagger):
    texts = ["县财政局违规发放津补贴3.6万元，个别干部收受礼金。", "今天召开了全县工作会议。"]
    u = learning.uncertainty(tagger, texts, [(), ()])
    assert u.shape == (2,) and (u >= 0).all()

    import copy

    def at_threshold(t):  # the same tagger with its problem threshold moved onto a sentence's score
        moved = copy.copy(tagger)
        moved.problem_threshold = t
        return moved

    from pipeline.classifier import apply_section_offsets

    _, words, _ = tagger.features(texts, [(), ()])
    p = apply_section_offsets(tagger.model.problem_proba(tagger.model.features(texts, words)), [None, None],
                              tagger.thresholds.get("section_offsets"))
    for i in range(2):
        at = learning.uncertainty(at_threshold(float(p[i])), texts, [(), ()])
        assert at[i] >= 1.0 - 1e-9
