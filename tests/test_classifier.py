"""The model: safe loading (skops, no trusted types), tamper detection, reproducible training."""
from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

from conftest import ROOT
from pipeline.classifier import load_model
from pipeline.errors import ModelError


def test_classifier_shipped_model_loads_and_carries_its_provenance():
    model, meta = load_model(ROOT / "models")
    for key in ("versions", "rules_fingerprint", "training_data", "thresholds", "dev", "model_sha256"):
        assert key in meta
    assert set(model.codes_) == set(meta["taxonomy_codes"])
    p, cats = model.predict_proba(["县财政局违规发放津补贴"], ["县 财政局 违规 发放 津补贴"])
    assert 0.0 <= p[0] <= 1.0 and cats.shape == (1, len(model.codes_))


def test_classifier_tampered_model_is_refused(tmp_path):
    shutil.copytree(ROOT / "models", tmp_path / "m")
    f = tmp_path / "m" / "model.skops"
    data = bytearray(f.read_bytes())
    data[len(data) // 2] ^= 0xFF
    f.write_bytes(bytes(data))
    with pytest.raises(ModelError, match="hash"):
        load_model(tmp_path / "m")


def test_classifier_metadata_hash_mismatch_is_refused(tmp_path):
    shutil.copytree(ROOT / "models", tmp_path / "m")
    meta_path = tmp_path / "m" / "model.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["model_sha256"] = "0" * 64
    meta_path.write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(ModelError):
        load_model(tmp_path / "m")


def test_classifier_a_pickle_bomb_in_place_of_the_model_is_not_executed(tmp_path):
    import hashlib
    import pickle

    class Evil:
        def __reduce__(self):
            return (open, (str(tmp_path / "pwned"), "w"))

    folder = tmp_path / "m"
    folder.mkdir()
    data = pickle.dumps(Evil())
    (folder / "model.skops").write_bytes(data)
    (folder / "model.json").write_text(json.dumps({"model_sha256": hashlib.sha256(data).hexdigest()}))
    with pytest.raises(ModelError):
        load_model(folder)
    assert not (tmp_path / "pwned").exists()


def test_classifier_missing_model_says_how_to_fix(tmp_path):
    with pytest.raises(ModelError, match="xuncha train"):
        load_model(tmp_path)


def _tiny_corpus(root):
    lines = []
    src = [json.loads(l) for p in sorted((ROOT / "corpora" / "train").glob("*.jsonl"))
           for l in p.read_text(encoding="utf-8").splitlines() if l.strip()]
    # a deterministic slice: every 8th line
    lines = src[::8]
    (root / "train").mkdir(parents=True)
    (root / "train" / "t.jsonl").write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines),
                                            encoding="utf-8")
    return root


@pytest.mark.slow
def test_classifier_training_is_reproducible(tmp_path):
    from pipeline.train import train

    corpus = _tiny_corpus(tmp_path / "c")
    a = train(corpus, tmp_path / "a", folds=3)
    b = train(corpus, tmp_path / "b", folds=3)
    assert a["thresholds"] == b["thresholds"]
    ma, _ = load_model(tmp_path / "a")
    mb, _ = load_model(tmp_path / "b")
    import numpy as np

    assert np.array_equal(ma.weights_, mb.weights_)
    assert a["training_data"]["sha256"] == b["training_data"]["sha256"]
    # the same bytes, so the recorded hash names the weights (skops alone names its files by
    # object ids and dates them)
    assert (tmp_path / "a" / "model.skops").read_bytes() == (tmp_path / "b" / "model.skops").read_bytes()
    meta_a = json.loads((tmp_path / "a" / "model.json").read_text(encoding="utf-8"))
    meta_b = json.loads((tmp_path / "b" / "model.json").read_text(encoding="utf-8"))
    assert meta_a["model_sha256"] == meta_b["model_sha256"]


