"""Segmentation: a private jieba tokenizer with our dictionary, and spaCy wired to it."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.nlp import cache_dir, evidence_doc, get_segmenter, make_nlp


def test_nlp_segmenter_is_private_and_uses_the_domain_dictionary():
    import jieba

    seg = get_segmenter()
    assert seg is get_segmenter()  # once per worker
    assert seg._tk is not jieba.dt  # never jieba's global tokenizer
    for word in ("微腐败", "三会一课", "一岗双责", "八项规定"):
        assert word in seg.cut(f"部分单位{word}问题突出")
    assert str(cache_dir()) == seg._tk.tmp_dir


def test_nlp_spans_cover_the_text():
    seg = get_segmenter()
    text = "县交通局、县水务局违规发放津补贴 3.6万元"
    spans = seg.spans(text)
    assert "".join(text[a:b] for a, b in spans) == text


def test_nlp_spacy_blank_zh_uses_our_segmenter_and_aligns_evidence():
    nlp = make_nlp()
    text = "县交通局违规兼职取酬"
    doc = nlp(text)
    assert [t.text for t in doc] == get_segmenter().cut(text)
    doc = evidence_doc(nlp, text, [(0, 4, "UNIT")], [(4, 10, "side_jobs/兼职取酬")])
    assert [(e.text, e.label_) for e in doc.ents] == [("县交通局", "UNIT")]
    assert doc.spans["rules"][0].label_ == "side_jobs/兼职取酬"


def _jieba_reference(seg):
    """jieba's own cut over the very same dictionary (FREQ and total) as ``seg``."""
    return lambda text: seg._tk.lcut(text, HMM=False)


def test_nlp_cut_is_jieba_token_for_token_on_the_corpora():
    import json

    from conftest import ROOT

    seg = get_segmenter()
    reference = _jieba_reference(seg)
    texts = [json.loads(line)["text"] for p in sorted((ROOT / "corpora").glob("*/*.jsonl"))
             for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted((ROOT / "corpora" / "samples").glob("*.txt"))]
    assert len(texts) > 5000
    mismatched = [t for t in texts if seg.cut(t) != reference(t)]
    assert not mismatched, mismatched[:3]


_ALPHABET = ("的了是在不有人区县镇村局委办中心街道社区公司学校医院党组织书记违规发放补贴资金管理问题"
             "整改落实形式主义官僚主义八项规定精神微腐败兼职一二三十百千万亿年月日第个项起元"
             "abcXYZ0123456789.%-_+#& \t\r\n　，。、；：？！（）()《》“”\"'·…—")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=80))
def test_nlp_cut_is_jieba_token_for_token_on_random_text(text):
    seg = get_segmenter()
    assert seg.cut(text) == _jieba_reference(seg)(text)
    assert "".join(seg.cut(text)) == text


def test_nlp_cut_many_is_cut_on_the_corpora_and_samples():
    """The batch segmenter gives ``cut``'s tokens (which are jieba's, above) text for text,
    over every corpus line and sample file cut in batches as the tagger cuts them."""
    import json

    from conftest import ROOT

    seg = get_segmenter()
    seg.build_index()
    texts = [json.loads(line)["text"] for p in sorted((ROOT / "corpora").glob("*/*.jsonl"))
             for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts += [line for p in sorted((ROOT / "corpora" / "samples").glob("*.txt"))
              for line in p.read_text(encoding="utf-8", errors="replace").splitlines()]
    assert len(texts) > 5000
    for i in range(0, len(texts), 512):
        batch = texts[i:i + 512]
        got = seg.cut_many(batch)
        assert got == [seg.cut(t) for t in batch], next(t for t, g in zip(batch, got) if g != seg.cut(t))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=_ALPHABET + "\x00\ue000\uf8ff\U000ffffd😀", max_size=60), max_size=12),
       st.integers(1, 40))
def test_nlp_cut_many_is_cut_on_random_batches(texts, longest):
    """Every batch, however small, through the batch path (its size threshold set to 0), with
    blocks longer than ``longest`` sent to ``cut``; the split marks, NUL, astral characters,
    empty texts, \\r\\n and ASCII runs included."""
    from pipeline import nlp

    seg = get_segmenter()
    seg.build_index()
    saved = nlp._BATCH_MIN_CHARS, nlp._BATCH_MAX_BLOCK
    nlp._BATCH_MIN_CHARS, nlp._BATCH_MAX_BLOCK = 0, longest
    try:
        got = seg.cut_many(texts)
    finally:
        nlp._BATCH_MIN_CHARS, nlp._BATCH_MAX_BLOCK = saved
    assert got == [seg.cut(t) for t in texts]


def test_nlp_cut_many_follows_words_added_after_start_and_breaks_ties_as_jieba():
    from pipeline.nlp import Segmenter

    seg = Segmenter()
    seg.build_index()
    batch = ["巡察组发现腾笼换鸟工程推进慢，" * 20] * 3
    before = seg.cut_many(batch)
    seg.add_word("腾笼换鸟工程", 100000)
    after = seg.cut_many(batch)
    assert "腾笼换鸟工程" in after[0] and after != before
    assert after == [seg._tk.lcut(t, HMM=False) for t in batch]
    # an exact tie: 甲乙|丙 and 甲|乙丙 score the same two floats, added in either order;
    # jieba takes the longer first word
    for word, freq in (("甲乙", 1000), ("乙丙", 1000), ("甲", 500), ("丙", 500)):
        seg.add_word(word, freq)
    batch = ["甲乙丙，" * 100, "A1b2\r\n c3 \r\r\n甲乙丙d"]
    want = [seg._tk.lcut(t, HMM=False) for t in batch]
    assert want[0][:2] == ["甲乙", "丙"] and "\r\n" in want[1] and "A1b2" in want[1]
    assert seg.cut_many(batch) == want == [seg.cut(t) for t in batch]


