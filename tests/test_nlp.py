"""Segmentation: a private jieba tokenizer with our dictionary, and spaCy wired to it."""
from __future__ import annotations

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
