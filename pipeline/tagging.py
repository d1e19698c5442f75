"""Tagging stored sentences into clues (``xuncha tag``), in-process or on worker processes."""
from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

from .errors import XunchaError
from .parallel import WorkerPool
from .records import Sentence
from .store import Store


BATCH_DOCUMENTS = 16  # documents written per transaction, at most (XUNCHA_TAG_BATCH_DOCS)
BATCH_SENTENCES = 5_000
BATCH_SECONDS = 1.0  # a killed run loses at most about this much work


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
    """A worker's Tagger. A worker tags many documents, so it also loads scipy now, whose
    sparse product scores a document's categories in a third of numpy's time (Features.dot),
    and the segmenter's word index (cached: a tenth of a second), so it batches from its first
    document and its memory is the same after ten files as after ten thousand."""
    import scipy.sparse  # noqa: F401

    from .extract import Tagger

    tagger = Tagger(Path(rules_dir) if rules_dir else None, Path(model_dir) if model_dir else None)
    tagger.segmenter.build_index()
    return tagger


def _tag_task(tagger, payload):
    doc_id, doc_path, rows, region = payload
    clues = tagger.tag(_rows_to_sentences(doc_path, rows), region)
    return doc_id, [(sid, clue) for (sid, _), clue in zip(rows, clues)]


def tag_store(store: Store, *, jobs: int = 1, retag: bool = False, rules_dir: Optional[Path] = None,
              model_dir: Optional[Path] = None, document_ids: Optional[list[int]] = None,
              progress: Optional[Callable[[int, int], None]] = None, tagger=None) -> TagSummary:
    """Tag every stored sentence without a tag (``retag``: also those made by another tagger
    version, never human-reviewed ones). Returns counts; writes whole documents, a few dozen
    per transaction (or every two seconds)."""
    t0 = time.monotonic()
    init_args = (str(rules_dir) if rules_dir else None, str(model_dir) if model_dir else None)
    if tagger is not None:
        version = tagger.version
    else:  # a tagger is built only when there is something to tag (here, or in the workers)
        from .extract import tagger_version

        version = tagger_version(rules_dir, model_dir)
    summary = TagSummary(tagger=version)
    docs = store.documents_to_tag(version, retag, document_ids)
    if not docs:
        summary.seconds = time.monotonic() - t0
        return summary
    if tagger is None and (jobs <= 1 or len(docs) == 1):
        tagger = _init_tagger(*init_args)
    run_id = store.start_run("retag" if retag else "tag", version)

    def payloads():
        for doc_id in docs:
            rows = store.document_sentences(doc_id, version, retag)
            if rows:
                region = rows[0][1]["region"]
                yield doc_id, (doc_id, store.document_path(doc_id), rows, region)

    pending: list[tuple[int, list]] = []
    last_flush = time.monotonic()
    batch_docs = max(1, int(os.environ.get("XUNCHA_TAG_BATCH_DOCS") or BATCH_DOCUMENTS))

    def flush():
        nonlocal last_flush
        if pending:
            # several documents per transaction; each is written whole or not at all
            store.write_tags(((sid, doc_id, clue) for doc_id, pairs in pending for sid, clue in pairs),
                             version, run_id)
            for _, pairs in pending:
                summary.documents += 1
                summary.sentences += len(pairs)
                summary.clues += sum(1 for _, c in pairs if c.is_problem)
            pending.clear()
            if progress:
                progress(summary.documents, len(docs))
        last_flush = time.monotonic()

    def write(doc_id, pairs):
        pending.append((doc_id, pairs))
        if len(pending) >= batch_docs or sum(len(p) for _, p in pending) >= BATCH_SENTENCES \
                or time.monotonic() - last_flush >= BATCH_SECONDS:
            flush()

    if jobs <= 1 or len(docs) == 1:
        for _, payload in payloads():
            write(*_tag_task(tagger, payload))
    else:
        pool = WorkerPool(min(jobs, len(docs)), _tag_task, _init_tagger, init_args)
        for key, status, result in pool.run(payloads()):
            if status == "ok":
                write(*result)
            else:
                flush()
                raise TaggingError(f"tagging document {store.document_path(key)} failed ({result}); "
                                   "what was tagged before it is kept — please report this")
    flush()
    store.finish_run(run_id)
    summary.seconds = time.monotonic() - t0
    return summary
