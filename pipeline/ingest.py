"""Ingestion: files -> Documents (read, clean, structure) -> the store.

``build_document`` is the pure per-file stage (runs in worker processes); ``ingest`` walks
the inputs, skips what the store already has, parses the rest in a ``WorkerPool`` under a
time limit, and writes the results in batched transactions from this one process.
"""
from __future__ import annotations

import gc
import hashlib
import os
import re
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable, Optional

from .clean import NoiseRules, clean_document, load_noise_rules
from .errors import NoText, ReadError
from .limits import Limits
from .meta import detect_meta, read_meta_csv
from .parallel import WorkerPool, _one_line, read_ahead
from .readers import iter_files, read_document
from .records import Document, DocumentMeta, RawDocument
from .store import MAX_PACKS, PackedDocument, PackSlice, Store, clue_rows, document_summary, pack_document, \
    pack_documents, with_unit_region
from .structure import iter_sentences

DEFAULT_TIME_LIMIT = 120.0
BATCH_DOCUMENTS = 64
BATCH_SECONDS = 2.0


# 3.6万元 is not 36万元. The look-behind comes after the dot, so the engine scans for dots
# instead of trying the look-behind at every character (a third of text_sha256's time).
_DECIMAL = re.compile(r"\.(?<=\d\.)(?=\d)")


# what the identity drops: all but letters, digits, Chinese characters (str.isalnum) and the
# decimal mark. \w is isalnum() plus "_", so "_" is dropped by name (exactly the old
# str.translate table's result on every code point, in two thirds of its time).
_DROP = re.compile(r"[^\w·]|_")


def text_sha256(paragraphs) -> str:
    """The document's identity: SHA-256 of its cleaned text reduced to letters, digits, the
    decimal point and Chinese characters. Punctuation, spaces and layout (paragraph breaks, a title wrapped over
    two lines, table cells joined by a PDF printer) differ between a .docx and the PDF printed
    from it; the words do not. So the same report saved in two formats is one document."""
    h = hashlib.sha256()
    for p in paragraphs:
        h.update(_DROP.sub("", _DECIMAL.sub("·", p.text)).encode("utf-8"))
    return h.hexdigest()


def build_document(raw: RawDocument, noise: NoiseRules, file_hash: str = "", size: int = 0,
                   doc_name: Optional[str] = None, limits: Optional[Limits] = None) -> Document:
    """Clean and structure a read file. Raises NoText when nothing is left, LimitExceeded
    when the file holds more characters than ``limits`` allow (None: the defaults)."""
    (limits or Limits()).check_chars(raw.path, sum(len(p.text) for p in raw.paragraphs))
    paragraphs = clean_document(raw, noise)
    if not paragraphs:
        raise NoText(raw.path, "no text after cleaning (empty, whitespace or noise only)")
    meta = detect_meta(paragraphs, raw.path)
    sentences = list(iter_sentences(doc_name or raw.path, paragraphs, meta.title))
    return Document(path=raw.path, format=raw.format, file_hash=file_hash, text_hash=text_sha256(paragraphs),
                    paragraphs=paragraphs, sentences=sentences, meta=meta, encoding=raw.encoding,
                    pages=raw.pages, size=size, warnings=raw.warnings)


# -- worker side ------------------------------------------------------------------------
def _init_reader(rules_dir: Optional[str], limits: Optional[Limits] = None) -> tuple[NoiseRules, Limits]:
    return load_noise_rules(Path(rules_dir) if rules_dir else None), limits or Limits()


def _task_path(task) -> tuple[str, int]:
    """A parse task's (path, page_jobs): ``ingest`` sends ``(path, page_jobs)``; a bare path
    (the Spark engine, tests) reads with one process."""
    if isinstance(task, tuple):
        path, page_jobs = task
        return path, page_jobs
    return task, 1


def _parse_task(state: tuple[NoiseRules, Limits], task):
    """Worker task: read, hash, parse one file. ``task`` is its path, or ``(path, page_jobs)``
    (processes reading a long PDF's pages, see ``ingest``). Returns a Document or
    ("fail", reason)."""
    _, limits = state
    path, page_jobs = _task_path(task)
    try:
        with open(path, "rb") as fh:
            data = fh.read(limits.max_file_bytes + 1)  # the file may have grown since it was checked
    except OSError as exc:
        return ("fail", f"cannot read ({exc.strerror})")
    return parse_bytes(state, path, data, page_jobs)


