"""Tagging stored sentences into clues (``xuncha tag``), in-process or on worker processes."""
from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

from .errors import XunchaError
from .parallel import WorkerPool
from .records import Sentence
from .store import Store


class TaggingError(XunchaError):
    """A worker failed on a document; the clues written before it stay."""


@dataclass
class TagSummary:
    documents: int = 0
    sentences: int = 0
    clues: int = 0
    tagger: str = ""
    seconds: float = 0.0


def _rows_to_sentences(doc_path: str, rows: list[tuple[int, dict]]) -> list[Sentence]:
    return [Sentence(doc=doc_path, paragraph=r["paragraph"], start=r["start"], end=r["end"], text=r["text"],
                     section=tuple(json.loads(r["section"])), page=r["page"], ocr=bool(r["ocr"]),
                     ocr_confidence=r["ocr_confidence"]) for _, r in rows]


def _init_tagger(rules_dir: Optional[str], model_dir: Optional[str]):
    from .extract import Tagger

    return Tagger(Path(rules_dir) if rules_dir else None, Path(model_dir) if model_dir else None)


def _tag_task(tagger, payload):
    doc_id, doc_path, rows, region = payload
    clues = tagger.tag(_rows_to_sentences(doc_path, rows), region)
    return doc_id, [(sid, clue) for (sid, _), clue in zip(rows, clues)]


def tag_store(store: Store, *, jobs: int = 1, retag: bool = False, rules_dir: Optional[Path] = None,
              model_dir: Optional[Path] = None, document_ids: Optional[list[int]] = None,
              progress: Optional[Callable[[int, int], None]] = None, tagger=None) -> TagSummary:
    """Tag every stored sentence without a tag (``retag``: also those made by another tagger
    version, never human-reviewed ones). Returns counts; writes in one transaction per document."""
    t0 = time.monotonic()
    if tagger is None:
        tagger = _init_tagger(str(rules_dir) if rules_dir else None, str(model_dir) if model_dir else None)
    summary = TagSummary(tagger=tagger.version)
    docs = store.documents_to_tag(tagger.version, retag, document_ids)
    if not docs:
        summary.seconds = time.monotonic() - t0
        return summary
    run_id = store.start_run("retag" if retag else "tag", tagger.version)

    def payloads():
        for doc_id in docs:
            rows = store.document_sentences(doc_id, tagger.version, retag)
            if rows:
                region = rows[0][1]["region"]
                yield doc_id, (doc_id, store.document_path(doc_id), rows, region)

    def write(doc_id, pairs):
        summary.documents += 1
        summary.sentences += len(pairs)
        summary.clues += sum(1 for _, c in pairs if c.is_problem)
        store.write_tags(((sid, doc_id, clue) for sid, clue in pairs), tagger.version, run_id)
        if progress:
            progress(summary.documents, len(docs))

    if jobs <= 1 or len(docs) == 1:
        for _, payload in payloads():
            write(*_tag_task(tagger, payload))
    else:
        pool = WorkerPool(min(jobs, len(docs)), _tag_task, _init_tagger,
                          (str(rules_dir) if rules_dir else None, str(model_dir) if model_dir else None))
        for key, status, result in pool.run(payloads()):
            if status == "ok":
                write(*result)
            else:
                raise TaggingError(f"tagging document {store.document_path(key)} failed ({result}); "
                                   "what was tagged before it is kept — please report this")
    store.finish_run(run_id)
    summary.seconds = time.monotonic() - t0
    return summary
