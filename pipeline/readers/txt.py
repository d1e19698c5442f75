"""Plain-text reader: decode, split into lines, one paragraph per non-blank line.

A file whose lines are hard-wrapped at a fixed width (text copied out of a PDF or a web page
and saved with its line breaks) is joined back into paragraphs, with a warning: most of its
lines end at one width, mid-sentence and often inside a word, and none is longer (``reflow``).
A file whose lines are paragraphs never looks so: their widths spread, and long lines end with
their sentence; nor does a list of unpunctuated items, whose lines end between words.

Decoding order: a BOM (UTF-8, UTF-32, UTF-16 LE/BE), UTF-16 without a BOM when the NUL
pattern shows it, strict UTF-8, strict GB18030 (a superset of GBK and GB2312, so GBK files
decode correctly and GB2312 is never needed), and only then charset-normalizer's guess.
NUL bytes are removed (and counted in a warning); files with many control characters are
refused as binary. Every step is linear in the file size.
"""
from __future__ import annotations

import re

from pipeline.errors import NoText, ReadError
from pipeline.readers.lines import ENDS_PARAGRAPH, HEADING, joiner
from pipeline.records import RawDocument, RawParagraph

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

# Control bytes that never occur in text: everything below 0x20 except \t \n \v \f \r and
# ESC (0x1b, found in some terminal logs), plus DEL. NUL is handled separately.
_CONTROL_BYTES = bytes(b for b in range(1, 32) if b not in (9, 10, 11, 12, 13, 27)) + b"\x7f"
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
BINARY_CONTROL_SHARE = 0.05  # share of control bytes above which a file is binary
BINARY_BAD_CHAR_SHARE = 0.05  # share of U+FFFD/controls in decoded text above which it is binary

_LINE_BREAK = re.compile(r"\r\n|[\r\n\v\f\u2028\u2029]")
# str.splitlines breaks at these too, and otherwise where _LINE_BREAK does (it drops only the
# empty piece after a final break, which is blank anyway)
_SPLITLINES_ONLY = re.compile("[\x1c\x1d\x1e\x85]")
_BLANK = " \t\u3000\u00a0\u200b\u200c\u200d\ufeff\u2060"
_BAD_CHARS = re.compile(r"[\ufffd\x01-\x08\x0e-\x1a\x1c-\x1f\x7f]")

NOT_TEXT = "not text (binary content); check that it is really a .txt file"


def read_txt(data: bytes, name: str = "-") -> RawDocument:
    """Decode ``data`` and return one paragraph per non-blank line (hard-wrapped lines joined)."""
    text, encoding, warnings = decode(data, name)
    lines, after_blank, blank = [], set(), False
    # splitlines is the same split done in C, in a third of the time, where it breaks nowhere else
    pieces = _LINE_BREAK.split(text) if _SPLITLINES_ONLY.search(text) else text.splitlines()
    for line in pieces:
        if line.strip(_BLANK).strip():
            if blank and lines:
                after_blank.add(len(lines))
            lines.append(line)
            blank = False
        else:
            blank = True
    joined = reflow(lines, after_blank)
    if joined is not None:
        warnings.append(f"lines hard-wrapped at one width: {len(lines)} lines joined into {len(joined)} paragraphs")
        lines = joined
    paragraphs = tuple(RawParagraph(line) for line in lines)
    if not paragraphs:
        raise NoText(name, "no text (the file is empty or blank)")
    return RawDocument(
        path=name,
        format="txt",
        paragraphs=paragraphs,
        encoding=encoding,
        warnings=tuple(warnings),
    )


# Hard wrapping (reflow): a numbered heading or list label (lines.HEADING) or an enumeration in
# running text (一是, 二是) starts a paragraph of its own.
_ENUMERATION = re.compile(r"\s*[一二三四五六七八九十]是")


def _starts_paragraph(line: str) -> bool:
    return HEADING.match(line) is not None or _ENUMERATION.match(line) is not None


REFLOW_MIN_LINES = 8  # fewer lines say too little about how a file is wrapped
REFLOW_MIN_WIDTH = 30  # display columns: a wrap narrower than 15 Chinese characters is not seen
REFLOW_SLACK = 0.15  # share of the width a wrapped line may stop short of it (half-width punctuation and
# digits, a word that would not fit, a character that may not start a line)
REFLOW_MIN_SPLIT = 0.1  # share of the run-on line ends that fall inside a word, at least


def _width(line: str) -> int:
    """Display columns: Chinese characters and full-width punctuation count two, ASCII one
    (their GB18030 bytes, which the codec counts in C)."""
    return len(line.encode("gb18030", errors="replace"))


def _words_split(lines: list[str], joins: list[int]) -> int:
    """How many of the line ends ``joins`` fall inside a word (jieba, over the characters
    around the break)."""
    from pipeline.nlp import get_segmenter

    cut = get_segmenter().cut
    split = 0
    for k in joins:
        before, after = lines[k][-6:], lines[k + 1].lstrip(_BLANK)[:6]
        at, pos = len(before), 0
        for token in cut(before + after):
            if pos < at < pos + len(token):
                split += 1
                break
            pos += len(token)
            if pos >= at:
                break
    return split


def _slack(width: int) -> int:
    return max(4, int(REFLOW_SLACK * width))


