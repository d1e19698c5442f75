"""Caps on what one input may cost: its size on disk, the inflated size of a .docx's
document.xml, the pages of a PDF, and the characters of a document.

The defaults are far above a real inspection report (tens of pages, a few hundred thousand
characters) and low enough that one hostile or mistaken file cannot take the machine's memory
or hours of a run. Each cap is raised (or lowered) by an environment variable, read by
``Limits.from_env()``: ``XUNCHA_MAX_FILE_MB``, ``XUNCHA_MAX_XML_MB``, ``XUNCHA_MAX_PAGES``,
``XUNCHA_MAX_CHARS``. A file over a cap is a ``LimitExceeded`` (a ``ReadError``): a failure
row like any other, with a one-line reason naming the figure, the cap and the variable.

Where each cap is checked: the file size in ``ingest`` before the file is hashed or read (and
again on the bytes a worker reads, in case the file grew); the XML size in the .docx reader
(declared and actually inflated); the pages in the PDF reader before any page is read; the
characters in ``build_document`` before cleaning.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Mapping, Optional

from .errors import ReadError, XunchaError

# The readers' default caps live here, so that knowing them does not import the readers (their
# module-level regexes cost a tenth of a second in every process that starts).
MAX_XML_BYTES = 200 * 1024 * 1024  # refuse a .docx whose document.xml is larger (declared or real)
MAX_PAGES = 2000  # refuse a PDF with more pages than this

MB = 1024 * 1024

ENV_FILE_MB = "XUNCHA_MAX_FILE_MB"
ENV_XML_MB = "XUNCHA_MAX_XML_MB"
ENV_PAGES = "XUNCHA_MAX_PAGES"
ENV_CHARS = "XUNCHA_MAX_CHARS"


class LimitExceeded(ReadError):
    """A file is over one of the configured caps."""


class LimitSettingError(XunchaError):
    """An environment variable meant to set a cap holds something that is not a positive number."""


def format_mb(n_bytes: float) -> str:
    """A size in MB as people write it: 250, 3.5, 0.001."""
    mb = n_bytes / MB
    if mb >= 10:
        return f"{mb:.0f}"
    if mb >= 1:
        return f"{mb:.1f}".rstrip("0").rstrip(".")
    return f"{mb:.3g}"


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 200 * MB
    max_docx_xml_bytes: int = MAX_XML_BYTES
    max_pdf_pages: int = MAX_PAGES
    max_chars: int = 20_000_000

    @classmethod
    def from_env(cls, environ: Optional[Mapping[str, str]] = None) -> "Limits":
        """The defaults, with any cap set by its environment variable (empty means unset).
        Raises LimitSettingError for a value that is not a positive number."""
        env = os.environ if environ is None else environ
        default = cls()
        return cls(
            max_file_bytes=_mb_setting(env, ENV_FILE_MB, default.max_file_bytes),
            max_docx_xml_bytes=_mb_setting(env, ENV_XML_MB, default.max_docx_xml_bytes),
            max_pdf_pages=_count_setting(env, ENV_PAGES, default.max_pdf_pages),
            max_chars=_count_setting(env, ENV_CHARS, default.max_chars),
        )

    # -- checks --------------------------------------------------------------------------------
    def check_file_size(self, path: str, size: int) -> None:
        if size > self.max_file_bytes:
            raise LimitExceeded(path, f"file too large ({format_mb(size)} MB > limit "
                                      f"{format_mb(self.max_file_bytes)} MB); raise {ENV_FILE_MB} to read it")

    def check_pages(self, path: str, pages: int) -> None:
        if pages > self.max_pdf_pages:
            raise LimitExceeded(path, pages_reason(pages, self.max_pdf_pages))

    def check_chars(self, path: str, chars: int) -> None:
        if chars > self.max_chars:
            raise LimitExceeded(path, f"too much text ({chars:,} characters > limit {self.max_chars:,}); "
                                      f"raise {ENV_CHARS} to read it, or split the document")


def pages_reason(pages: int, limit: int) -> str:
    return f"PDF too long ({pages:,} pages > limit {limit:,}); raise {ENV_PAGES} to read it, or split it"


def _raw(env: Mapping[str, str], name: str) -> Optional[str]:
    value = env.get(name)
    if value is None or not value.strip():
        return None
    return value.strip()


def _mb_setting(env: Mapping[str, str], name: str, default: int) -> int:
    value = _raw(env, name)
    if value is None:
        return default
    try:
        mb = float(value)
    except ValueError:
        mb = float("nan")
    if not (mb > 0) or mb == float("inf"):
        raise LimitSettingError(f"{name}={value!r} is not a size in MB; set a positive number "
                                f"(default {format_mb(default)}) or unset it")
    return max(1, int(mb * MB))


def _count_setting(env: Mapping[str, str], name: str, default: int) -> int:
    value = _raw(env, name)
    try:
        n = int(value.replace("_", "").replace(",", "")) if value is not None else default
    except ValueError:
        n = 0
    if n <= 0:
        raise LimitSettingError(f"{name}={value!r} is not a positive whole number; set one "
                                f"(default {default}) or unset it")
    return n
