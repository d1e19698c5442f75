"""Plain data passed between the stages.

Stages pass these frozen dataclasses; spaCy ``Doc`` objects stay inside
``pipeline.nlp`` and DataFrames inside the store and the reports.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional


@dataclass(frozen=True)
class RawParagraph:
    """One paragraph as a reader found it, before cleaning.

    ``page`` counts from 1 for PDFs and is None for other formats.
    """

    text: str
    page: Optional[int] = None
    ocr: bool = False
    ocr_confidence: Optional[float] = None


@dataclass(frozen=True)
class RawDocument:
    """What a reader returns: the paragraphs of one file in reading order."""

    path: str
    format: str  # "txt", "docx", "pdf"
    paragraphs: tuple[RawParagraph, ...]
    encoding: Optional[str] = None  # txt only
    pages: Optional[int] = None  # pdf only
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Paragraph:
    """A cleaned, non-empty paragraph. ``index`` counts from 1."""

    index: int
    text: str
    page: Optional[int] = None
    ocr: bool = False
    ocr_confidence: Optional[float] = None


@dataclass(frozen=True)
class Sentence:
    """A sentence (or a clause split at ；/;) with its place in the document.

    ``start``/``end`` are code-point offsets in the cleaned paragraph, end exclusive.
    """

    doc: str
    paragraph: int
    start: int
    end: int
    text: str
    section: tuple[str, ...] = ()
    page: Optional[int] = None
    ocr: bool = False
    ocr_confidence: Optional[float] = None


@dataclass(frozen=True)
class UnitMention:
    """A unit named in a sentence; ``start``/``end`` index into the sentence text."""

    text: str
    start: int
    end: int
    canonical: str
    region: Optional[str] = None


@dataclass(frozen=True)
class Figure:
    """A number with its measure word: 3.6万元 -> value 36000, measure 元."""

    value: float
    measure: str
    text: str


@dataclass(frozen=True)
class CategoryHit:
    code: str
    label: str
    score: float
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class Clue:
    """The tagged record of one sentence, problem or not (design.md JSONL contract)."""

    sentence: Sentence
    is_problem: bool
    problem_score: float
    categories: tuple[CategoryHit, ...] = ()
    units: tuple[UnitMention, ...] = ()
    figures: tuple[Figure, ...] = ()
    problem_evidence: tuple[str, ...] = ()

    def to_record(self) -> dict:
        """The JSONL record of design.md, key order included."""
        s = self.sentence
        record = {
            "doc": s.doc,
            "paragraph": s.paragraph,
            "page": s.page,
            "start": s.start,
            "end": s.end,
            "section": list(s.section),
            "text": s.text,
            "is_problem": self.is_problem,
            "problem_score": round(float(self.problem_score), 4),
            "categories": [
                {
                    "code": c.code,
                    "label": c.label,
                    "score": round(float(c.score), 4),
                    "evidence": list(c.evidence),
                }
                for c in self.categories
            ],
            "units": [
                {
                    "text": u.text,
                    "start": u.start,
                    "end": u.end,
                    "canonical": u.canonical,
                    "region": u.region,
                }
                for u in self.units
            ],
            "figures": [
                {"value": _plain_number(f.value), "measure": f.measure, "text": f.text}
                for f in self.figures
            ],
            "ocr": s.ocr,
        }
        if s.ocr:
            record["ocr_confidence"] = s.ocr_confidence
        return record


def _plain_number(value: float):
    """36000.0 -> 36000 so JSON shows integers as integers."""
    if float(value).is_integer():
        return int(value)
    return round(float(value), 6)


@dataclass(frozen=True)
class DocumentMeta:
    """What the structure stage learns about a document as a whole."""

    title: Optional[str] = None
    region: Optional[str] = None
    year: Optional[int] = None


@dataclass
class Document:
    """A cleaned document ready for the store: paragraphs and sentences."""

    path: str
    format: str
    file_hash: str
    text_hash: str
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    meta: DocumentMeta = field(default_factory=DocumentMeta)
    encoding: Optional[str] = None
    pages: Optional[int] = None
    size: int = 0
    warnings: tuple[str, ...] = ()
