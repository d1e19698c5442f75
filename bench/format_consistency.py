"""Format consistency: the same report as .txt, .docx and .pdf must give the same findings.

Takes the whole invented documents of corpora/eval/part_p.jsonl and corpora/train/part_s.jsonl
(a document starts at its title line, the one line whose ``section`` is itself, as the part
sources write them) and writes each document as

* ``txt``         one line per paragraph (the reference);
* ``docx``        python-docx: the title in the Title style, headings (the numbered lines other
                  lines sit under) in Word's Heading 1/2 styles with their numbers typed, body
                  paragraphs with a first-line indent, one finding in a table cell (a two-row
                  table 序号 | 问题表现), a running header, a footer with a PAGE field
                  (``- N -``) and a footnote on one paragraph;
* ``docx_auto``   the same, but the headings' numbers are Word automatic list numbering
                  (chineseCounting ``%1、`` and ``（%2）``/``(%2)``) instead of typed;
* ``pdf_lo``      ``docx`` printed to PDF by LibreOffice (``soffice --headless --convert-to pdf``);
* ``pdf_lo_auto`` ``docx_auto`` printed the same way;
* ``pdf_rl``      a reportlab PDF (tests/hostile.py ``make_chinese_pdf``: running header,
                  ``- N -`` page numbers, indented body).

Then it runs ``python cli.py extract FILES --format jsonl`` once per format and compares every
format with the .txt of the same document: sentences (by text without whitespace; the table's
序号/问题表现/1 cells are left out), problem sentences, the categories and units
(canonical, region) of the problem sentences both have, and the section path of every sentence
both have. It prints one row per document and format with the counts that differ, totals per
format, and a few examples of each kind of difference. Deterministic, no network, everything in
a temporary folder (``--keep DIR`` keeps the files).

Usage: python bench/format_consistency.py [--keep DIR] [--examples N] [--docs 1,3] [--formats docx,pdf_lo]
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

PARTS = (ROOT / "corpora" / "eval" / "part_p.jsonl", ROOT / "corpora" / "train" / "part_s.jsonl")
FORMATS = ("docx", "docx_auto", "pdf_lo", "pdf_lo_auto", "pdf_rl")
HEADER_TEXT = "内部资料 注意保存"
FOOTNOTE_TEXT = "数据来源于巡察组调阅的财务凭证和会议记录。"
TABLE_HEAD = ("序号", "问题表现")
TABLE_NUMBER = "1"
IGNORED = {"序号", "问题表现", "1"}  # the table's decoration cells, not in the .txt

_LEVEL = (
    (1, re.compile(r"^([一二三四五六七八九十]{1,3}、)")),
    (2, re.compile(r"^(（[一二三四五六七八九十]{1,3}）)")),
    (2, re.compile(r"^(\([一二三四五六七八九十]{1,3}\))")),
)
_SPACE = re.compile(r"\s+")


# --- documents --------------------------------------------------------------------------------

def load_documents() -> list[tuple[str, list[dict]]]:
    """(name, records) per document, in corpus order."""
    docs: list[tuple[str, list[dict]]] = []
    for path in PARTS:
        part = path.stem  # part_p
        count = 0
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            if rec["text"] == rec.get("section"):
                count += 1
                docs.append((f"{part[-1]}{count}", []))
            docs[-1][1].append(rec)
    return docs


def heading_level(text: str, sections: set[str]) -> tuple[int, str, str] | None:
    """(level, typed number, rest) for a line that is a heading (a numbered line that other
    lines sit under); None for body lines, numbered or not."""
    if text not in sections and text.rstrip("。") not in sections:
        return None
    for level, pattern in _LEVEL:
        match = pattern.match(text)
        if match:
            return level, match.group(1), text[match.end():]
    return None


def layout(records: list[dict]) -> list[tuple[str, str, tuple | None]]:
    """(kind, text, heading) per line: kind is title, heading, table or body. The first finding
    that is a body line goes into the table; the first body line after it carries the footnote."""
    sections = {r["section"] for r in records}
    out = []
    table_done = False
    for i, rec in enumerate(records):
        text = rec["text"]
        head = heading_level(text, sections) if i else None
        if i == 0:
            out.append(("title", text, None))
        elif head is not None:
            out.append(("heading", text, head))
        elif rec["is_problem"] and not table_done:
            out.append(("table", text, None))
            table_done = True
        else:
            out.append(("body", text, None))
    for j, (kind, text, head) in enumerate(out):
        if kind == "body" and any(k == "table" for k, _, _ in out[:j]):
            out[j] = ("footnoted", text, head)
            break
    return out


# --- writers ----------------------------------------------------------------------------------

def write_txt(path: Path, lines) -> None:
    path.write_text("".join(text + "\n" for _, text, _ in lines), encoding="utf-8")


def _set_east_asian(style, font: str, size_pt: float, bold: bool = False) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    style.font.size = Pt(size_pt)
    style.font.bold = bold
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, fonts)
    for key in ("w:eastAsia", "w:ascii", "w:hAnsi"):
        fonts.set(qn(key), font)


def field_run(paragraph, instruction: str) -> None:
    """A simple field (PAGE) in ``paragraph`` (bench_pdf_readers.py uses it too)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    run.append(t)
    fld.append(run)
    paragraph._p.append(fld)


