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
    errors += [f"duplicate of another part: {r['text']}" for r in records if r["text"].rstrip("。.") in others]
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
