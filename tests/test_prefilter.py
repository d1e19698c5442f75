"""The literal-anchor prefilter never skips a pattern that matches."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from pipeline.classifier import Signals
from pipeline.clean import find_noise, load_noise_rules
from pipeline.prefilter import LiteralIndex, exact_literals, required_literals
from pipeline.resources import rules_dir
from pipeline.rules import RuleSet


@pytest.mark.parametrize("pattern, flags, expected", [
    ("违规吃喝", 0, {"违规吃喝"}),
    ("(公款|私车)(吃喝|公用)", 0, {"公款吃喝", "公款公用", "私车吃喝", "私车公用"}),  # a run's product
    ("未(按规定|及时).{0,6}(公开|公示)", 0, {"未按规定", "未及时"}),
    ("资金(被)?挪用", 0, {"资金挪用", "资金被挪用"}),
    ("收(?:受(?:礼金|红包)|送红包)|节礼", 0, {"收受礼金", "收受红包", "收送红包", "节礼"}),  # a keyword trie
    ("[甲乙]\\d", 0, {"甲", "乙"}),  # a small class of characters
    ("QQ\\s*群|微信号", re.I, {"qq", "微信号"}),
    ("Word版本", re.I, {"word版本"}),
    ("\\d+元", 0, {"元"}),
])
def test_prefilter_required_literals(pattern, flags, expected):
    assert required_literals(re.compile(pattern, flags)) == frozenset(expected)


@pytest.mark.parametrize("pattern, flags", [
    (".{0,4}", 0),                 # may match empty
    ("[一-龥]\\d", 0),              # ranges and categories only
    ("(?=问题)", 0),                # look-ahead only
    ("(?i:abc)", 0),               # a case-insensitive group in a case-sensitive pattern
    ("wifi密码", re.I),             # i: the engine pairs it with dotless ı, casefold does not
    ("Äpfel", re.I),               # non-ASCII letters: casefold is not the engine's rule
])
def test_prefilter_required_literals_unknown_means_always_run(pattern, flags):
    rx = re.compile(pattern, flags)
    assert required_literals(rx) is None
    assert LiteralIndex.of([rx]).candidates("") == {0}


def _project_patterns() -> list[re.Pattern]:
    noise = load_noise_rules()
    rules = RuleSet.load(rules_dir())
    signals = Signals.load(rules_dir())
    return ([r.pattern for r in noise.sentence + noise.paragraph] + rules.patterns()
            + [p for _, p in signals.cues])


PATTERNS = _project_patterns()
INDEX = LiteralIndex.of(PATTERNS)
# fragments of the patterns' own literals, so generated texts often contain (parts of) anchors
FRAGMENTS = sorted({lit[i:j] for rx in PATTERNS for lit in (required_literals(rx) or ())
                    for i in range(len(lit)) for j in (i + 1, len(lit))})
TEXTS = st.lists(st.one_of(st.sampled_from(FRAGMENTS),
                           st.text(alphabet="的了在未不QqVvXxWwSsKkIiıſKİ0123456789 ：:，。、", max_size=4)),
                 max_size=14).map("".join)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_prefilter_never_skips_a_pattern_that_matches(text):
    candidates = INDEX.candidates(text)
    assert INDEX.ordered(text) == sorted(candidates)
    for k, rx in enumerate(PATTERNS):
        if k not in candidates:
            assert rx.search(text) is None, (rx.pattern, text)
        elif k in INDEX.exact:  # an anchor of an exact pattern is a match
            assert rx.search(text) is not None, (rx.pattern, text)


@pytest.mark.parametrize("pattern, flags, expected", [
    ("仍然|依然|仍存在", 0, {"仍然", "依然", "仍存在"}),
    ("资金(被)?挪用", 0, {"资金挪用", "资金被挪用"}),
    ("收(?:受(?:礼金|红包)|送红包)", 0, {"收受礼金", "收受红包", "收送红包"}),  # a keyword trie
    ("[甲乙]号", 0, {"甲号", "乙号"}),
    ("无.{0,4}问题", 0, None),       # a gap: the anchors are not the matches
    ("^(要|需)", 0, None),            # an anchor to the start
    ("(被)?", 0, None),               # may match empty
    ("qq群", re.I, None),             # case-insensitive: left to the regex
    ("(?i:abc)问题", 0, None),
])
def test_prefilter_exact_literals(pattern, flags, expected):
    rx = re.compile(pattern, flags)
    got = exact_literals(rx)
    assert got == (None if expected is None else frozenset(expected))
    if got is not None:
        assert required_literals(rx) == got
        assert LiteralIndex.of([rx]).exact == {0}


@pytest.mark.parametrize("text", [
    "\U00020000违规吃喝", "违\ud800规吃喝", "\ud800", "县财政局Word版本（一）", "ＱＱ群", "",
])
def test_prefilter_outside_the_basic_plane_and_lone_surrogates(text):
    """The automaton searches UTF-8 bytes: characters of four bytes and lone surrogates split
    nothing and are found like any other."""
    rx = [re.compile("违规吃喝"), re.compile("\U00020000违"), re.compile("\ud800"), re.compile("(?i)word版本")]
    index = LiteralIndex.of(rx)
    assert index.candidates(text) == {k for k, r in enumerate(rx) if r.search(text)}


SIGNALS = Signals.load(rules_dir())


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_prefilter_cue_tokens_same_as_running_every_pattern(text):
    """Signals decide cue families of plain phrases by the index alone: the tokens are what
    running every family's pattern gives."""
    assert SIGNALS.feature_tokens(text, ())[1:] == [f"§cue_{name}" for name, p in SIGNALS.cues if p.search(text)]


def _find_noise_unfiltered(text, rules):
    """find_noise as it was before the prefilter: every sentence rule scans the text."""
    import bisect

    for rule in rules.paragraph:
        if rule.pattern.fullmatch(text):
            return [(rule.id, 0, len(text))]
    found = sorted((m.start(), rule.id) for rule in rules.sentence for m in rule.pattern.finditer(text))
    ends = [m.end() for m in re.finditer(r"[。！？!?]+", text)]
    hits = {}
    for pos, rule_id in found:
        i = bisect.bisect_right(ends, pos)
        hits.setdefault(i, (rule_id, ends[i - 1] if i > 0 else 0, ends[i] if i < len(ends) else len(text)))
    return [hits[i] for i in sorted(hits)]


NOISE = load_noise_rules()


@pytest.mark.parametrize("text", [
    "本文档由某某文库整理提供。巡察发现，县财政局违规发放津补贴。",
    "更多精品范文请关注公众号：abc123！县水务局未按规定公开项目信息。",
    "WWW.EXAMPLE.COM 仅供参考，请勿商用。",
    "县医保局违规报销医疗费用12万元。",
])
@settings(max_examples=200, deadline=None)
@given(tail=TEXTS)
def test_prefilter_find_noise_same_as_without_it(text, tail):
    for t in (text, text + tail, tail):
        got = [(h.rule, h.start, h.end) for h in find_noise(t, NOISE)]
        assert got == _find_noise_unfiltered(t, NOISE)