def _add_list_numbering(document, half_width: bool) -> int:
    """Add a chineseCounting heading list (一、 and （一）) to numbering.xml; its numId."""
    from docx.oxml import parse_xml

    numbering = document.part.numbering_part.element
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    second = "(%2)" if half_width else "（%2）"
    abstract_id, num_id = 90, 90
    abstract = parse_xml(
        f'<w:abstractNum {w} w:abstractNumId="{abstract_id}"><w:multiLevelType w:val="multilevel"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        f'<w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/></w:lvl>'
        f'<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        f'<w:lvlText w:val="{second}"/><w:lvlJc w:val="left"/></w:lvl>'
        f'</w:abstractNum>'
    )
    first_num = next((c for c in numbering if c.tag.endswith("}num")), None)
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {w} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'))
    return num_id


def _number_paragraph(paragraph, num_id: int, ilvl: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    numpr = ppr.get_or_add_numPr()
    numpr.get_or_add_ilvl().val = ilvl
    numpr.get_or_add_numId().val = num_id


def write_docx(path: Path, lines, auto_numbering: bool) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    half_width = any("(" in text for kind, text, _ in lines if kind == "heading")
    d = docx.Document()
    section = d.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    _set_east_asian(d.styles["Normal"], "Noto Serif CJK SC", 16)
    _set_east_asian(d.styles["Title"], "Noto Sans CJK SC", 22, bold=True)
    _set_east_asian(d.styles["Heading 1"], "Noto Sans CJK SC", 16, bold=True)
    _set_east_asian(d.styles["Heading 2"], "Noto Serif CJK SC", 16, bold=True)
    header = section.header.paragraphs[0]
    header.text = HEADER_TEXT
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("- ")
    field_run(footer, "PAGE")
    footer.add_run(" -")
    num_id = _add_list_numbering(d, half_width) if auto_numbering else None
    footnote_at = None
    for kind, text, head in lines:
        if kind == "title":
            p = d.add_paragraph(text, style="Title")
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "heading":
            level, number, rest = head
            if auto_numbering:
                p = d.add_paragraph(rest, style=f"Heading {level}")
                _number_paragraph(p, num_id, level - 1)
            else:
                p = d.add_paragraph(text, style=f"Heading {level}")
            p.paragraph_format.first_line_indent = Pt(32)
        elif kind == "table":
            table = d.add_table(rows=2, cols=2)
            table.style = d.styles["Table Grid"]
            for cell, value in zip(table.rows[0].cells + table.rows[1].cells, TABLE_HEAD + (TABLE_NUMBER, text)):
                cell.text = value
            table.columns[0].width = Cm(1.6)
            for row in table.rows:
                row.cells[0].width, row.cells[1].width = Cm(1.6), Cm(14.0)
        else:
            p = d.add_paragraph(text)
            p.paragraph_format.first_line_indent = Pt(32)
            if kind == "footnoted":
                footnote_at = p
    d.save(str(path))
    if footnote_at is not None:
        _add_footnote(path, footnote_at.text)


def _add_footnote(path: Path, anchor_text: str) -> None:
    """Give the paragraph ``anchor_text`` a footnote (python-docx cannot; edit the zip)."""
    import zipfile

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    body = parts["word/document.xml"].decode("utf-8")
    marker = f"<w:t>{escape(anchor_text)}</w:t></w:r>"
    if marker not in body:
        return
    reference = ('<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                 '<w:footnoteReference w:id="1"/></w:r>')
    parts["word/document.xml"] = body.replace(marker, marker + reference, 1).encode("utf-8")
    parts["word/footnotes.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{w}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="1"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {escape(FOOTNOTE_TEXT)}</w:t></w:r></w:p></w:footnote></w:footnotes>'
    ).encode("utf-8")
    rels = parts["word/_rels/document.xml.rels"].decode("utf-8")
    rels = rels.replace(
        "</Relationships>",
        '<Relationship Id="rIdFootnotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/footnotes" Target="footnotes.xml"/></Relationships>')
    parts["word/_rels/document.xml.rels"] = rels.encode("utf-8")
    types = parts["[Content_Types].xml"].decode("utf-8")
    types = types.replace(
        "</Types>",
        '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.footnotes+xml"/></Types>')
    parts["[Content_Types].xml"] = types.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)


def write_pdf_reportlab(path: Path, lines) -> None:
    from hostile import make_chinese_pdf

    make_chinese_pdf(path, [escape(text) for _, text, _ in lines], header=HEADER_TEXT)


def print_with_libreoffice(docx_files: list[Path], out_dir: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is not installed; the pdf_lo formats need it")
    profile = out_dir / "lo_profile"
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(out_dir)] + [str(p) for p in docx_files],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600,
    )