def reflow(lines: list[str], after_blank: frozenset[int] | set[int] = frozenset()) -> list[str] | None:
    """The paragraphs of hard-wrapped ``lines``, or None when they are not hard-wrapped
    (``after_blank``: indexes of the lines a blank line stood before, which start paragraphs).

    Hard-wrapped means: there is a width W (30 columns or more) such that at least half the
    lines end within ``REFLOW_SLACK`` of it (15 %), no more than 3 % are longer, at least 70 %
    of those full lines stop mid-sentence, 40 % end right at W (within 4 %), 60 % of the
    open ones are followed by a line that is no numbered heading or item, and 10 % of those
    breaks fall inside a word. Then a full line that does not end its sentence
    runs on into the next line, unless the next starts a numbered heading or item; every other
    line ends its paragraph (a short last line, a sentence's end at the margin)."""
    n = len(lines)
    if n < REFLOW_MIN_LINES:
        return None
    stripped = [line.rstrip(_BLANK) for line in lines]
    ends = 0
    for line in stripped:
        if ENDS_PARAGRAPH.search(line):
            ends += 1
            if ends > 0.4 * n:  # lines that are paragraphs mostly end their sentences: the usual file
                return None
    widths = [_width(line) for line in stripped]
    counts: dict[int, int] = {}
    for w in widths:
        counts[w] = counts.get(w, 0) + 1
    best_w, best = 0, 0
    for w in counts:  # the width with the most lines ending within the slack below it
        if w >= REFLOW_MIN_WIDTH:
            c = sum(counts.get(v, 0) for v in range(w - _slack(w), w + 1))
            if c > best or (c == best and w > best_w):
                best_w, best = w, c
    if best * 2 < n or sum(1 for w in widths if w > best_w) > 0.03 * n:
        return None
    full = [best_w - _slack(best_w) <= w <= best_w for w in widths]
    open_ends = [f and not ENDS_PARAGRAPH.search(line) for f, line in zip(full, stripped)]
    n_full = sum(full)
    if sum(open_ends) < 0.7 * n_full:
        return None
    # a wrap fills its lines to the width: many full lines end right at it (headings of like
    # length spread over the window), and most open lines run on into a line that continues
    # them (not a numbered heading or item)
    if sum(1 for f, w in zip(full, widths) if f and w >= best_w - max(2, best_w // 25)) < 0.4 * n_full:
        return None
    joins = [k for k in range(n - 1) if open_ends[k] and not _starts_paragraph(stripped[k + 1])]
    if len(joins) < 0.6 * sum(open_ends[:-1]):
        return None
    # and a wrap falls anywhere, inside words too; a list of unpunctuated items of like length
    # (县财政局落实主体责任不到位 / 县水务局违规发放津补贴) breaks between words only
    if _words_split(stripped, joins) < max(1, REFLOW_MIN_SPLIT * len(joins)):
        return None
    out: list[str] = []
    run = False  # the previous line runs on into this one
    indent = 0  # the leading blank run of the previous line
    for k, (line, runs_on) in enumerate(zip(stripped, open_ends)):
        lead = len(line) - len(line.lstrip(_BLANK))
        # a blank line before, a numbered heading or a deeper indent starts a paragraph
        if run and k not in after_blank and not _starts_paragraph(line) and lead <= indent:
            body = line.lstrip(_BLANK)
            out[-1] += joiner(out[-1], body) + body
        else:
            out.append(line)
        run, indent = runs_on, lead
    return out


def decode(data: bytes, name: str = "-") -> tuple[str, str, list[str]]:
    """Return (text, encoding name, warnings) or raise ReadError/NoText."""
    warnings: list[str] = []
    if not data.strip(b" \t\r\n\x00"):
        raise NoText(name, "no text (the file is empty or blank)")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding.replace("-sig", ""))
            except UnicodeDecodeError:
                text = data[len(bom):].decode(encoding.replace("-sig", ""), errors="replace")
                warnings.append(f"invalid {encoding} bytes replaced")
            return _checked(text, name, warnings), encoding, warnings

    guessed = _utf16_without_bom(data)
    if guessed:
        text = data.decode(guessed, errors="replace")
        return _checked(text, name, warnings), guessed, warnings

    nuls = data.count(0)
    if nuls:
        if nuls > len(data) // 3:
            raise ReadError(name, NOT_TEXT)
        data = data.replace(b"\x00", b"")
        warnings.append(f"{nuls} NUL bytes removed")
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if controls > BINARY_CONTROL_SHARE * len(data):
        raise ReadError(name, NOT_TEXT)

    for encoding in ("utf-8", "gb18030"):
        try:
            return _checked(data.decode(encoding), name, warnings), encoding, warnings
        except UnicodeDecodeError:
            continue
    return _detect(data, name, warnings)


def _checked(text: str, name: str, warnings: list[str]) -> str:
    """Remove NULs; refuse text that is mostly replacement or control characters."""
    nuls = text.count("\x00")
    if nuls:
        text = text.replace("\x00", "")
        warnings.append(f"{nuls} NUL characters removed")
    if text.startswith("\ufeff"):
        text = text[1:]
    bad = sum(1 for _ in _BAD_CHARS.finditer(text)) if _BAD_CHARS.search(text) else 0
    if bad > BINARY_BAD_CHAR_SHARE * max(len(text), 1):
        raise ReadError(name, NOT_TEXT)
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM has NULs in every other byte for ASCII characters."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.4 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _detect(data: bytes, name: str, warnings: list[str]) -> tuple[str, str, list[str]]:
    """Last resort: charset-normalizer's best guess, refused when it looks like noise."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a declared dependency
        best = None
    else:
        best = from_bytes(data[:1_000_000]).best()
    if best is None or best.chaos > 0.3:
        raise ReadError(name, NOT_TEXT)
    try:
        text = data.decode(best.encoding, errors="replace")
    except LookupError:
        raise ReadError(name, NOT_TEXT) from None
    warnings.append(f"encoding guessed as {best.encoding}")
    return _checked(text, name, warnings), best.encoding, warnings
