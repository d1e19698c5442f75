"""Legacy word-processor files (.doc, .wps, .rtf, .odt …) read through LibreOffice.

A file is sniffed by its content first, whatever its suffix says, because archives hold
files saved under the wrong name:

* an OLE2 compound file (Word 97–2003 .doc, WPS 文字 .wps, which is built on the .doc
  format), RTF, OpenDocument text, Word 2003 XML or anything else LibreOffice may know is
  converted with ``soffice --headless --convert-to docx`` into a private temporary folder and
  the .docx is read by ``docx.read_docx`` (numbering and text boxes included);
* HTML or MHT (the "Word" files that web systems export, and Word's 网页 format) is parsed
  with lxml's HTML parser (no network, no entities): block elements and table cells are
  paragraphs;
* plain text saved as .doc is read by the text reader (encoding detection included).

The input is copied to the private folder under a neutral name (``input.doc``…): the user's
file name never reaches LibreOffice's command line, and the input's own suffix is chosen from
its content (LibreOffice would otherwise take a .wps for a Microsoft Works file).

Each process has its own LibreOffice profile (``-env:UserInstallation``), so conversions
run in parallel without LibreOffice's single-instance pipe handing them to another worker.
Profiles live in ``<cache>/lo-profiles/<slot>``: a slot is claimed with an exclusive lock
for the life of the process and reused by later runs (a fresh profile costs seconds). Each
conversion has a time limit (``CONVERT_TIMEOUT``, below the ingest pool's 120 s) after which
LibreOffice's process group is killed. The document keeps the original file's path and
``ingest`` keys it by the original bytes' hash; the converted .docx is deleted.
"""
from __future__ import annotations

import email
import email.policy
import io
import os
import re
import shutil
import tempfile
import zipfile
from pathlib import Path
from typing import Optional

from pipeline.resources import cache_dir
from pipeline.errors import NoText, ReadError, UnsupportedFormat
from pipeline.records import RawDocument, RawParagraph
from pipeline.readers.tools import run_tool, tool_env

CONVERT_TIMEOUT = 100.0
MAX_PROFILE_SLOTS = 64

INSTALL_LIBREOFFICE = (
    "需要 LibreOffice 才能读取 {what}：请安装 libreoffice-writer-nogui（Debian）或 LibreOffice，"
    "然后重新导入（或用 Word/WPS 另存为 .docx）"
)
CANNOT_CONVERT = (
    "LibreOffice cannot open it (damaged, password-protected or a variant it does not read); "
    "请用 Word/WPS 打开后另存为 .docx 再导入"
)

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
LEGACY_SUFFIXES = frozenset({".doc", ".dot", ".wps", ".wpt", ".rtf", ".odt", ".ott"})
_KNOWN_PROGRAMS = (
    "/usr/bin/soffice",
    "/usr/lib/libreoffice/program/soffice",
    "/opt/libreoffice/program/soffice",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
)
_HTML_HEAD = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|table)\b",
                        re.IGNORECASE | re.DOTALL)
_MHT_HEAD = re.compile(rb"^\s*(?:[\w-]+:[^\r\n]*\r?\n)*?MIME-Version:", re.IGNORECASE)
_CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_BLOCK_TAGS = frozenset({
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "caption", "title",
    "blockquote", "pre", "dt", "dd", "address", "center", "section", "article", "header", "footer",
})
_DROPPED_TAGS = ("script", "style", "noscript", "template", "xml", "head")