def parse_bytes(state: tuple[NoiseRules, Limits], path: str, data: bytes, page_jobs: int = 1):
    """Hash and parse a file's bytes (read here, or by a distributed engine). Returns a
    Document or ("fail", reason)."""
    noise, limits = state
    try:
        limits.check_file_size(path, len(data))
        file_hash = hashlib.sha256(data).hexdigest()
        raw = read_document(path, data, limits=limits, page_jobs=page_jobs)
        return build_document(raw, noise, file_hash, len(data), limits=limits)
    except ReadError as exc:
        return ("fail", exc.reason)


def tag_parsed(tagger, doc):
    """A parsed Document with its clues' store rows keyed by sentence position (failures
    pass through)."""
    if not isinstance(doc, Document):
        return doc
    return doc, clue_rows(enumerate(tagger.tag(doc.sentences, doc.meta.region)))


def _init_reader_tagger(rules_dir: Optional[str], limits: Optional[Limits], model_dir: Optional[str]):
    """Worker set-up for ``ingest(..., tag=True)``: the reader's state and the worker's Tagger
    (the same factory ``xuncha tag`` workers use)."""
    from .tagging import _init_tagger

    return _init_reader(rules_dir, limits), _init_tagger(rules_dir, model_dir)


def _parse_and_tag_task(state, task):
    """Worker task of the main job: parse one file (``task`` as for ``_parse_task``) and tag
    its sentences while they are in memory. Returns (Document, the clues' store rows keyed by
    sentence position) or ("fail", reason)."""
    reader, tagger = state
    return tag_parsed(tagger, _parse_task(reader, task))


def _pool_parse_task(state, task):
    """``_parse_task`` in a pool worker: a Document is packed for the trip to the writer. A
    list of tasks (``ingest``'s bundles): one (status, result) per file."""
    if isinstance(task, list):
        return _in_one_pack([_file_result(lambda t: _packed(_parse_task(state, t)), t) for t in task])
    return _in_one_pack([("ok", _packed(_parse_task(state, task)))])[0][1]


def _pool_parse_and_tag_task(state, task):
    """``_parse_and_tag_task`` in a pool worker, its Document packed for the trip. A list of
    tasks (``ingest``'s bundles): one (status, result) per file."""
    if isinstance(task, list):
        return _in_one_pack(_parse_and_tag_bundle(state, task))
    return _in_one_pack([("ok", _packed(_parse_and_tag_task(state, task)))])[0][1]


def _in_one_pack(results: list[tuple[str, object]]) -> list[tuple[str, object]]:
    """A task's (status, result) per file, the rows of its packed documents moved into one
    pack image (``pack_documents``): the writer copies them from there inside SQLite. A
    document with clues comes out as (PackedDocument, its PackSlice). Should packing fail,
    the results go as they are (rows the writer binds itself)."""
    items, where = [], []
    for i, (status, result) in enumerate(results):
        if status != "ok":
            continue
        if isinstance(result, PackedDocument):
            items.append((result, None))
            where.append(i)
        elif _with_clues(result):
            items.append(result)
            where.append(i)
    if not items:
        return results
    try:
        pack_documents(items)
    except Exception:  # noqa: BLE001 - a pack is only a faster way to send the same rows
        for doc, _ in items:
            doc.pack = None
        return results
    out = list(results)
    for i, (doc, clues) in zip(where, items):
        out[i] = ("ok", doc if clues is None else (doc, doc.pack))
    return out


def _with_clues(result) -> bool:
    """Whether a worker's result is a packed document with its clues (rows or PackSlice)."""
    return isinstance(result, tuple) and len(result) == 2 and isinstance(result[0], PackedDocument)


def _parse_and_tag_bundle(state, tasks: list) -> list[tuple[str, object]]:
    """A bundle's files parsed one by one, their documents tagged together
    (``Tagger.tag_documents``: one batch for segmentation and the model), one (status, result)
    per file. Should tagging the batch raise, each document is tagged alone, so that only the
    one at fault fails."""
    reader, tagger = state
    out = [_file_result(lambda t: _parse_task(reader, t), t) for t in tasks]
    docs = [i for i, (status, result) in enumerate(out) if status == "ok" and isinstance(result, Document)]
    try:
        clues = tagger.tag_documents([(out[i][1].sentences, out[i][1].meta.region) for i in docs])
    except Exception:
        for i in docs:
            out[i] = _file_result(lambda doc: _packed(tag_parsed(tagger, doc)), out[i][1])
        return out
    for i, doc_clues in zip(docs, clues):
        out[i] = _file_result(lambda doc: _packed((doc, clue_rows(enumerate(doc_clues)))), out[i][1])
    return out


