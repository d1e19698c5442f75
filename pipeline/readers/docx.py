"""Word .docx reader: body paragraphs and table cells in reading order.

We parse ``word/document.xml`` with lxml directly rather than through python-docx, because
we control every step that touches hostile input: the zip is opened by us, the declared size
of the XML part is checked before anything is inflated, the bytes actually inflated are
capped while reading in chunks (a zip header can lie), any DTD is refused before parsing, and
the parser never loads DTDs, resolves entities or touches the network. Working on the raw
XML also gives merged cells once (a ``gridSpan`` cell is one ``w:tc``; ``vMerge``
continuation cells are skipped) where python-docx repeats them, and lets us read text boxes.

What is read, in document order: body ``w:p`` and ``w:tbl`` (rows, cells, nested tables),
content controls (``w:sdt``), inserted revisions (deleted and moved-from text are not), and
text boxes (``w:txbxContent``, placed after the paragraph that anchors them; inside
``mc:AlternateContent`` only ``mc:Choice`` is read, so the VML fallback copy of the same
text box is not read twice). Headers, footers, footnotes and comments live in other parts
and are not body text. A line break (``w:br``, ``w:cr``) inside a paragraph splits it:
pasted text often uses soft breaks as paragraph breaks. Automatic list numbering
(``numbering.xml``, through paragraph or style ``numPr``) is rendered in front of the
paragraph text as Word shows it (``numbering.py``), so list headings (一、 （一） 1.) are found.
Text boxes are read once: the ``mc:Choice`` (DrawingML) copy, never the VML fallback.
Both the transitional and the strict OOXML namespaces are understood.
"""
from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib

from lxml import etree

from pipeline.errors import NoText, ReadError, UnsupportedFormat
from pipeline.limits import MAX_XML_BYTES
from pipeline.records import RawDocument, RawParagraph

MAX_SIDE_PART_BYTES = 20 * 1024 * 1024  # numbering.xml / styles.xml larger than this are ignored
_CHUNK = 1024 * 1024

_W_NS = (
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",
)
_MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)
_DOCTYPE16 = tuple(s.encode(enc) for s in ("<!DOCTYPE", "<!ENTITY") for enc in ("utf-16-le", "utf-16-be"))

_NOT_ZIP = "not a Word document (not a zip file); if it is an old .doc, save it as .docx"


def _w(local: str) -> frozenset[str]:
    return frozenset("{%s}%s" % (ns, local) for ns in _W_NS)


P, TBL, TR, TC, T, TAB, BR, CR = (_w(x) for x in ("p", "tbl", "tr", "tc", "t", "tab", "br", "cr"))
TCPR, VMERGE, TXBX = _w("tcPr"), _w("vMerge"), _w("txbxContent")
NOBREAK_HYPHEN = _w("noBreakHyphen")
# Containers whose children are read as if they stood in their parent's place.
_TRANSPARENT = _w("sdt") | _w("sdtContent") | _w("customXml") | _w("smartTag") | _w("ins") \
    | _w("moveTo") | _w("hyperlink") | _w("fldSimple") | _w("r") | _w("dir") | _w("bdo")
# Containers whose text is not part of the final document or not body text.
_SKIPPED = _w("del") | _w("moveFrom") | _w("instrText") | _w("delText") | _w("pPr") | _w("rPr") \
    | _w("tblPr") | _w("trPr") | _w("tcPr") | _w("sdtPr") | _w("sdtEndPr") | _w("footnoteReference") \
    | _w("endnoteReference") | _w("commentReference")
_ALTERNATE = "{%s}AlternateContent" % _MC_NS
_CHOICE = "{%s}Choice" % _MC_NS
_FALLBACK = "{%s}Fallback" % _MC_NS