def soffice_program() -> Optional[str]:
    """The LibreOffice program, or None when LibreOffice is not installed."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return next((p for p in _KNOWN_PROGRAMS if os.path.isfile(p) and os.access(p, os.X_OK)), None)


def sniff(data: bytes) -> str:
    """What the bytes are: "ole", "rtf", "zip", "word-xml", "mht", "html", "pdf" or "other"."""
    head = data[:4096]
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(OLE_MAGIC):
        return "ole"
    if stripped.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if stripped.startswith(b"<?xml") and (b"Word.Document" in head or b"wordDocument" in head
                                          or b"office:document" in head):
        return "word-xml"
    if _MHT_HEAD.match(head) and b"multipart/related" in head.lower():
        return "mht"
    if _HTML_HEAD.match(stripped) or b"xmlns:w=\"urn:schemas-microsoft-com:office:word\"" in head:
        return "html"
    return "other"


def read_legacy(data: bytes, name: str, suffix: str) -> RawDocument:
    """Read a .doc/.wps/.rtf/.odt (or a file of those kinds saved under another suffix)."""
    kind = sniff(data)
    fmt = suffix.lstrip(".") or "doc"
    if kind == "html":
        return _with_warning(read_html(data, name, fmt), f"{suffix} file is really a web page (HTML); read as HTML")
    if kind == "mht":
        return _with_warning(read_mht(data, name, fmt), f"{suffix} file is really a web archive (MHT); read as HTML")
    if kind == "other" and suffix in {".doc", ".wps", ".dot", ".wpt"} and _looks_like_text(data):
        from pipeline.readers import txt

        doc = txt.read_txt(data, name)
        return _with_warning(_as_format(doc, fmt), f"{suffix} file is really plain text; read as .txt")
    if not data.strip():
        raise NoText(name, "no text (the file is empty)")
    return convert_and_read(data, name, _input_suffix(kind, suffix), fmt)


def _input_suffix(kind: str, suffix: str) -> str:
    return {"ole": ".doc", "rtf": ".rtf", "word-xml": ".xml", "zip": ".odt" if suffix not in {".odt", ".ott"} else suffix}.get(
        kind, suffix if suffix in LEGACY_SUFFIXES - {".wps", ".wpt"} else ".doc")


def convert_and_read(data: bytes, name: str, input_suffix: str, fmt: str) -> RawDocument:
    """Convert ``data`` to .docx with LibreOffice and read it; the document keeps ``name``."""
    from pipeline.readers import docx

    program = soffice_program()
    if program is None:
        raise UnsupportedFormat(name, INSTALL_LIBREOFFICE.format(what=f".{fmt}"))
    with tempfile.TemporaryDirectory(prefix="xuncha-convert-") as tmp:
        source = os.path.join(tmp, "input" + input_suffix)
        with open(source, "wb") as fh:
            fh.write(data)
        out_dir = os.path.join(tmp, "out")
        with _profile() as profile:
            cmd = [
                program, "--headless", "--invisible", "--norestore", "--nolockcheck", "--nodefault",
                "--nologo", f"-env:UserInstallation={Path(profile).as_uri()}",
                "--convert-to", "docx:MS Word 2007 XML", "--outdir", out_dir, source,
            ]
            try:
                result = run_tool(cmd, CONVERT_TIMEOUT, cwd=tmp, env=tool_env(HOME=profile))
            except OSError:
                raise UnsupportedFormat(name, INSTALL_LIBREOFFICE.format(what=f".{fmt}")) from None
        if result.timed_out:
            raise ReadError(name, f"LibreOffice took over {CONVERT_TIMEOUT:g} s to convert it; stopped. "
                                  "请用 Word/WPS 另存为 .docx 再导入")
        target = os.path.join(out_dir, "input.docx")
        if not os.path.isfile(target) or os.path.getsize(target) == 0:
            raise ReadError(name, CANNOT_CONVERT)
        with open(target, "rb") as fh:
            converted = fh.read()
    try:
        doc = docx.read_docx(converted, name)
    except NoText:
        raise NoText(name, "no text (the document is empty)") from None
    except ReadError:
        raise ReadError(name, CANNOT_CONVERT) from None
    return _as_format(doc, fmt)


class _profile:
    """A LibreOffice profile folder this process holds exclusively (see the module docstring)."""

    _held: dict[int, tuple[str, object]] = {}  # pid -> (folder, locked file)

    def __enter__(self) -> str:
        pid = os.getpid()
        held = self._held.get(pid)
        if held is None:
            held = _claim_profile()
            self._held.clear()  # slots inherited from a parent (fork) are the parent's
            self._held[pid] = held
        return held[0]

    def __exit__(self, *exc) -> None:
        return None


def _claim_profile() -> tuple[str, object]:
    base = cache_dir() / "lo-profiles"
    base.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: a fresh folder per process
        return tempfile.mkdtemp(prefix="xuncha-lo-"), None
    for slot in range(MAX_PROFILE_SLOTS):
        lock = open(base / f"{slot}.lock", "a+b")
        try:
            fcntl.flock(lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            lock.close()
            continue
        folder = base / str(slot)
        folder.mkdir(exist_ok=True, mode=0o700)
        return str(folder), lock
    return tempfile.mkdtemp(prefix="xuncha-lo-"), None


# --- HTML and MHT ------------------------------------------------------------------------------

def read_html(data: bytes, name: str, fmt: str = "html", charset: Optional[str] = None) -> RawDocument:
    """Paragraphs of an HTML page: block elements and table cells, scripts and styles dropped."""
    from lxml import etree, html

    text = _decode_html(data, name, charset)
    parser = html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True,
                             default_doctype=False, huge_tree=False)
    try:
        root = html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError):
        raise NoText(name, "no text (the web page is empty)") from None
    for element in list(root.iter(*_DROPPED_TAGS)):
        if element.getparent() is not None:
            element.drop_tree()
    paragraphs: list[str] = []
    _html_blocks(root, paragraphs)
    out = tuple(RawParagraph(p) for p in (" ".join(x.split()) for x in paragraphs) if p)
    if not out:
        raise NoText(name, "no text (the web page is empty)")
    return RawDocument(path=name, format=fmt, paragraphs=out)


def _html_blocks(root, out: list[str]) -> None:
    """Walk the tree without recursion; text inside a block joins, block boundaries split."""
    current: list[str] = []

    def flush():
        if current:
            out.append("".join(current))
            current.clear()

    stack: list[tuple[object, bool]] = [(root, False)]
    while stack:
        element, closing = stack.pop()
        if closing:
            if isinstance(element.tag, str) and element.tag.lower() in _BLOCK_TAGS | {"tr", "table", "ul", "ol"}:
                flush()
            if element.tail:
                current.append(element.tail)
            continue
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if not tag:  # comments and processing instructions: keep the tail only
            if element.tail:
                current.append(element.tail)
            continue
        if tag in _BLOCK_TAGS or tag in ("tr", "table", "ul", "ol"):
            flush()
        if tag == "br":
            flush()
        if element.text:
            current.append(element.text)
        stack.append((element, True))
        for child in reversed(list(element)):
            stack.append((child, False))
    flush()


def _decode_html(data: bytes, name: str, charset: Optional[str]) -> str:
    from pipeline.readers import txt

    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return txt.decode(data, name)[0]
    declared = charset
    if declared is None:
        match = _CHARSET.search(data[:8192])
        declared = match.group(1).decode("ascii", "replace") if match else None
    if declared:
        encoding = declared.lower()
        if encoding in ("gb2312", "gbk", "gb_2312-80", "x-gbk", "cp936"):
            encoding = "gb18030"
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            pass
    return txt.decode(data, name)[0]


def read_mht(data: bytes, name: str, fmt: str = "mht") -> RawDocument:
    """The HTML part of a MIME web archive (.mht), read as HTML."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True) or b""
            return read_html(payload, name, fmt, charset=part.get_content_charset())
    raise NoText(name, "no text (the web archive holds no HTML page)")


# --- helpers -----------------------------------------------------------------------------------

def _looks_like_text(data: bytes) -> bool:
    from pipeline.readers import txt

    try:
        txt.decode(data[:65536], "-")
    except ReadError:
        return False
    return True


def _as_format(doc: RawDocument, fmt: str) -> RawDocument:
    return RawDocument(path=doc.path, format=fmt, paragraphs=doc.paragraphs, encoding=doc.encoding,
                       pages=doc.pages, warnings=doc.warnings)


def _with_warning(doc: RawDocument, warning: str) -> RawDocument:
    return RawDocument(path=doc.path, format=doc.format, paragraphs=doc.paragraphs, encoding=doc.encoding,
                       pages=doc.pages, warnings=doc.warnings + (warning,))


def is_odf_text(data: bytes) -> bool:
    """True for an OpenDocument text zip (its ``mimetype`` member says so)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            info = zf.getinfo("mimetype")
            return info.file_size < 200 and zf.read(info).startswith(b"application/vnd.oasis.opendocument.text")
    except (KeyError, zipfile.BadZipFile, OSError, ValueError):
        return False