def test_classifier_fast_features_equal_scikit_learn_tfidf():
    """``ClueModel._features`` must build exactly the matrix two scikit-learn TF-IDF
    vectorizers (sublinear tf, fixed vocabulary) stacked side by side would."""
    import numpy as np
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer

    from pipeline.classifier import load_model
    from pipeline.resources import models_dir

    model, _ = load_model(models_dir())
    texts = ["区财政局违规发放津补贴12.5万元。", "一是  学习  不深入，\t二是整改不到位", "", "某某 某某某",
             "县交通局、县卫健委等3个单位三重一大制度执行不严格"]
    toks = ["区 财政局 违规 发放 津补贴 12.5 万元 。 §sec_none", "一是 学习 不 深入 ， 二是 整改 不到位",
            "", "某某 某某某 §cue_negation", "县 交通局 、 §r_formalism §r_finance"]
    import json

    from pipeline.extract import Tagger

    tagger = Tagger()
    corpus = [json.loads(line) for line in (ROOT / "corpora" / "dev" / "dev.jsonl").read_text(encoding="utf-8")
              .splitlines()[:300] if line.strip()]
    texts += [e["text"] for e in corpus]
    words = tagger.features([e["text"] for e in corpus], [e.get("section") or () for e in corpus])[1]
    # hand-written strings, and the tagger's word lists as tagging passes them
    ours = model._features(texts, toks + words).toarray()
    toks += [" ".join(w) for w in words]
    char = TfidfVectorizer(analyzer="char", ngram_range=model.CHAR_NGRAMS, lowercase=False, sublinear_tf=True,
                           vocabulary={t: i for i, t in enumerate(model.char_terms_.tolist())})
    tok = TfidfVectorizer(analyzer="word", token_pattern=r"[^ ]+", ngram_range=model.TOK_NGRAMS, lowercase=False,
                          sublinear_tf=True,
                          vocabulary={t: i for i, t in enumerate(model.tok_terms_.tolist())})
    char.fit(texts)
    tok.fit(toks)
    char.idf_ = model.char_idf_.astype(float)
    tok.idf_ = model.tok_idf_.astype(float)
    ref = hstack([char.transform(texts), tok.transform(toks)]).toarray()
    assert ours.shape == ref.shape
    assert (ours != 0).sum() > 50
    np.testing.assert_allclose(ours, ref, rtol=1e-5, atol=1e-6)
    # a character beyond the Basic Multilingual Plane (a rare name's 𠀀) takes the searched path
    # for the batch's single characters instead of the direct table: same matrix
    texts2, toks2 = texts[:40] + ["𠀀县财政局违规发放补贴"], toks[:40] + ["𠀀 县 财政局"]
    ours2 = model._features(texts2, toks2).toarray()
    ref2 = hstack([char.transform(texts2), tok.transform(toks2)]).toarray()
    np.testing.assert_allclose(ours2, ref2, rtol=1e-5, atol=1e-6)


