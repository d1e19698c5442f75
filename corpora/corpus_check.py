"""Shared checks and writer for the hand-written corpus parts (``train/part_*_src.py``).

Each part's source script holds its sentences as literals and calls :func:`build`, which
turns them into records, validates them (taxonomy codes, units are substrings in order, no
sentence end inside a line, no mixed punctuation widths, no forbidden names, no duplicates
within the part or against the other parts), writes ``<part>.jsonl``, reads it back, and
prints the counts. A part may pass extra checks of its own.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Callable, Iterable, Optional

import yaml

ROOT = Path(__file__).resolve().parents[1]

# Names of the real evaluation sample: never in the corpus.
FORBIDDEN = ("新津", "普兴", "花源", "宝墩", "兴义镇", "永商镇", "梨花溪", "区经信局", "区公资交易中心",
             "区发改局", "区医保局", "区妇联", "区农业农村局", "区文体旅局", "区退役军人局", "商务投促局",
             "区公安分局", "区建交局", "藏经阁")
HALF_WIDTH = ',()":;'
FULL_WIDTH = "，（）“”：；"
# The region as a whole, inspecting bodies and sectors are never units (taxonomy.md).
NOT_UNITS = ("全县", "全区", "全市", "全省", "巡察组", "巡视组", "纪委", "巡察办", "系统")


def taxonomy_codes() -> set[str]:
    """Category codes of the project's taxonomy (rules/taxonomy.yml)."""
    data = yaml.safe_load((ROOT / "rules" / "taxonomy.yml").read_text(encoding="utf-8"))
    return {c["code"] for c in data["categories"]}


def problem_record(entry) -> dict:
    """(text, "cat cat", "unit|unit", section) -> a corpus line."""
    text, cats, units, section = entry
    rec = {"text": text, "is_problem": True, "categories": cats.split(),
           "units": [u for u in units.split("|") if u]}
    if section:
        rec["section"] = section
    return rec


def non_problem_record(entry) -> dict:
    """(text, section) -> a corpus line."""
    text, section = entry
    rec = {"text": text, "is_problem": False, "categories": [], "units": []}
    if section:
        rec["section"] = section
    return rec


def is_half_width(text: str) -> bool:
    """A line written with half-width punctuation (as in text converted from PDFs)."""
    return any(ch in text for ch in HALF_WIDTH) and not any(ch in text for ch in FULL_WIDTH)


def validate(records: list[dict], codes: Optional[set[str]] = None) -> list[str]:
    """One message per problem found; an empty list means the part is sound."""
    codes = codes if codes is not None else taxonomy_codes()
    errors = []
    seen = set()
    for r in records:
        t = r["text"]
        key = t.rstrip("。.")
        if key in seen:
            errors.append(f"duplicate: {t}")
        seen.add(key)
        if re.search(r"[。！？；;!?]", t[:-1]):
            errors.append(f"sentence end inside: {t}")
        if len(set(r["categories"])) != len(r["categories"]):
            errors.append(f"repeated category: {t}")
        errors += [f"unknown category {c}: {t}" for c in r["categories"] if c not in codes]
        if r["is_problem"] and not r["categories"]:
            errors.append(f"problem without category: {t}")
        if not r["is_problem"] and (r["categories"] or r["units"]):
            errors.append(f"non-problem with labels: {t}")
        pos = -1
        for u in r["units"]:
            i = t.find(u, pos + 1)
            if i < 0:
                errors.append(f"unit {u} not in text (in order): {t}")
            else:
                pos = i
            if any(n in u for n in NOT_UNITS):
                errors.append(f"not a unit {u}: {t}")
        errors += [f"forbidden name {f}: {t}" for f in FORBIDDEN if f in t]
        if any(ch in t for ch in ",()") and any(ch in t for ch in "，（）"):
            errors.append(f"mixed half- and full-width punctuation: {t}")
    return errors