def test_nlp_cut_follows_words_added_after_start(tmp_path):
    from pipeline.nlp import Segmenter

    seg = Segmenter()
    before = seg.cut("巡察组发现腾笼换鸟工程推进慢")
    seg.add_word("腾笼换鸟工程", 100000)
    after = seg.cut("巡察组发现腾笼换鸟工程推进慢")
    assert "腾笼换鸟工程" in after and after != before
    assert after == seg._tk.lcut("巡察组发现腾笼换鸟工程推进慢", HMM=False)


def test_nlp_dictionary_cache_is_jiebas_prefix_dictionary(tmp_path, monkeypatch):
    """The fast dictionary cache gives exactly what jieba's gen_pfdict builds from dict.txt:
    when it is first written, when it is read back, and after it was damaged."""
    import jieba

    from pipeline.nlp import load_dictionary

    monkeypatch.setenv("XUNCHA_CACHE", str(tmp_path))
    tk = jieba.Tokenizer()
    with tk.get_dict_file() as fh:
        want = tk.gen_pfdict(fh)
    stale = cache_dir() / "jieba_dict.0000000000000000.bin"
    stale.write_bytes(b"an older jieba's cache")
    assert load_dictionary(tk) == want  # built, written
    [cached] = cache_dir().glob("jieba_dict.*.bin")  # the stale one is gone
    assert cached != stale
    assert load_dictionary(tk) == want  # read back
    cached.write_bytes(cached.read_bytes()[:-1000])  # cut short: a damaged file
    assert load_dictionary(tk) == want
    cached.write_bytes(b"junk")
    assert load_dictionary(tk) == want


def test_nlp_jieba_is_imported_without_pkg_resources():
    """jieba would import pkg_resources (0.15–0.2 s of every start-up) only to open its own
    files; the segmenter keeps it out, and code that wants pkg_resources can still import it."""
    import subprocess
    import sys as _sys

    from conftest import ROOT

    code = ("import sys; from pipeline.nlp import get_segmenter; seg = get_segmenter(); "
            "print('pkg_resources' in sys.modules, seg.cut('县财政局违规发放津补贴')); "
            "print(sys.modules.get('pkg_resources', 'absent') is not None)")  # not left poisoned
    out = subprocess.run([_sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    first, second = out.stdout.splitlines()
    assert first.startswith("False ['县', '财政局'") and second == "True"


def test_nlp_cut_many_builds_its_index_only_after_enough_text(monkeypatch, tmp_path):
    """One document is cut text by text (the index would cost more than it saves); once the
    process has cut enough, batches go through the index, built once."""
    from pipeline import nlp

    monkeypatch.setenv("XUNCHA_CACHE", str(tmp_path))  # no index cached yet
    monkeypatch.setattr(nlp, "_INDEX_AFTER_CHARS", 2000)
    seg = nlp.Segmenter()
    batch = ["县财政局违规发放津补贴，问题较为突出。"] * 60  # 1,200 characters
    want = [seg.cut(t) for t in batch]
    assert seg.cut_many(batch) == want and seg._index is None
    assert seg.cut_many(batch) == want and seg._index is not None  # 2,400 characters cut
    index = seg._index
    assert seg.cut_many(batch) == want and seg._index is index


def test_nlp_word_index_is_cached_and_checked(monkeypatch, tmp_path):
    """The word index is built once per dictionary and then loaded from the cache folder; a
    damaged or foreign cache file is rebuilt, and a word added to the dictionary names another
    file. Tokens are the same every way."""
    from pipeline import nlp

    import json

    from conftest import ROOT

    monkeypatch.setenv("XUNCHA_CACHE", str(tmp_path))
    lines = [json.loads(line)["text"] for line in (ROOT / "corpora" / "dev" / "dev.jsonl").read_text(
        encoding="utf-8").splitlines() if line.strip()][:3000]
    batches = [lines[i:i + 256] for i in range(0, len(lines), 256)]
    first = nlp.Segmenter()
    want = [[first.cut(t) for t in b] for b in batches]
    first.build_index()
    [cached] = tmp_path.glob("word_index.*.npz")

    def no_build(*a, **k):
        raise AssertionError("the index was built again")

    with monkeypatch.context() as m:
        m.setattr(nlp._WordIndex, "__init__", no_build)
        second = nlp.Segmenter()
        second.build_index()  # loaded
        assert [second.cut_many(b) for b in batches] == want

    # damaged (one flipped byte, or cut short) or from another dictionary: built again
    data = cached.read_bytes()
    for bad in (data[:len(data) // 2], data[:4000] + bytes([data[4000] ^ 0xFF]) + data[4001:]):
        cached.write_bytes(bad)
        assert nlp._WordIndex.load(cached, first._tk.FREQ, first._tk.total) is None
        third = nlp.Segmenter()
        third.build_index()
        assert [third.cut_many(b) for b in batches] == want
        assert nlp._WordIndex.load(cached, first._tk.FREQ, first._tk.total) is not None  # saved anew
    other = dict(first._tk.FREQ)
    other["巡察整改"] = 5
    assert nlp._WordIndex.load(cached, other, first._tk.total + 5) is None

    seg = nlp.Segmenter()
    path = seg._index_path()
    seg.add_word("整改回头看专项检查", 50)
    assert seg._index_path() != path and not seg._index_path().exists()
    seg.build_index()
    assert seg.cut_many(["开展整改回头看专项检查工作"] * 30)[0] == seg.cut("开展整改回头看专项检查工作")
    assert sorted(p.name for p in tmp_path.glob("word_index.*.npz")) == [seg._index_path().name]  # the old one went