def looks_like_docx(data: bytes) -> bool:
    """True when ``data`` is a zip holding a Word main document part."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return _main_part(zf) is not None
    except Exception:  # noqa: BLE001 - a sniff, any failure means "no"
        return False


def read_docx(data: bytes, name: str = "-", max_xml_bytes: int | None = None) -> RawDocument:
    """Read a .docx from its bytes. ``max_xml_bytes`` caps document.xml, declared and
    inflated (None: ``MAX_XML_BYTES``; see ``pipeline.limits``)."""
    if data.startswith(_OLE_MAGIC):
        raise UnsupportedFormat(
            name,
            "this is an old Word/WPS (.doc) file with a .docx name; "
            "请用 Word/WPS/LibreOffice 另存为 .docx 后再导入",
        )
    xml = _document_xml(data, name, MAX_XML_BYTES if max_xml_bytes is None else max_xml_bytes)
    root = _parse(xml, name)
    body = next((c for c in root if c.tag in _w("body")), None)
    if body is None:
        raise ReadError(name, "not a Word document (document.xml has no body); re-save it in Word")
    texts: list[str] = []
    numbering, warnings = _numbering(data, name)
    _blocks(body, texts, numbering)
    paragraphs = tuple(
        RawParagraph(line) for text in texts for line in text.split("\n") if line.strip()
    )
    if not paragraphs:
        raise NoText(name, "no text (the document body is empty)")
    return RawDocument(path=name, format="docx", paragraphs=paragraphs, warnings=warnings)


def _numbering(data: bytes, name: str):
    """The document's list definitions (None when it has none) and warnings."""
    from pipeline.readers.numbering import Numbering

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            main = _main_part(zf)
            parts = _related_parts(zf, main) if main else {}
            numbering_part = parts.get("numbering") or _existing(zf, "word/numbering.xml")
            if numbering_part is None:
                return None, ()
            styles_part = parts.get("styles") or _existing(zf, "word/styles.xml")
            numbering_root = _parse(_side_part(zf, numbering_part, name), name)
            styles_root = _parse(_side_part(zf, styles_part, name), name) if styles_part else None
    except ReadError:
        return None, ("list numbering not rendered (numbering.xml or styles.xml unreadable)",)
    except Exception:  # noqa: BLE001 - numbering is an extra; the body text still counts
        return None, ("list numbering not rendered (numbering.xml or styles.xml unreadable)",)
    numbering = Numbering(numbering_root, styles_root)
    return (None if numbering.empty else numbering), ()


def _existing(zf: zipfile.ZipFile, part: str) -> str | None:
    names = {n.lower(): n for n in zf.namelist()}
    return names.get(part.lower())


def _related_parts(zf: zipfile.ZipFile, main: str) -> dict[str, str]:
    """Parts related to the main document by type ("numbering", "styles"), from its .rels."""
    folder, base = posixpath.split(main)
    rels_name = _existing(zf, posixpath.join(folder, "_rels", base + ".rels"))
    if rels_name is None or zf.getinfo(rels_name).file_size > 1024 * 1024:
        return {}
    out = {}
    try:
        tree = etree.fromstring(zf.read(rels_name), _parser())
    except Exception:  # noqa: BLE001 - fall back to the usual names
        return {}
    for rel in tree:
        kind = str(rel.get("Type", "")).rsplit("/", 1)[-1]
        if kind in ("numbering", "styles") and rel.get("TargetMode") != "External":
            target = posixpath.normpath(posixpath.join(folder, rel.get("Target", "")))
            found = _existing(zf, target.lstrip("/"))
            if found:
                out[kind] = found
    return out


def _side_part(zf: zipfile.ZipFile, part: str, name: str) -> bytes:
    info = zf.getinfo(part)
    if info.flag_bits & 0x1 or info.file_size > MAX_SIDE_PART_BYTES:
        raise ReadError(name, "side part refused")
    with zf.open(info) as stream:
        return read_capped(stream, MAX_SIDE_PART_BYTES, name)


def _main_part(zf: zipfile.ZipFile) -> str | None:
    """The main document part: from _rels/.rels, else word/document.xml."""
    names = {n.lower(): n for n in zf.namelist()}
    rels = names.get("_rels/.rels")
    if rels is not None and zf.getinfo(rels).file_size < 1024 * 1024:
        try:
            tree = etree.fromstring(zf.read(rels), _parser())
            for rel in tree:
                if str(rel.get("Type", "")).endswith("/officeDocument"):
                    target = posixpath.normpath(rel.get("Target", "").lstrip("/")).lower()
                    if target in names:
                        return names[target]
        except Exception:  # noqa: BLE001 - fall back to the usual name
            pass
    return names.get("word/document.xml")


def _document_xml(data: bytes, name: str, cap: int) -> bytes:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise ReadError(name, _NOT_ZIP) from None
    except (NotImplementedError, ValueError, EOFError) as exc:  # a damaged zip directory
        raise ReadError(
            name, f"damaged Word document (its zip directory is unreadable: {type(exc).__name__}); re-save it"
        ) from None
    with zf:
        part = _main_part(zf)
        if part is None:
            raise ReadError(
                name,
                "not a Word document (zip has no word/document.xml); convert it to .docx or remove it",
            )
        info = zf.getinfo(part)
        if info.flag_bits & 0x1:
            raise ReadError(name, "password-protected Word document; remove the password and save again")
        if info.file_size > cap:
            from pipeline.limits import ENV_XML_MB, LimitExceeded, format_mb

            raise LimitExceeded(
                name,
                f"document.xml declares {format_mb(info.file_size)} MB uncompressed, over the "
                f"{format_mb(cap)} MB limit (zip bomb?); refused — raise {ENV_XML_MB} to read it",
            )
        try:
            with zf.open(info) as stream:
                return read_capped(stream, cap, name)
        except zlib.error:  # the deflated data itself is damaged
            raise ReadError(name, "damaged Word document (its compressed text is corrupt); re-save it") from None
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, NotImplementedError) as exc:
            raise ReadError(
                name,
                f"damaged Word document (zip data does not match its header: {type(exc).__name__}); re-save it",
            ) from None