# --- extraction and comparison ----------------------------------------------------------------

def extract(files: list[Path]) -> dict[str, list[dict]]:
    """Records per file from one ``cli.py extract`` run."""
    proc = subprocess.run(
        [sys.executable, str(ROOT / "cli.py"), "extract", *map(str, files), "--format", "jsonl"],
        cwd=ROOT, capture_output=True, text=True, encoding="utf-8",
    )
    out: dict[str, list[dict]] = defaultdict(list)
    for line in proc.stdout.splitlines():
        if line.strip():
            rec = json.loads(line)
            out[rec["doc"]].append(rec)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"extract failed ({proc.returncode}): {proc.stderr[-2000:]}")
    for f in files:
        if str(f) not in out:
            print(f"  ! no records for {f.name}: {proc.stderr.strip()[-300:]}", file=sys.stderr)
    return out


def _key(text: str) -> str:
    return _SPACE.sub("", text)


def _paired(a: list[dict], b: list[dict]):
    """Records of ``a`` and ``b`` with the same text, paired in order of occurrence."""
    by_text: dict[str, list[dict]] = defaultdict(list)
    for rec in b:
        by_text[_key(rec["text"])].append(rec)
    for rec in a:
        same = by_text.get(_key(rec["text"]))
        if same:
            yield rec, same.pop(0)


def _units(rec: dict) -> list[tuple[str, str]]:
    return sorted((u.get("canonical") or u["text"], u.get("region") or "") for u in rec["units"])


def compare(ref: list[dict], got: list[dict]) -> dict[str, list]:
    """The differences of ``got`` against ``ref`` (both one document's records), by kind."""
    ref = [r for r in ref if _key(r["text"]) not in IGNORED]
    got = [r for r in got if _key(r["text"]) not in IGNORED]
    diff: dict[str, list] = {}
    ref_sent = Counter(_key(r["text"]) for r in ref)
    got_sent = Counter(_key(r["text"]) for r in got)
    diff["sent-"] = sorted((ref_sent - got_sent).elements())
    diff["sent+"] = sorted((got_sent - ref_sent).elements())
    ref_prob = Counter(_key(r["text"]) for r in ref if r["is_problem"])
    got_prob = Counter(_key(r["text"]) for r in got if r["is_problem"])
    diff["prob-"] = sorted((ref_prob - got_prob).elements())
    diff["prob+"] = sorted((got_prob - ref_prob).elements())
    diff["cat"], diff["unit"], diff["sect"] = [], [], []
    for a, b in _paired(ref, got):
        if a["is_problem"] and b["is_problem"]:
            ca = sorted(c["code"] for c in a["categories"])
            cb = sorted(c["code"] for c in b["categories"])
            if ca != cb:
                diff["cat"].append(f"{a['text'][:40]} {ca} -> {cb}")
            if _units(a) != _units(b):
                diff["unit"].append(f"{a['text'][:40]} {_units(a)} -> {_units(b)}")
        sa = [_key(s) for s in a["section"]]
        sb = [_key(s) for s in b["section"]]
        if sa != sb:
            diff["sect"].append(f"{a['text'][:30]} {sa} -> {sb}")
    return diff