def test_classifier_state_reader_equals_skops_load_and_needs_no_sklearn():
    import subprocess
    import sys

    import numpy as np
    import skops.io as sio

    from pipeline.classifier import TRUSTED_TYPES, read_state

    path = ROOT / "models" / "model.skops"
    ours, theirs = read_state(path), sio.load(path, trusted=TRUSTED_TYPES)
    assert ours.keys() == theirs.keys()
    for key in ours:
        if isinstance(ours[key], np.ndarray):
            assert ours[key].dtype == theirs[key].dtype
            np.testing.assert_array_equal(ours[key], theirs[key])
        else:
            assert ours[key] == theirs[key]
    code = ("import sys; from pipeline.extract import Tagger; Tagger(); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sklearn', 'skops')))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_classifier_reader_refuses_objects_skops_could_hold(tmp_path):
    import hashlib

    import skops.io as sio
    from sklearn.linear_model import LogisticRegression

    folder = tmp_path / "m"
    folder.mkdir()
    sio.dump({"codes": ["a"], "estimator": LogisticRegression()}, folder / "model.skops")
    data = (folder / "model.skops").read_bytes()
    (folder / "model.json").write_text(json.dumps({"model_sha256": hashlib.sha256(data).hexdigest()}))
    with pytest.raises(ModelError, match="not trusted"):
        load_model(folder)


@pytest.mark.parametrize("scores, labels, chosen", [
    ([0.9014, 0.9019, 0.8972, 0.8778], 5000, 0),  # a near-tie goes to the first (simplest)
    ([0.85, 0.90, 0.89], 5000, 1),  # a real gain is taken
    ([0.80, 0.90], 4, 0),  # with few labels the error is wide
])
def test_classifier_one_standard_error_rule(scores, labels, chosen):
    from pipeline.train import one_standard_error

    k, se = one_standard_error(scores, labels)
    assert k == chosen and se > 0


@pytest.mark.parametrize("peak, height, labels, chosen", [
    (0.40, 0.001, 8000, 0.5),  # a flat curve: the natural cut
    (0.30, 0.05, 8000, 0.3),  # a clear peak away from 0.5 is taken
    (0.30, 0.05, 20, 0.5),  # ... unless too few labels back it
    (0.70, 0.05, 8000, 0.7),
])
def test_classifier_steady_threshold(peak, height, labels, chosen):
    from pipeline.train import _steady_threshold

    def score(t):  # 0.85 everywhere, ``height`` more at ``peak``
        return 0.85 + (height if abs(t - peak) < 1e-9 else 0.0)

    assert _steady_threshold(score, labels) == chosen


def test_classifier_features_dot_scipy_and_numpy_agree(monkeypatch):
    """A large batch (or any, once scipy is loaded) is scored by scipy's product, a small one by numpy's: same scores."""
    import numpy as np

    from pipeline import classifier
    from pipeline.classifier import Features

    rng = np.random.default_rng(3)
    n_rows, n_cols, per_row = 300, 5000, 40
    row = np.repeat(np.arange(n_rows), per_row)
    col = np.concatenate([np.sort(rng.choice(n_cols, per_row, replace=False)) for _ in range(n_rows)])
    row[:per_row] = 1  # row 0 has no entries (still sorted by row)
    X = Features(rng.random(len(row), dtype=np.float32), col, row, n_rows, n_cols)
    W = rng.normal(size=(n_cols, 15))
    small = X._dot_numpy(W)  # what dot does before scipy is loaded
    monkeypatch.setattr(classifier, "SCIPY_MIN_ENTRIES", 1)
    large = X.dot(W)
    assert large.shape == small.shape == (n_rows, 15) and not small[0].any()
    assert np.allclose(large, small, atol=1e-5)


def test_classifier_evaluate_as_text_reads_the_lines_as_one_file(tagger):
    """``evaluate(..., as_text=True)`` scores the lines as ``xuncha extract FILE`` reads a .txt:
    a line of two sentences is one prediction (problem if either is; categories and units of
    both), one per line, in order."""
    from pipeline.train import evaluate, tag_gold_as_text

    gold = [
        {"text": "一、存在的主要问题", "is_problem": False, "categories": [], "units": []},
        {"text": "会议传达了上级精神。县财政局违规发放津贴补贴12万元。", "is_problem": True,
         "categories": ["extravagance"], "units": ["县财政局"], "section": ["二、主要成效"]},
        {"text": "全县经济运行总体平稳。", "is_problem": False, "categories": [], "units": []},
    ]
    lines = tag_gold_as_text(tagger, gold)
    assert len(lines) == 3
    assert lines[1][0] is True and "县财政局" in lines[1][2]
    assert lines[0][0] is False and lines[2][0] is False
    m = evaluate(tagger, gold, as_text=True)
    assert m["sentences"] == 3 and m["problem_accuracy"] == 1.0
    assert m["unit_recall"] == 1.0


@pytest.mark.parametrize("numbered, plain", [
    ("（五）基层党组织建设弱化", "基层党组织建设弱化"),
    ("3、县财政局违规发放津补贴12万元。", "县财政局违规发放津补贴12万元。"),
    ("第二部分 存在的问题", "存在的问题"),
])
def test_classifier_model_reads_sentences_without_their_list_numbering(tagger, numbered, plain):
    """The shipped model leaves the list marker out of both views (characters and words), so a
    numbered line scores as its text alone; a model saved without the flag still reads it."""
    import numpy as np

    from pipeline.classifier import ClueModel

    texts = [numbered, plain]
    _, words, _ = tagger.features(texts, [(), ()])
    model = tagger.model
    assert model.strip_numbering
    X = model.features(texts, words).toarray()
    assert np.array_equal(X[0], X[1])
    state = model.state()
    del state["params"]["strip_numbering"]
    old = ClueModel.from_state(state)
    assert not old.strip_numbering
    X_old = old.features(texts, words).toarray()
    assert not np.array_equal(X_old[0], X_old[1])


@pytest.mark.parametrize("n", [0, 1, 7, 5000])
def test_classifier_hash_table_finds_every_key_and_no_other(n):
    from pipeline.hashtable import HashTable

    rng = np.random.default_rng(n)
    keys = np.unique(rng.integers(0, 1 << 62, n * 2 + 1))[:n]
    values = rng.permutation(n)
    table = HashTable(keys, values)
    got, hit = table.get(keys)
    assert hit.all() and (got == values).all()
    others = np.setdiff1d(rng.integers(0, 1 << 62, 1000), keys)
    assert not table.get(others)[1].any()
    # keys crowded into a few home slots (a table for 200 keys has 1,024 slots): each is
    # still found after its probes, and a key that is absent still misses
    sample = np.unique(rng.integers(0, 1 << 62, 200_000))
    homes = HashTable(sample[:200], np.arange(200))._home(sample)
    crowded = sample[homes < 4][:200]
    assert len(crowded) == 200
    table = HashTable(crowded[:150], np.arange(150))
    assert table.max_probe >= 100
    got, hit = table.get(crowded)
    assert hit[:150].all() and (got[:150] == np.arange(150)).all() and not hit[150:].any()


@pytest.mark.parametrize("n, spread", [(300, 1 << 62), (3000, 1 << 62), (3000, 5000), (40, 1 << 62)])
def test_classifier_hash_table_agrees_with_a_dict(n, spread):
    """Every query answers as a dict would: keys found with their values, absent keys and
    negative queries (-1 marks an empty slot) not found; also with clusters longer than one
    block of probes (keys crowded into a few home slots)."""
    from pipeline.hashtable import HashTable

    rng = np.random.default_rng(n + spread % 97)
    keys = np.unique(rng.integers(0, spread, n * 2))[:n]
    values = rng.integers(0, 1 << 40, len(keys))
    tables = [HashTable(keys, values)]
    probe = HashTable(keys[:8], np.arange(8))
    crowded = keys[probe._home(keys) < 2]  # a table of 8 keys has 32 slots: 1 in 16 homes here
    tables.append(HashTable(crowded, values[:len(crowded)]))
    for table, ks, vs in zip(tables, (keys, crowded), (values, values[:len(crowded)])):
        truth = dict(zip(ks.tolist(), vs.tolist()))
        query = np.concatenate([ks, rng.integers(0, spread, 2000), [-1, -2, -(1 << 62), 0], rng.permutation(ks)])
        got, hit = table.get(query)
        want = [truth.get(q) for q in query.tolist()]
        assert hit.tolist() == [w is not None for w in want]
        assert got.tolist() == [w or 0 for w in want]


@pytest.mark.parametrize("limit", [50_000, 0])
def test_classifier_word_lists_score_as_their_folded_words(tagger, monkeypatch, limit):
    """Tagging passes word lists, whose words are looked up by their packed code points (up to
    three characters) or through a memo: the matrix is the one the folded words give, as
    ``_folded`` folds them, also for full-width forms, words the vocabulary lacks, astral
    characters, a NUL or a lone surrogate in a word, empty words, numbering, and a memo that
    keeps starting afresh."""
    from pipeline import classifier

    monkeypatch.setattr(classifier, "WORD_MEMO_LIMIT", limit)
    model = tagger.model
    texts = ["（一）县财政局违规发放津补贴１２万元。", "3、ＡＢＣ公司“三重一大”制度执行不严格", "𠀀县交通局",
             "未发现问题", "", "第二部分 存在的问题", "a\x00b", "县局"]
    words = tagger.features(texts[:6], [(), ("二、存在的问题",), (), (), (), ()])[1]
    words += [["a\x00b", "县", "财政局", "\x00", "违规", "§sec_none"], ["县", "\ud800", "局"]]
    words[2] = words[2] + ["", "𠀀县", "𠀀", "ＡＢＣＤ", "，", "\u3000", "不到位", "§sec_problem", "§r_nosuchcode"]
    words[3] = words[3] + ["某某某某某某", "§cue_negation", "（", "一", "）"]
    for batch in (texts, texts[:2], texts[3:6], texts[:6], texts[2:3], texts[6:], texts[6:7]):
        rows = [texts.index(t) for t in batch]
        lists = [words[i] for i in rows]
        for _ in range(2):  # the memo filled by the first pass
            got = model.features(batch, lists)
            want = model._features(*model._folded(batch, lists))
            for name in ("data", "col", "row"):
                assert np.array_equal(getattr(got, name), getattr(want, name)), name
            assert (got.n_rows, got.n_cols) == (want.n_rows, want.n_cols)


def test_classifier_feature_keys_sort_as_numpy_sorts():
    from pipeline.classifier import _sorted

    rng = np.random.default_rng(5)
    for high in (1 << 16, 1 << 26, 1 << 32, 1 << 40):
        keys = rng.integers(0, high, 5000)
        assert np.array_equal(_sorted(keys.copy()), np.sort(keys))
    assert len(_sorted(np.zeros(0, dtype=np.int64))) == 0


def test_classifier_feature_words_are_the_tokens_signals_and_rule_tokens():
    from pipeline.classifier import feature_words

    tokens = ["县", " ", "财政局", "\u3000", "", "违规"]
    for _ in range(2):
        assert feature_words(tokens, ["§sec_none", "§cue_negation"], ["finance", "extravagance"]) == [
            "县", "财政局", "违规", "§sec_none", "§cue_negation", "§r_finance", "§r_extravagance"]


def test_classifier_hash_table_state_round_trip():
    """``HashTable.from_state(t.state())`` answers as ``t`` does (the segmenter caches its word
    index so), and a state that cannot be a table is refused."""
    from pipeline.hashtable import HashTable

    rng = np.random.default_rng(7)
    keys = np.unique(rng.integers(0, 2**62, 5000))
    table = HashTable(keys, np.arange(len(keys)) * 3)
    again = HashTable.from_state({k: np.array(v) for k, v in table.state().items()})
    query = np.concatenate([keys, rng.integers(0, 2**62, 5000), [-1, -5]])
    for got, want in zip(again.get(query), table.get(query)):
        assert np.array_equal(got, want)
    bad = dict(table.state(), keys=table.keys[:-1])
    with pytest.raises(ValueError):
        HashTable.from_state(bad)