def read_capped(stream, cap: int, name: str) -> bytes:
    """Read a binary stream in chunks, refusing to inflate more than ``cap`` bytes."""
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = stream.read(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        total += len(chunk)
        if total > cap:
            from pipeline.limits import ENV_XML_MB, LimitExceeded, format_mb

            raise LimitExceeded(
                name,
                f"document.xml inflates past the {format_mb(cap)} MB limit (zip bomb?); refused"
                f" — raise {ENV_XML_MB} to read it",
            )
        chunks.append(chunk)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def _parse(xml: bytes, name: str):
    refused = ReadError(
        name, "document.xml declares a DTD/entities (not written by Word; unsafe); refused — re-save it in Word"
    )
    if _DOCTYPE.search(xml[:65536]) or any(s in xml[:131072] for s in _DOCTYPE16):
        raise refused
    try:
        tree = etree.fromstring(xml, _parser()).getroottree()
    except etree.XMLSyntaxError:
        raise ReadError(name, "damaged Word document (document.xml is not well-formed XML); re-save it") from None
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise refused
    return tree.getroot()


def _blocks(parent, out: list[str], numbering=None) -> None:
    """Append the text of the block-level content of ``parent`` (body, cell, text box)."""
    for child in parent:
        tag = child.tag
        if tag in P:
            boxes: list = []
            label = numbering.label(child) if numbering is not None else ""
            text = _paragraph_text(child, boxes)
            out.append(label + text if text.strip() else text)
            for box in boxes:
                _blocks(box, out, numbering)
        elif tag in TBL:
            _table(child, out, numbering)
        elif tag == _ALTERNATE:
            choice = next((c for c in child if c.tag == _CHOICE), None)
            if choice is not None:
                _blocks(choice, out, numbering)
        elif tag in _TRANSPARENT:
            _blocks(child, out, numbering)


def _table(tbl, out: list[str], numbering=None) -> None:
    for row in tbl:
        if row.tag in TR:
            for cell in row:
                if cell.tag in TC:
                    if not _is_merge_continuation(cell):
                        _blocks(cell, out, numbering)
                elif cell.tag in _TRANSPARENT:  # a content control around cells
                    _table_cells(cell, out, numbering)
        elif row.tag in _TRANSPARENT:  # a content control around rows
            _table(row, out, numbering)


def _table_cells(container, out: list[str], numbering=None) -> None:
    for child in container:
        if child.tag in TC:
            if not _is_merge_continuation(child):
                _blocks(child, out, numbering)
        elif child.tag in _TRANSPARENT:
            _table_cells(child, out, numbering)


def _is_merge_continuation(cell) -> bool:
    for pr in cell:
        if pr.tag in TCPR:
            for prop in pr:
                if prop.tag in VMERGE:
                    val = next((v for k, v in prop.attrib.items() if k.endswith("val")), None)
                    return val != "restart"
    return False


def _paragraph_text(p, boxes: list) -> str:
    parts: list[str] = []
    _inline(p, parts, boxes)
    return "".join(parts)


def _inline(element, parts: list[str], boxes: list) -> None:
    for child in element:
        tag = child.tag
        if not isinstance(tag, str):
            continue
        if tag in T:
            parts.append(child.text or "")
        elif tag in TAB:
            parts.append("\t")
        elif tag in BR or tag in CR:
            is_page = any(k.endswith("type") and v in ("page", "column") for k, v in child.attrib.items())
            parts.append("" if is_page else "\n")
        elif tag in NOBREAK_HYPHEN:
            parts.append("-")
        elif tag in TXBX:
            boxes.append(child)
        elif tag in _SKIPPED or tag == _FALLBACK:
            continue
        elif tag in P:  # malformed nesting; keep its text rather than lose it
            _inline(child, parts, boxes)
        else:
            # runs, hyperlinks, drawings, AlternateContent/Choice, VML shapes: look inside
            _inline(child, parts, boxes)