KINDS = ("sent-", "sent+", "prob-", "prob+", "cat", "unit", "sect")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", type=Path, help="write the files here and keep them")
    parser.add_argument("--examples", type=int, default=3, help="examples per format and kind")
    parser.add_argument("--docs", help="only these documents, e.g. p1,s3")
    parser.add_argument("--formats", default=",".join(FORMATS))
    args = parser.parse_args(argv)
    formats = [f for f in args.formats.split(",") if f]
    docs = load_documents()
    if args.docs:
        wanted = set(args.docs.split(","))
        docs = [(n, r) for n, r in docs if n in wanted]
    work = args.keep or Path(tempfile.mkdtemp(prefix="xuncha_formats_"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        files: dict[str, dict[str, Path]] = defaultdict(dict)  # format -> doc -> path
        for name, records in docs:
            lines = layout(records)
            write_txt(work / f"{name}.txt", lines)
            files["txt"][name] = work / f"{name}.txt"
            if {"docx", "pdf_lo"} & set(formats):
                write_docx(work / f"{name}.docx", lines, auto_numbering=False)
                files["docx"][name] = work / f"{name}.docx"
            if {"docx_auto", "pdf_lo_auto"} & set(formats):
                write_docx(work / f"{name}_auto.docx", lines, auto_numbering=True)
                files["docx_auto"][name] = work / f"{name}_auto.docx"
            if "pdf_rl" in formats:
                write_pdf_reportlab(work / f"{name}_rl.pdf", lines)
                files["pdf_rl"][name] = work / f"{name}_rl.pdf"
        lo_sources = [p for f in ("docx", "docx_auto") if f.replace("docx", "pdf_lo") in formats
                      for p in files[f].values()]
        if lo_sources:
            lo_dir = work / "lo"
            lo_dir.mkdir(exist_ok=True)
            print_with_libreoffice(lo_sources, lo_dir)
            for name, _ in docs:
                if "pdf_lo" in formats:
                    files["pdf_lo"][name] = lo_dir / f"{name}.pdf"
                if "pdf_lo_auto" in formats:
                    files["pdf_lo_auto"][name] = lo_dir / f"{name}_auto.pdf"
        records = {fmt: extract(list(files[fmt].values())) for fmt in ["txt"] + formats}
        totals: dict[str, Counter] = {fmt: Counter() for fmt in formats}
        examples: dict[tuple[str, str], list] = defaultdict(list)
        print(f"{'doc':4} {'format':12} " + " ".join(f"{k:>6}" for k in KINDS) + "   (sentences, problems in .txt)")
        for name, _ in docs:
            ref = records["txt"].get(str(files["txt"][name]), [])
            n_sent, n_prob = len(ref), sum(r["is_problem"] for r in ref)
            for fmt in formats:
                got = records[fmt].get(str(files[fmt][name]), [])
                diff = compare(ref, got)
                counts = {k: len(v) for k, v in diff.items()}
                totals[fmt].update(counts)
                totals[fmt]["docs"] += 1
                for k, v in diff.items():
                    examples[(fmt, k)].extend(f"{name}: {x}" for x in v)
                print(f"{name:4} {fmt:12} " + " ".join(f"{counts[k]:>6}" for k in KINDS)
                      + f"   ({n_sent}, {n_prob})")
        print()
        print("totals over", len(docs), "documents")
        print(f"{'format':12} " + " ".join(f"{k:>6}" for k in KINDS))
        for fmt in formats:
            print(f"{fmt:12} " + " ".join(f"{totals[fmt][k]:>6}" for k in KINDS))
        if args.examples:
            print()
            for fmt in formats:
                for k in KINDS:
                    shown = examples[(fmt, k)][:args.examples]
                    for x in shown:
                        print(f"[{fmt} {k}] {x}")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