def _file_result(fn, task) -> tuple[str, object]:
    """("ok", ``fn(task)``), or ("error", the exception in one line) as the pool reports an
    exception of a whole task: one file's bug does not lose the others of its bundle."""
    try:
        return "ok", fn(task)
    except Exception as exc:
        return "error", _one_line(exc)


def _packed(out):
    if isinstance(out, Document):
        return pack_document(out)
    if isinstance(out, tuple) and len(out) == 2 and isinstance(out[0], Document):
        return pack_document(out[0], document_summary(*out[1][:3])), out[1]
    return out


# -- main side --------------------------------------------------------------------------
@dataclass
class IngestSummary:
    stored: int = 0
    duplicates: int = 0
    unchanged: int = 0
    replaced: int = 0
    skipped: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    document_ids: set = field(default_factory=set)
    tagged_ids: set = field(default_factory=set)  # with tag=True: documents stored and tagged here
    seconds: float = 0.0
    bytes: int = 0
    tagged_documents: int = 0  # with tag=True: documents tagged as they were read
    tagged_sentences: int = 0
    clues: int = 0
    tagger: str = ""

    @property
    def files(self) -> int:
        return self.stored + self.duplicates + self.unchanged + self.replaced + len(self.failed)


ProgressFn = Callable[[str, str], None]


def folder_meta(meta_files: dict, path: Path) -> Optional[ReadError]:
    """Read the ``meta.csv`` of ``path``'s folder into ``meta_files`` once per folder; the
    error when it cannot be read (that folder then has no overrides)."""
    folder = str(path.parent)
    if folder in meta_files:
        return None
    try:
        meta_files[folder] = read_meta_csv(path.parent)
    except ReadError as exc:
        meta_files[folder] = {}
        return exc
    return None


def _overrides(meta_files: dict, path: str, region: Optional[str], year: Optional[int]) -> DocumentMeta | None:
    folder_meta = meta_files.get(str(Path(path).parent))
    m = folder_meta.get(Path(path).name) if folder_meta else None
    r = region or (m.region if m else None)
    y = year or (m.year if m else None)
    if r is None and y is None:
        return None
    return DocumentMeta(region=r, year=y)


