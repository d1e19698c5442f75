"""Readers: find document files and read them into ``RawDocument``s.

``iter_files`` walks files and folders (see ``walk``); ``read_document`` dispatches on the
file suffix to ``txt``, ``docx``, ``pdf`` (with OCR of scanned pages, ``ocr``), ``legacy``
(.doc, .wps, .rtf, .odt through LibreOffice) or ``ocr`` (images), checking the content
first where files are often misnamed. Every failure is a ``ReadError`` subclass with a
one-line reason that names the file and says what to do; nothing else escapes.

OCR mode: ``read_document(..., ocr="auto"|"always"|"never")``; when ``ocr`` is None the mode
comes from ``$XUNCHA_OCR`` (so ingest worker processes follow the command line), else "auto".
"""
from __future__ import annotations

from pathlib import Path

from pipeline.errors import NeedsOCR, NoText, ReadError, UnsupportedFormat
from pipeline.records import RawDocument
from pipeline.readers.walk import (
    DIRECT_SUFFIXES,
    IMAGE_SUFFIXES,
    LEGACY_SUFFIXES,
    SUPPORTED_SUFFIXES,
    UNREAD_SUFFIXES,
    FileEntry,
    iter_files,
)

__all__ = [
    "SUPPORTED_SUFFIXES",
    "LEGACY_SUFFIXES",
    "IMAGE_SUFFIXES",
    "OCR_MODES",
    "ocr_mode",
    "UNREAD_SUFFIXES",
    "FileEntry",
    "iter_files",
    "read_document",
    "read_text_bytes",
    "ReadError",
    "UnsupportedFormat",
    "NeedsOCR",
    "NoText",
]


def read_text_bytes(data: bytes, name: str = "-") -> RawDocument:
    """Read bytes as a .txt document (``xuncha extract -`` reads standard input this way)."""
    from pipeline.readers import txt

    return _guarded(name, lambda: txt.read_txt(data, name))


OCR_MODES = ("auto", "always", "never")
ENV_OCR = "XUNCHA_OCR"


def ocr_mode(mode: str | None = None) -> str:
    """The OCR mode to use: ``mode`` if given, else ``$XUNCHA_OCR``, else "auto"."""
    import os

    value = (mode if mode is not None else os.environ.get(ENV_OCR) or "auto").strip().lower()
    if value not in OCR_MODES:
        source = "ocr" if mode is not None else f"${ENV_OCR}"
        raise ValueError(f"{source} must be one of auto, always, never (got {value!r})")
    return value


def read_document(path: str | Path, data: bytes | None = None, ocr: str | None = None,
                  limits=None, page_jobs: int = 1) -> RawDocument:
    """Read one file into a ``RawDocument``, dispatching on its suffix (and content).

    ``data`` is the file's bytes when the caller has already read them (to hash them), so the
    file is read once. ``ocr`` is "auto" (OCR pages without a usable text layer, and
    images), "always" (every PDF page) or "never"; None means ``$XUNCHA_OCR`` or "auto".
    Raises ``ReadError`` (or ``UnsupportedFormat``, ``NeedsOCR``, ``NoText``) and nothing
    else; a bad ``ocr`` value is a ``ValueError`` (a caller's mistake, not the file's).
    ``limits`` (a ``pipeline.limits.Limits``) caps a .docx's XML and a PDF's pages; None
    means the readers' defaults (the callers, ``ingest`` and ``extract``, pass
    ``Limits.from_env()``). A file over a cap is a ``LimitExceeded``.
    ``page_jobs``: processes that read the pages of a long PDF (``pdf.read_pdf``; the same
    result as 1); other readers ignore it.
    """
    mode = ocr_mode(ocr)
    name = str(path)
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES and suffix not in UNREAD_SUFFIXES:
        raise UnsupportedFormat(
            name,
            f"unknown file type '{suffix or '(none)'}'; xuncha reads .txt, .docx, .pdf, "
            ".doc, .wps, .rtf, .odt and scanned images",
        )
    if data is None:
        data = _read_bytes(name)
    caps = _Caps(limits.max_docx_xml_bytes, limits.max_pdf_pages) if limits is not None else _Caps()
    return _guarded(name, lambda: _dispatch(name, suffix, data, mode, caps, page_jobs))