def build(part: str, records: list[dict], here: Path,
          extra_checks: Iterable[Callable[[dict], Optional[str]]] = ()) -> list[dict]:
    """Validate ``records`` (with the part's own ``extra_checks``), write ``here/<part>.jsonl``,
    check it reads back the same, and print the counts."""
    errors = validate(records)
    for check in extra_checks:
        errors += [msg for msg in (check(r) for r in records) if msg]
    others = set()
    for path in sorted(here.glob("part_*.jsonl")):
        if path.name != f"{part}.jsonl":
            others.update(json.loads(line)["text"].rstrip("。.")
                          for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    duplicates = [f"duplicate of another part: {r['text']}" for r in records if r["text"].rstrip("。.") in others]
    if here.name == "eval":
        # each held-out part is scored on its own: a date or a standard heading that another
        # writer also wrote counts nowhere twice (in train/ it would weigh twice, so it is an error)
        if duplicates:
            print(f"note: {len(duplicates)} lines also in another held-out part (dates, standard headings)")
    else:
        errors += duplicates
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    out = here / f"{part}.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    back = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert back == records
    report(records, out)
    return records


def report(records: list[dict], out: Path) -> None:
    problems = [r for r in records if r["is_problem"]]
    cats = Counter(c for r in problems for c in r["categories"])
    combos = Counter("+".join(r["categories"]) for r in problems)
    with_units = sum(bool(r["units"]) for r in problems)
    half = sum(is_half_width(r["text"]) for r in records)
    lens = [len(r["text"]) for r in records]
    sections = sum("section" in r for r in records)
    print(f"wrote {len(records)} lines to {out}")
    print(f"problems {len(problems)}, non-problems {len(records) - len(problems)}")
    if problems:
        print(f"problems naming units {with_units} ({with_units / len(problems):.0%})")
    print(f"length {min(lens)}-{max(lens)} (mean {sum(lens) / len(lens):.0f})")
    print(f"half-width lines {half} ({half / len(records):.0%}); with section {sections} "
          f"({sections / len(records):.0%})")
    print("per category (problem sentences carrying it):")
    for code, n in sorted(cats.items(), key=lambda kv: -kv[1]):
        print(f"  {code:20s} {n}")
    print("label sets:")
    for combo, n in combos.most_common():
        print(f"  {n:4d} {combo}")


def label_density(records: list[dict], codes: Iterable[str] = ()) -> None:
    """Print labels per finding (mean and spread) and, for each of ``codes``, the findings
    carrying it and how many carry it alone: what a part written at label borders is checked by."""
    problems = [r for r in records if r["is_problem"]]
    if not problems:
        return
    sizes = Counter(len(r["categories"]) for r in problems)
    mean = sum(len(r["categories"]) for r in problems) / len(problems)
    print(f"labels per finding: mean {mean:.2f}, spread {dict(sorted(sizes.items()))}")
    for code in codes:
        with_code = [r for r in problems if code in r["categories"]]
        alone = sum(len(r["categories"]) == 1 for r in with_code)
        print(f"  {code:18s} {len(with_code):3d} findings ({alone} single-label)")


# -- whole documents, line by line (parts S, T, U) ----------------------------------------------
# A document is a list of entries: T(title), H1(heading), H2(sub-heading), R(run-in heading: the
# first sentence of its paragraph, ending in 。, its body on the lines after it) and tuples
# (text,) for other non-findings or (text, "cat cat", "unit|unit") for findings. A sub-heading
# that states a problem is a finding: H2(text, "cats", "units").

def T(text):
    return ("T", text)


def H1(text):
    return ("H1", text)


def H2(text, cats="", units=""):
    return ("H2", text, cats, units) if cats else ("H2", text)


def R(text, cats="", units=""):
    return ("R", text, cats, units) if cats else ("R", text)


def line_record(text: str, cats: str, units: str, section: str) -> dict:
    cats_list = cats.split()
    return {"text": text, "is_problem": bool(cats_list), "categories": cats_list,
            "units": [u for u in units.split("|") if u], "section": section}


def document_records(doc) -> list[dict]:
    """One document's records, each with the nearest heading above it (or the title). A heading
    carries its parent's heading; the lines after a run-in heading sit under it (its text
    without the final 。 or .)."""
    out = []
    title = h1 = h2 = None
    for e in doc:
        kind = e[0] if e[0] in ("T", "H1", "H2", "R") and len(e) in (2, 4) else None
        if kind == "T":
            title = e[1]
            out.append(line_record(title, "", "", title))
        elif kind == "H1":
            h1, h2 = e[1], None
            out.append(line_record(h1, "", "", title))
        elif kind in ("H2", "R"):
            out.append(line_record(e[1], *(e[2:] or ("", "")), h1 or title))
            h2 = e[1].rstrip("。.")
        else:
            text, cats, units = (e + ("", ""))[:3]
            out.append(line_record(text, cats, units, h2 or h1 or title))
    return out


def _has_section(r: dict) -> Optional[str]:
    return None if r.get("section") else f"no section: {r['text']}"


PROBLEM_HEADING_WORDS = ("问题", "不足", "不到位", "不规范", "短板", "不力", "不严", "差距", "薄弱", "突出",
                         "偏差", "漏洞", "不及时", "扣分", "滞后", "回潮", "敷衍")


def build_documents(part: str, docs: list, here: Path, half_width_docs: Iterable[int] = ()) -> list[list[dict]]:
    """``build`` for a part written as whole documents: every line has a section, and each
    document is wholly half-width (its index in ``half_width_docs``, from 0) or wholly
    full-width. Prints counts per document; returns the records per document."""
    half = set(half_width_docs)
    per_doc = [document_records(d) for d in docs]
    errors = [f"wrong punctuation width for its document: {r['text']}"
              for i, recs in enumerate(per_doc) for r in recs
              if any(ch in r["text"] for ch in (FULL_WIDTH if i in half else HALF_WIDTH))]
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    records = [r for recs in per_doc for r in recs]
    build(part, records, here, (_has_section,))
    print("per document (lines, findings, non-findings):")
    for i, recs in enumerate(per_doc, 1):
        n = sum(r["is_problem"] for r in recs)
        print(f"  D{i}: {len(recs):3d} {n:3d} {len(recs) - n:3d}  {recs[0]['text'][:30]}")
        cats = Counter(c for r in recs for c in r["categories"])
        print("       " + ", ".join(f"{c} {k}" for c, k in cats.most_common()))
    multi = [len(r["categories"]) for r in records if r["is_problem"]]
    print(f"mean categories per finding {sum(multi) / max(1, len(multi)):.2f}")
    print("findings per section kind:", Counter(
        "problem-heading" if any(k in r["section"] for k in PROBLEM_HEADING_WORDS) else "other"
        for r in records if r["is_problem"]))
    return per_doc
