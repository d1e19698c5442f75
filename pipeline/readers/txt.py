"""Plain-text reader: decode, split into lines, one paragraph per non-blank line.

Decoding order: a BOM (UTF-8, UTF-32, UTF-16 LE/BE), UTF-16 without a BOM when the NUL
pattern shows it, strict UTF-8, strict GB18030 (a superset of GBK and GB2312, so GBK files
decode correctly and GB2312 is never needed), and only then charset-normalizer's guess.
NUL bytes are removed (and counted in a warning); files with many control characters are
refused as binary. Every step is linear in the file size.
"""
from __future__ import annotations

import re

from pipeline.errors import NoText, ReadError
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
_BLANK = " \t\u3000\u00a0\u200b\u200c\u200d\ufeff\u2060"
_BAD_CHARS = re.compile(r"[\ufffd\x01-\x08\x0e-\x1a\x1c-\x1f\x7f]")

NOT_TEXT = "not text (binary content); check that it is really a .txt file"


def read_txt(data: bytes, name: str = "-") -> RawDocument:
    """Decode ``data`` and return one paragraph per non-blank line."""
    text, encoding, warnings = decode(data, name)
    paragraphs = tuple(
        RawParagraph(line) for line in _LINE_BREAK.split(text) if line.strip(_BLANK).strip()
    )
    if not paragraphs:
        raise NoText(name, "no text (the file is empty or blank)")
    return RawDocument(
        path=name,
        format="txt",
        paragraphs=paragraphs,
        encoding=encoding,
        warnings=tuple(warnings),
    )


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
    bad = sum(1 for _ in _BAD_CHARS.finditer(text))
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