class _Caps:
    """The reader caps taken from a Limits (None: each reader's own default)."""

    def __init__(self, xml_bytes: int | None = None, pages: int | None = None):
        self.xml_bytes = xml_bytes
        self.pages = pages


def _dispatch(name: str, suffix: str, data: bytes, mode: str, caps: _Caps | None = None,
              page_jobs: int = 1) -> RawDocument:
    # Each reader is imported when a file needs it: their module-level regexes cost tens of
    # milliseconds each, and a worker reading PDFs never needs the .doc converter's imports.
    caps = caps or _Caps()
    if suffix == ".txt":
        from pipeline.readers import txt

        return txt.read_txt(data, name)
    if suffix == ".pdf":
        from pipeline.readers import pdf

        return pdf.read_pdf(data, name, ocr=mode, max_pages=caps.pages, page_jobs=page_jobs)
    from pipeline.readers import docx, legacy, pdf

    if suffix in DIRECT_SUFFIXES:  # .docx and its macro and template variants
        if data.startswith(legacy.OLE_MAGIC):  # an old .doc saved with a .docx name
            doc = legacy.read_legacy(data, name, ".doc")
            return _with_warning(doc, f"{suffix} file is really an old Word/WPS (.doc) file; converted")
        return docx.read_docx(data, name, max_xml_bytes=caps.xml_bytes)
    # Files are often saved under the wrong suffix: a real .docx or PDF named .doc (or a PDF
    # named .jpg) is read as what it is.
    if data[:4] == b"PK\x03\x04" and docx.looks_like_docx(data):
        doc = docx.read_docx(data, name, max_xml_bytes=caps.xml_bytes)
        return _with_warning(doc, f"{suffix} file is really a .docx; read as .docx")
    if pdf.looks_like_pdf(data):
        doc = pdf.read_pdf(data, name, ocr=mode, max_pages=caps.pages, page_jobs=page_jobs)
        return _with_warning(doc, f"{suffix} file is really a PDF; read as .pdf")
    if suffix in LEGACY_SUFFIXES:
        return legacy.read_legacy(data, name, suffix)
    if suffix in IMAGE_SUFFIXES:
        from pipeline.readers import ocr

        return ocr.read_image(data, name, mode)
    raise UnsupportedFormat(name, UNREAD_SUFFIXES[suffix])


def _with_warning(doc: RawDocument, warning: str) -> RawDocument:
    return RawDocument(
        path=doc.path,
        format=doc.format,
        paragraphs=doc.paragraphs,
        encoding=doc.encoding,
        pages=doc.pages,
        warnings=doc.warnings + (warning,),
    )


def _read_bytes(name: str) -> bytes:
    try:
        with open(name, "rb") as handle:
            return handle.read()
    except FileNotFoundError:
        raise ReadError(name, "不存在 / no such file") from None
    except IsADirectoryError:
        raise ReadError(name, "is a folder, not a file") from None
    except PermissionError:
        raise ReadError(name, "permission denied; check the file's access rights") from None
    except OSError as exc:
        raise ReadError(name, f"cannot read the file ({exc.strerror or type(exc).__name__})") from None


def _guarded(name: str, read) -> RawDocument:
    """Run a reader; turn any unexpected exception into a ReadError (never leak text)."""
    try:
        return read()
    except ReadError:
        raise
    except MemoryError:
        raise ReadError(name, "file too large to read in memory; split it") from None
    except RecursionError:
        raise ReadError(name, "document structure nested too deeply; re-save it") from None
    except Exception as exc:  # noqa: BLE001 - the contract is ReadError only
        raise ReadError(
            name, f"damaged or unreadable file ({type(exc).__name__}); re-save or convert it"
        ) from None