def ingest(paths: Iterable[str], store: Store, *, jobs: int = 1, force: bool = False,
           region: Optional[str] = None, year: Optional[int] = None, rules_dir: Optional[Path] = None,
           time_limit: float = DEFAULT_TIME_LIMIT, progress: Optional[ProgressFn] = None,
           limits: Optional[Limits] = None, tag: bool = False, model_dir: Optional[Path] = None) -> IngestSummary:
    """Bulk, recursive, incremental ingestion. Never raises for a bad file: it becomes a failure row.
    ``limits`` caps each file (None: ``Limits.from_env()``, which raises LimitSettingError
    for a bad setting before anything is read).

    ``tag``: the main job's single pass — each worker also tags the sentences of the file it
    just read (its own Tagger, built once), and this process stores the document and its clues
    together, so nothing is read back from the store to be tagged. Documents already stored
    are not tagged here; ``tagging.tag_store`` does what is left."""
    limits = limits or Limits.from_env()
    t0 = time.monotonic()
    summary = IngestSummary()
    note = progress or (lambda event, path: None)
    meta_files: dict[str, dict] = {}
    to_parse: list[str] = []
    sizes: list[int] = []  # beside to_parse
    seen: set[str] = set()

    gc_was_on = gc.isenabled()
    early_pool = None
    if tag:  # the workers build their taggers (seconds) while this process hashes the inputs
        from .extract import tagger_version

        summary.tagger = tagger_version(rules_dir, model_dir)
        early_pool = WorkerPool(jobs, _pool_parse_and_tag_task, _init_reader_tagger,
                                (str(rules_dir) if rules_dir else None, limits, str(model_dir) if model_dir else None),
                                time_limit=time_limit, prefetch=2, split=_split_bundle)
        early_pool.start()
    try:
        # This process unpickles and stores many small objects and makes no cycles of its
        # own: Python's automatic collections kept re-scanning the batch in hand (about a
        # tenth of this process's CPU in a 1,000-file run). They are off while it runs (workers
        # turn them back on for themselves); young garbage is collected once per stored batch.
        gc.disable()
        # A file's digest is compared with the files the store knows (the same bytes at this or
        # another path are not read again). A store that knows none (an archive's first import)
        # has nothing to compare with: its files are not read here first, the workers hash what
        # they read (a pass over 13 MB for 1,000 bench files: 0.06 CPU s by cProfile, while the
        # workers set up).
        compare = not force and store.has_files()
        for entry in iter_files(paths):
            # Stored paths are absolute, so `ingest docs` and `ingest /abs/docs` name one file once.
            path = os.path.abspath(str(entry.path))
            if path in seen:  # the same file reached twice (a folder and a file in it both given)
                continue
            seen.add(path)
            suffix = entry.path.suffix
            if entry.action == "skip":
                summary.skipped += 1
                note("skip", path)
                continue
            if entry.action == "fail":
                store.record_failure(path, entry.reason or "cannot read")
                summary.failed.append((path, entry.reason or "cannot read"))
                note("fail", path)
                continue
            bad_meta = folder_meta(meta_files, entry.path)
            if bad_meta is not None:
                summary.failed.append((bad_meta.path, bad_meta.reason))
                store.record_failure(bad_meta.path, bad_meta.reason)
            try:
                size = os.path.getsize(path)
                if size > limits.max_file_bytes:  # refused before it is hashed or read
                    try:
                        limits.check_file_size(path, size)
                    except ReadError as exc:
                        store.record_failure(path, exc.reason)
                        summary.failed.append((path, exc.reason))
                        note("fail", path)
                        continue
                if compare:
                    with open(path, "rb") as fh:
                        digest = hashlib.file_digest(fh, "sha256").hexdigest() if hasattr(hashlib, "file_digest") \
                            else hashlib.sha256(fh.read()).hexdigest()
                summary.bytes += size
            except OSError as exc:
                reason = f"cannot read ({exc.strerror})"
                store.record_failure(path, reason)
                summary.failed.append((path, reason))
                note("fail", path)
                continue
            if compare and store.path_hash(path) == digest:
                summary.unchanged += 1
                store.clear_failure(path)  # it failed in between and holds its stored bytes again
                doc_id = store.document_for_file_hash(digest, suffix)
                if doc_id:
                    summary.document_ids.add(doc_id)
                note("unchanged", path)
                continue
            known = store.document_for_file_hash(digest, suffix) if compare else None
            if known is not None:
                outcome = store.link_path(path, digest, known)
                summary.document_ids.add(known)
                if outcome.status == "replaced":
                    summary.replaced += 1
                else:
                    summary.duplicates += 1
                note("duplicate", path)
                continue
            to_parse.append(path)
            sizes.append(size)

        if to_parse:
            batch: list[PackedDocument] = []
            last = time.monotonic()

            clue_lists: list = []  # beside batch: each document's clues (tag=True), else None
            tag_run: list[int] = []  # the tagging run's id, once one is started

            def flush():
                nonlocal batch, last
                if batch:
                    store_batch(store, summary, list(zip(batch, clue_lists)), tag_run)
                    batch = []
                    clue_lists.clear()
                    gc.collect(1)
                last = time.monotonic()

            rules_arg = str(rules_dir) if rules_dir else None
            if early_pool is not None:
                pool = early_pool
            else:  # tasks are paths: a worker may hold its next one while this process stores
                pool = WorkerPool(min(jobs, len(to_parse)), _pool_parse_task, _init_reader, (rules_arg, limits),
                                  time_limit=time_limit, prefetch=2, split=_split_bundle)
            # Fewer files than jobs: the cores left over read the pages of each file's PDF
            # (through the task, not the workers' set-up: the early pool predates the files).
            page_jobs = max(1, jobs // len(to_parse)) if len(to_parse) < jobs else 1
            bundles = bundle_files(sizes, jobs, [Path(p).suffix.lower() not in BUNDLED_SUFFIXES for p in to_parse])
            tasks = ((k, [(to_parse[i], page_jobs) for i in bundle]) for k, bundle in enumerate(bundles))
            results = read_ahead(pool.run(tasks))
            for path, status, result in _in_input_order(_per_file(results, bundles), to_parse):
                clues = None
                if tag and status == "ok" and _with_clues(result):
                    result, clues = result
                if status == "ok" and isinstance(result, PackedDocument):
                    ov = _overrides(meta_files, path, region, year)
                    if ov is not None:
                        detected = result.meta.region
                        result.meta = replace(result.meta, region=ov.region or result.meta.region,
                                              year=ov.year or result.meta.year)
                        if clues is not None and result.meta.region != detected:  # units carry it
                            clues = with_unit_region(clues, result.meta.region or "")
                    batch.append(result)
                    clue_lists.append(clues)
                    note("stored", path)
                else:
                    reason = result[1] if status == "ok" else (
                        f"internal error while reading ({result}); please report it" if status == "error" else result)
                    flush()  # keep failures ordered after the documents parsed before them
                    store.record_failure(path, reason)
                    summary.failed.append((path, reason))
                    note("fail", path)
                if len(batch) >= BATCH_DOCUMENTS or time.monotonic() - last > BATCH_SECONDS:
                    flush()
            flush()
            if tag_run:
                store.finish_run(tag_run[0])
    finally:
        if early_pool is not None:
            early_pool.close()  # no-op after a run; stops workers that had nothing to do
        if gc_was_on:
            gc.enable()
    summary.seconds = time.monotonic() - t0
    return summary


def store_batch(store: Store, summary: IngestSummary, items: list, tag_run: list) -> None:
    """Store parsed documents, each with its clues' store rows or None, in one go; count the
    outcomes in ``summary``. The clues of documents stored now are written under one tagging
    run, started on first need (its id kept in ``tag_run``). Shared by the process pool and the
    Spark import. Documents whose rows came in pack images go in groups of at most
    ``MAX_PACKS`` images, which a group attaches at once (``Store.packs``)."""
    group: list = []
    images: set[int] = set()
    for item in items:
        pack = getattr(item[0], "pack", None)
        if pack is not None and id(pack.image) not in images:
            if len(images) == MAX_PACKS:
                _store_group(store, summary, group, tag_run)
                group, images = [], set()
            images.add(id(pack.image))
        group.append(item)
    if group:
        _store_group(store, summary, group, tag_run)


def _store_group(store: Store, summary: IngestSummary, items: list, tag_run: list) -> None:
    with store.packs(doc.pack.image for doc, _ in items if getattr(doc, "pack", None) is not None):
        tagged, fresh = [], []
        for (doc, clues), out in zip(items, store.add_documents([doc for doc, _ in items])):
            summary.document_ids.add(out.document_id)
            if out.status == "stored":
                summary.stored += 1
                if clues is not None:
                    summary.tagged_ids.add(out.document_id)
                    if out.first_sentence is None:  # its sentence ids are not consecutive
                        tagged.append((out, store.pack_rows(clues) if isinstance(clues, PackSlice) else clues))
                    else:
                        fresh.append((out, clues, doc.summary if isinstance(doc, PackedDocument) else None))
            elif out.status == "replaced":
                summary.replaced += 1
            else:
                summary.duplicates += 1
        if tagged or fresh:
            if not tag_run:
                tag_run.append(store.start_run("tag", summary.tagger))
            if fresh:
                store.write_new_tag_rows(fresh, summary.tagger, tag_run[0])
            if tagged:
                store.write_tag_rows([(out.document_id, clues) for out, clues in tagged], summary.tagger,
                                     tag_run[0])
            _count_clues(summary, [clues for _, clues in tagged] + [clues for _, clues, _ in fresh])


def _count_clues(summary: IngestSummary, written: list) -> None:
    """Count the documents' clue rows (``clue_rows``) just written."""
    for rows in written:
        summary.tagged_documents += 1
        if isinstance(rows, PackSlice):
            summary.tagged_sentences += rows.count("tags")
            summary.clues += rows.problems
        else:
            summary.tagged_sentences += len(rows[0])
            summary.clues += sum(1 for r in rows[0] if r[1])


BUNDLE_FILES = 8  # files per worker task, at most
BUNDLE_BYTES = 256 * 1024  # and their bytes (a bigger file goes alone)
# Formats whose reading time is bounded by their size: a bundle of them stays far inside the
# time limit meant for one file. A PDF (OCR: seconds a page) or a converted .doc goes alone.
BUNDLED_SUFFIXES = frozenset({".txt", ".docx"})


def bundle_files(sizes: list[int], jobs: int, alone: Optional[list[bool]] = None) -> list[list[int]]:
    """The files to parse (their byte sizes, in input order; ``alone``: files that must be a
    task of their own) as worker tasks: runs of consecutive files, up to ``BUNDLE_FILES`` of
    them and ``BUNDLE_BYTES`` in all. A worker handed a few small files at once tags their
    sentences as one batch, whose numpy steps cost about the same for one document or
    several, and one message carries them all. No fewer than four tasks per worker while
    there are files enough, and the last few files (two per task a worker may hold) go one
    by one, so that no worker is left with bundles to do while the others have finished."""
    jobs = max(1, jobs)
    per = max(1, min(BUNDLE_FILES, len(sizes) // (4 * jobs)))
    tail = len(sizes) - 4 * jobs if per > 1 else len(sizes)  # the files from here on go alone
    bundles: list[list[int]] = []
    current: list[int] = []
    size = 0
    for i, n in enumerate(sizes):
        if i >= tail:
            if current:
                bundles.append(current)
                current = []
            bundles.append([i])
            continue
        single = alone is not None and alone[i]
        if current and (single or len(current) >= per or size + n > BUNDLE_BYTES):
            bundles.append(current)
            current, size = [], 0
        current.append(i)
        size += n
        if single:
            bundles.append(current)
            current, size = [], 0
    if current:
        bundles.append(current)
    return bundles


def _split_bundle(key, payload):
    """A failed bundle's files as tasks of their own (``WorkerPool``'s ``split``), so that the
    file that failed it fails alone; None for a single file, whose failure is reported."""
    if isinstance(key, int) and isinstance(payload, list) and len(payload) > 1:
        return [((key, j), [task]) for j, task in enumerate(payload)]
    return None


def _per_file(results, bundles: list[list[int]]):
    """Pool results of bundles (``bundle_files``) as (file index, status, result) per file."""
    for key, status, out in results:
        files = [bundles[key[0]][key[1]]] if isinstance(key, tuple) else bundles[key]
        if status == "ok":
            for i, (file_status, result) in zip(files, out):
                yield i, file_status, result
        else:
            for i in files:
                yield i, status, out


def _in_input_order(results, paths: list[str]):
    """Re-order pool results to input order, so that when two files hold the same document
    the first one (in sorted path order) is the one stored, whatever the number of workers."""
    waiting: dict[int, tuple] = {}
    nxt = 0
    for i, status, result in results:
        waiting[i] = (status, result)
        while nxt in waiting:
            status, result = waiting.pop(nxt)
            yield paths[nxt], status, result
            nxt += 1


def read_for_extract(path: str, noise: NoiseRules, data: Optional[bytes] = None,
                     limits: Optional[Limits] = None, page_jobs: Optional[int] = None) -> Document:
    """Read one file (or standard input bytes as .txt) into a Document without a store.
    ``limits`` None: ``Limits.from_env()``. ``page_jobs``: processes reading a long PDF's
    pages (None: one per core; ``extract`` reads one file at a time)."""
    from .readers import read_text_bytes

    limits = limits or Limits.from_env()
    if data is not None:
        limits.check_file_size(path, len(data))
        raw = read_text_bytes(data, path)
        file_hash = hashlib.sha256(data).hexdigest()
        return build_document(raw, noise, file_hash, len(data), limits=limits)
    try:
        limits.check_file_size(path, os.path.getsize(path))
        with open(path, "rb") as fh:
            data = fh.read(limits.max_file_bytes + 1)
    except OSError as exc:
        raise ReadError(path, f"cannot read ({exc.strerror or type(exc).__name__})") from None
    limits.check_file_size(path, len(data))
    if page_jobs is None:
        page_jobs = os.cpu_count() or 1
    raw = read_document(path, data, limits=limits, page_jobs=page_jobs)
    return build_document(raw, noise, hashlib.sha256(data).hexdigest(), len(data), limits=limits)
