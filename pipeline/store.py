"""The SQLite store: documents, sentences, clues and failures in one file.

Identity rules (design.md): a file is known by the SHA-256 of its bytes, a document by the
SHA-256 of its cleaned text, and a document remembers every path it was found at. Writes
happen in batches inside transactions; every schema change is a named migration.
"""
from __future__ import annotations

import functools
import json
import os
import re
import sqlite3
import time
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from itertools import chain
from pathlib import Path
from typing import Iterable, Iterator, Optional, Sequence

from .errors import StoreError
from .records import Clue, Document, DocumentMeta

DEFAULT_DB = "xuncha.db"
PAGE_SIZE = 16384  # bytes a page of a store created from now on

MIGRATIONS: list[tuple[str, str]] = [
    (
        "0001_initial",
        """
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            text_hash TEXT NOT NULL UNIQUE,
            file_hash TEXT NOT NULL,
            format TEXT NOT NULL,
            title TEXT,
            region TEXT,
            year INTEGER,
            encoding TEXT,
            pages INTEGER,
            size INTEGER,
            paragraphs INTEGER NOT NULL,
            sentences INTEGER NOT NULL,
            warnings TEXT,
            added_at REAL NOT NULL
        );
        CREATE TABLE files (
            path TEXT PRIMARY KEY,
            file_hash TEXT NOT NULL,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            seen_at REAL NOT NULL
        );
        CREATE INDEX files_hash ON files(file_hash);
        CREATE INDEX files_document ON files(document_id);
        CREATE TABLE sentences (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            seq INTEGER NOT NULL,
            paragraph INTEGER NOT NULL,
            page INTEGER,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            section TEXT NOT NULL,
            text TEXT NOT NULL,
            ocr INTEGER NOT NULL DEFAULT 0,
            ocr_confidence REAL,
            UNIQUE (document_id, seq)
        );
        CREATE TABLE failures (
            path TEXT PRIMARY KEY,
            reason TEXT NOT NULL,
            at REAL NOT NULL
        );
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            command TEXT NOT NULL,
            tagger TEXT,
            started_at REAL NOT NULL,
            finished_at REAL
        );
        CREATE TABLE tags (
            sentence_id INTEGER PRIMARY KEY REFERENCES sentences(id),
            document_id INTEGER NOT NULL REFERENCES documents(id),
            is_problem INTEGER NOT NULL,
            problem_score REAL NOT NULL,
            problem_evidence TEXT NOT NULL,
            tagger TEXT NOT NULL,
            run_id INTEGER REFERENCES runs(id),
            reviewed INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX tags_document ON tags(document_id);
        CREATE INDEX tags_tagger ON tags(tagger);
        CREATE TABLE tag_categories (
            sentence_id INTEGER NOT NULL REFERENCES tags(sentence_id),
            category TEXT NOT NULL,
            score REAL NOT NULL,
            evidence TEXT NOT NULL,
            PRIMARY KEY (sentence_id, category)
        );
        CREATE INDEX tag_categories_category ON tag_categories(category);
        CREATE TABLE tag_units (
            sentence_id INTEGER NOT NULL REFERENCES tags(sentence_id),
            seq INTEGER NOT NULL,
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            canonical TEXT NOT NULL,
            region TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (sentence_id, seq)
        );
        CREATE INDEX tag_units_unit ON tag_units(region, canonical);
        CREATE TABLE figures (
            sentence_id INTEGER NOT NULL REFERENCES tags(sentence_id),
            seq INTEGER NOT NULL,
            value REAL NOT NULL,
            measure TEXT NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (sentence_id, seq)
        );
        """,
    ),
    (
        "0002_document_summaries",
        """
        CREATE TABLE doc_cells (
            document_id INTEGER NOT NULL,
            unit TEXT NOT NULL,
            category TEXT NOT NULL,
            clues INTEGER NOT NULL,
            PRIMARY KEY (document_id, unit, category)
        );
        CREATE TABLE doc_cats (
            document_id INTEGER NOT NULL,
            category TEXT NOT NULL,
            clues INTEGER NOT NULL,
            PRIMARY KEY (document_id, category)
        );
        CREATE TABLE doc_clues (
            document_id INTEGER PRIMARY KEY,
            clues INTEGER NOT NULL
        );
        """,
    ),
]

from .desk.schema import DESK_MIGRATIONS  # noqa: E402  (the review desk's tables: xuncha serve)

MIGRATIONS += DESK_MIGRATIONS

# The index on tags(tagger) served no query: "tagger != ?" (what `tag --retag` finds stale) and
# `status`'s count per tagger read every tag row either way. Keeping it cost every tag row
# inserted an index entry: 0.13-0.2 CPU s of the writer's ~1.6 s for 1,000 bench files.
MIGRATIONS.append(("0005_drop_tags_tagger_index", "DROP INDEX IF EXISTS tags_tagger"))
# The review desk's look-ups of a unit by canonical name or written form (its queue's unit
# filter) need an index on each of tag_units' canonical and text. Every unit row a run stores
# pays for an entry in both, at random places (0.2 CPU s of the writer's ~1.1 s for 1,000
# bench files): they are made by the desk when it opens a store (``desk.queries.ensure_indexes``)
# instead of for every store; the report's unit filter reads units by sentence and needs neither.
MIGRATIONS.append(("0006_desk_unit_indexes_on_demand",
                   "DROP INDEX IF EXISTS tag_units_canonical; DROP INDEX IF EXISTS tag_units_text"))

# Per-document summaries of the clues (unit × category cells, category totals, clue count),
# refreshed in the same transaction as the document's tags, so reports over millions of clues
# group thousands of summary rows instead of millions of tag rows. '' stands for no unit.
_SUMMARY_SQL = (
    "DELETE FROM doc_cells WHERE document_id IN ({ids})",
    "DELETE FROM doc_cats WHERE document_id IN ({ids})",
    "DELETE FROM doc_clues WHERE document_id IN ({ids})",
    """INSERT INTO doc_cells (document_id, unit, category, clues)
       SELECT t.document_id, COALESCE(u.canonical, ''), c.category, COUNT(DISTINCT t.sentence_id)
       FROM tags t JOIN tag_categories c ON c.sentence_id = t.sentence_id
       LEFT JOIN tag_units u ON u.sentence_id = t.sentence_id
       WHERE t.is_problem = 1 AND t.document_id IN ({ids})
       GROUP BY t.document_id, COALESCE(u.canonical, ''), c.category""",
    """INSERT INTO doc_cats (document_id, category, clues)
       SELECT t.document_id, c.category, COUNT(*)
       FROM tags t JOIN tag_categories c ON c.sentence_id = t.sentence_id
       WHERE t.is_problem = 1 AND t.document_id IN ({ids})
       GROUP BY t.document_id, c.category""",
    """INSERT INTO doc_clues (document_id, clues)
       SELECT t.document_id, COUNT(*) FROM tags t
       WHERE t.is_problem = 1 AND t.document_id IN ({ids})
         AND EXISTS (SELECT 1 FROM tag_categories c WHERE c.sentence_id = t.sentence_id)
       GROUP BY t.document_id""",
)


_JSON_ESCAPED = re.compile(r'[\x00-\x1f"\\]')  # what json.dumps escapes with ensure_ascii=False


def json_string_list(items: Sequence[str]) -> str:
    """``json.dumps(list(items), ensure_ascii=False)`` for a list of strings, built directly
    when none needs escaping (evidence such as "model:0.97", "rule:side_jobs/兼职取酬": a few
    per sentence, and the encoder's set-up costs more than the strings)."""
    joined = '", "'.join(items)
    if _JSON_ESCAPED.search(joined) is None:
        return f'["{joined}"]' if items else "[]"
    return json.dumps(list(items), ensure_ascii=False)


def clue_rows(pairs: Iterable[tuple[int, Clue]]) -> tuple[list, list, list, list]:
    """The rows a store keeps for (key, clue) pairs, key first in each: tags (key, is_problem,
    problem_score, problem evidence JSON), categories (key, code, score, evidence JSON), units
    (key, seq, text, start, end, canonical, region) and figures (key, seq, value, measure, text).
    Workers build these (plain tuples pickle and unpickle cheaply); the writer adds ids."""
    tags, cats, units, figs = [], [], [], []
    dumps = json_string_list
    add_tag = tags.append
    for key, clue in pairs:
        add_tag((key, int(clue.is_problem), float(clue.problem_score), dumps(clue.problem_evidence)))
        if clue.categories:  # most sentences have no categories, units or figures: no empty lists built
            cats += [(key, h.code, float(h.score), dumps(h.evidence)) for h in clue.categories]
        if clue.units:
            units += [(key, i, u.text, u.start, u.end, u.canonical, u.region or "") for i, u in enumerate(clue.units)]
        if clue.figures:
            figs += [(key, i, float(f.value), f.measure, f.text) for i, f in enumerate(clue.figures)]
    return tags, cats, units, figs


@dataclass
class PackedDocument:
    """A parsed Document as the store keeps it, packed by a pool worker (``pack_document``)
    so that it crosses to the writing process as plain tuples: 150k sentences unpickle as
    Sentence objects in about 0.8 s, as rows in a fifth of that, and the writer adds only the
    document's id to each. ``meta`` may still be replaced (a folder's meta.csv)."""

    path: str
    format: str
    file_hash: str
    text_hash: str
    paragraph_count: int
    sentence_rows: list  # (seq, paragraph, page, start, end, section JSON, text, ocr, ocr_confidence)
    meta: DocumentMeta = field(default_factory=DocumentMeta)
    encoding: Optional[str] = None
    pages: Optional[int] = None
    size: int = 0
    warnings: tuple[str, ...] = ()
    summary: Optional[tuple] = None  # its clues' ``document_summary``, when the worker tagged it
    pack: Optional["PackSlice"] = None  # where its rows are in a pack image (then sentence_rows is empty)


def pack_document(doc: Document | PackedDocument, summary: Optional[tuple] = None) -> PackedDocument:
    """``doc`` with its sentences as store rows (a PackedDocument is returned as it is);
    ``summary``: its clues' ``document_summary``, if counted."""
    if isinstance(doc, PackedDocument):
        return doc
    sections: dict[tuple, str] = {}  # a document has a few dozen section paths: encode each once
    rows = []
    for i, s in enumerate(doc.sentences):
        key = tuple(s.section)  # the same object when it is a tuple already
        section = sections.get(key)
        if section is None:
            section = sections[key] = json.dumps(list(key), ensure_ascii=False)
        rows.append((i, s.paragraph, s.page, s.start, s.end, section, s.text, int(s.ocr), s.ocr_confidence))
    return PackedDocument(doc.path, doc.format, doc.file_hash, doc.text_hash, len(doc.paragraphs), rows,
                          doc.meta, doc.encoding, doc.pages, doc.size, tuple(doc.warnings), summary)


def document_summary(tags: Sequence[tuple], cats: Sequence[tuple],
                     units: Sequence[tuple]) -> tuple[list, list, int]:
    """One document's summaries as ``_SUMMARY_SQL`` computes them, counted from all its tag
    rows in hand (``clue_rows``: keyed by sentence first, tags with is_problem second):
    doc_cells rows (unit, category, clues), doc_cats rows (category, clues) and its clue
    count, each without the document's id. Pool workers count them beside the rows."""
    problems = {r[0] for r in tags if r[1]}
    cats_of: dict = {}
    for r in cats:
        if r[0] in problems:
            cats_of.setdefault(r[0], []).append(r[1])
    units_of: dict = {}
    for r in units:
        units_of.setdefault(r[0], set()).add(r[5])
    cells: dict[tuple, int] = {}
    doc_cats: dict[str, int] = {}
    for key, codes in cats_of.items():
        for code in codes:
            doc_cats[code] = doc_cats.get(code, 0) + 1
            for unit in units_of.get(key) or ("",):
                cells[unit, code] = cells.get((unit, code), 0) + 1
    return [(u, c, n) for (u, c), n in cells.items()], list(doc_cats.items()), len(cats_of)


# -- packs: the rows of a worker's documents as an SQLite database image ----------------------------
# A pool worker puts the store rows of the documents it has just read and tagged (sentences,
# tags, categories, units, figures, summaries) into an in-memory SQLite database and sends its
# image (``Connection.serialize``). The writer attaches the image and copies the rows with
# INSERT … SELECT, inside SQLite, instead of unpickling them as tuples and binding them value
# by value from Python. Replaying 1,000 bench files' results, the writer's ``store_batch`` took
# 1.02-1.13 CPU s this way against 1.47-1.62 s (the bare inserts 0.80-0.83 s against
# 1.61-1.67), and the workers about 0.45 s more (building the images, against pickling the
# tuples); with one writer for every worker, it is the writer's time that bounds what more
# cores can do. The tables keep the rows as the worker made them (``k``: the sentence's
# position in its document); each document's rows are a rowid range (``PackSlice``).
_PACK_TABLES: dict[str, tuple[str, ...]] = {
    "sentences": ("seq", "paragraph", "page", "start", '"end"', "section", "text", "ocr", "ocr_confidence"),
    "tags": ("k", "is_problem", "problem_score", "problem_evidence"),
    "tag_categories": ("k", "category", "score", "evidence"),
    "tag_units": ("k", "seq", "text", "start", '"end"', "canonical", "region"),
    "figures": ("k", "seq", "value", "measure", "text"),
    "doc_cells": ("unit", "category", "clues"),
    "doc_cats": ("category", "clues"),
}
MAX_PACKS = 8  # pack images one store batch may hold (SQLite attaches at most 10 databases)


@dataclass(frozen=True)
class PackSlice:
    """Where one document's rows are in a pack image (``pack_documents``)."""

    image: bytes  # the image, shared by the documents packed together
    rows: tuple[tuple[int, int], ...]  # (first rowid, count) in each of _PACK_TABLES, in order
    problems: int = 0  # tag rows that are problems
    clues: int = 0  # the document's clue count (``document_summary``)
    # replaces its units' region (a region given for its folder: ``with_unit_region``); set on the
    # slice that stands for the document's clues, which is what their copy reads
    unit_region: Optional[str] = None

    def span(self, table: str) -> tuple[int, int]:
        """(first, last) rowid of the document's rows in ``table``."""
        first, n = self.rows[_PACK_INDEX[table]]
        return first, first + n - 1

    def count(self, table: str) -> int:
        return self.rows[_PACK_INDEX[table]][1]


_PACK_INDEX = {t: i for i, t in enumerate(_PACK_TABLES)}


# The writer's copy of a packed document's clue rows: ?1 its first sentence's id, ?2 its id,
# ?3 the tagger, ?4 the run, ?5 a region for its units (NULL: their own), ?6 and ?7 its rowids.
_PACK_COPY = {
    "tags": "INSERT INTO tags (sentence_id, document_id, is_problem, problem_score, problem_evidence, tagger,"
            " run_id, reviewed) SELECT ?1 + k, ?2, is_problem, problem_score, problem_evidence, ?3, ?4, 0"
            " FROM {schema}.tags WHERE rowid BETWEEN ?6 AND ?7 ORDER BY rowid",
    "tag_categories": "INSERT INTO tag_categories (sentence_id, category, score, evidence)"
                      " SELECT ?1 + k, category, score, evidence FROM {schema}.tag_categories"
                      " WHERE rowid BETWEEN ?6 AND ?7 ORDER BY rowid",
    "tag_units": 'INSERT INTO tag_units (sentence_id, seq, text, start, "end", canonical, region)'
                 ' SELECT ?1 + k, seq, text, start, "end", canonical, COALESCE(?5, region) FROM {schema}.tag_units'
                 " WHERE rowid BETWEEN ?6 AND ?7 ORDER BY rowid",
    "figures": "INSERT INTO figures (sentence_id, seq, value, measure, text) SELECT ?1 + k, seq, value, measure,"
               " text FROM {schema}.figures WHERE rowid BETWEEN ?6 AND ?7 ORDER BY rowid",
    "doc_cells": "INSERT INTO doc_cells (document_id, unit, category, clues) SELECT ?2, unit, category, clues"
                 " FROM {schema}.doc_cells WHERE rowid BETWEEN ?6 AND ?7 ORDER BY rowid",
    "doc_cats": "INSERT INTO doc_cats (document_id, category, clues) SELECT ?2, category, clues"
                " FROM {schema}.doc_cats WHERE rowid BETWEEN ?6 AND ?7 ORDER BY rowid",
}


def with_unit_region(clues, region: str):
    """A document's clue rows (``clue_rows``), or the PackSlice of its packed ones, with every
    unit put in ``region`` (a region given for its folder replaces the one read from its text)."""
    if isinstance(clues, PackSlice):
        return replace(clues, unit_region=region)
    tags, cats, units, figs = clues
    return tags, cats, _units_in(units, region), figs


def _units_in(units: list, region: str) -> list:
    return [u[:6] + (region,) for u in units]  # a unit row's region is its last value


def pack_documents(items: Sequence[tuple[PackedDocument, Optional[tuple]]]) -> None:
    """Move the rows of packed documents, each with its clue rows (``clue_rows``) or None,
    into one pack image: each document's ``pack`` is set and its ``sentence_rows`` emptied.
    A worker calls this; the writer copies the rows out (``Store.packs``)."""
    parts: dict[str, list] = {t: [] for t in _PACK_TABLES}
    slices = []
    for doc, clues in items:
        extent = []
        mine = {"sentences": doc.sentence_rows}
        problems = clue_count = 0
        if clues is not None:
            tags, cats, units, figs = clues
            cells, doc_cats, clue_count = doc.summary or document_summary(tags, cats, units)
            mine.update(tags=tags, tag_categories=cats, tag_units=units, figures=figs, doc_cells=cells,
                        doc_cats=doc_cats)
            problems = sum(1 for r in tags if r[1])
        for table, rows in parts.items():
            own = mine.get(table, ())
            extent.append((len(rows) + 1, len(own)))
            rows += own
        slices.append((tuple(extent), problems, clue_count))
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=OFF")  # a scratch database: nothing to roll back
        conn.execute("BEGIN")
        for table, cols in _PACK_TABLES.items():
            conn.execute(f"CREATE TABLE {table} ({', '.join(cols)})")
            insert_rows(conn, f"INSERT INTO {table}", f"({','.join('?' * len(cols))})", parts[table])
        conn.execute("COMMIT")
        image = conn.serialize()
    finally:
        conn.close()
    for (doc, _), (extent, problems, clue_count) in zip(items, slices):
        doc.pack = PackSlice(image, extent, problems, clue_count)
        doc.sentence_rows = []


_ROWS_PER_STATEMENT = 50  # rows one bulk INSERT carries (``insert_rows``)


def insert_rows(conn: sqlite3.Connection, head: str, row: str, rows: Sequence[tuple]) -> None:
    """``conn.executemany(f"{head} VALUES {row}", rows)``, ``_ROWS_PER_STATEMENT`` rows a
    statement (``VALUES (…), (…), …``; the rest one by one): the same rows in the same order,
    so the same ids. Stepping and resetting a statement per row is much of what
    ``executemany`` costs for the wide rows of sentences and tags: storing 1,000 bench files'
    rows took 1.94 CPU s with them inserted row by row and 1.63 s fifty at a time. (The
    narrower clue rows, whose indexes take random keys, were slower so: 2.02 s with every
    table fifty at a time.)
    ``row``: the row's placeholders, such as "(?,?,?,0)" (at most 500 of them in a statement:
    50 rows of 10)."""
    if not isinstance(rows, (list, tuple)):
        rows = list(rows)
    per = _ROWS_PER_STATEMENT
    whole = len(rows) - len(rows) % per
    if whole:
        conn.executemany(f"{head} VALUES {','.join([row] * per)}",
                         [tuple(chain.from_iterable(rows[i:i + per])) for i in range(0, whole, per)])
    if whole < len(rows):
        conn.executemany(f"{head} VALUES {row}", rows[whole:])


def default_db_path() -> str:
    return os.environ.get("XUNCHA_DB") or DEFAULT_DB


def _guarded(method):
    """Turn an SQLite error met while using the store (a page damaged after it was opened, a
    lock held too long) into a one-line StoreError naming the file."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except sqlite3.DatabaseError as exc:
            raise StoreError(_store_problem(self.path, exc)) from None

    return wrapper


def _store_problem(path: str, exc: sqlite3.DatabaseError) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    if "locked" in text or "busy" in text:
        return f"{path}: the store is busy ({text}); another xuncha is using it — wait and retry"
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return f"{path}: the store file is damaged ({text}); restore a backup or pass another --db"
    return f"{path}: store error ({text}); pass another --db if it persists"


@dataclass
class IngestOutcome:
    """What storing one file did: "stored", "duplicate", "unchanged" or "replaced"."""

    status: str
    document_id: Optional[int] = None
    first_sentence: Optional[int] = None  # a newly inserted document's sentences are ids first, first+1, …


class Store:
    """A xuncha store file. Use as a context manager or call ``close()``."""

    def __init__(self, path: str | os.PathLike | None = None, *, create: bool = True, mode: int = 0o600):
        self.path = str(path or default_db_path())
        exists = os.path.exists(self.path)
        if not exists and not create:
            raise StoreError(f"{self.path}: no store here; run `xuncha ingest` first or pass --db")
        if exists:
            _check_sqlite_file(self.path)
        else:
            # Create the file readable by its owner only: these documents are sensitive.
            parent = os.path.dirname(os.path.abspath(self.path))
            os.makedirs(parent, exist_ok=True)
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, mode)
            except FileExistsError:  # another xuncha created it a moment ago: open theirs
                _check_sqlite_file(self.path)
            else:
                os.close(fd)
        try:
            self.conn = sqlite3.connect(self.path, timeout=60, isolation_level=None)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open the store ({exc}); pass another --db") from None
        self._packs: dict[int, str] = {}  # id of an attached pack image -> its schema (``packs``)
        try:
            _check_is_store(self.conn, self.path)
            self.conn.row_factory = sqlite3.Row
            # A new store's pages: 16 KiB rather than SQLite's 4 KiB. The bulk inserts of a run
            # split and write fewer pages (storing 1,000 bench files' rows: 1.46–1.54 CPU s
            # against 1.62–1.76 s, five alternating rounds). No effect on an existing file.
            self.conn.execute(f"PRAGMA page_size={PAGE_SIZE}")
            _set_wal(self.conn)
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except StoreError:
            self.conn.close()
            raise
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise StoreError(f"{self.path}: not a usable xuncha store ({exc}); pass another --db") from None

    # -- lifecycle ---------------------------------------------------------------------
    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE … COMMIT, rolled back on any error."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    @contextmanager
    def packs(self, images: Iterable[bytes]) -> Iterator[None]:
        """Attach pack images (``pack_documents``; at most ``MAX_PACKS`` distinct ones) while
        documents packed in them are stored: ``add_documents`` and ``write_new_tag_rows`` copy
        their rows from there. Outside any transaction."""
        distinct = list({id(im): im for im in images}.values())
        if len(distinct) > MAX_PACKS:
            raise ValueError(f"at most {MAX_PACKS} pack images at once, not {len(distinct)}")
        attached = []
        try:
            for k, image in enumerate(distinct):
                name = f"pack{k}"
                self.conn.execute(f"ATTACH DATABASE ':memory:' AS {name}")
                attached.append(name)
                self.conn.deserialize(image, name=name)
                self._packs[id(image)] = name
            yield
        finally:
            self._packs.clear()
            for name in attached:
                self.conn.execute(f"DETACH DATABASE {name}")

    def _pack_schema(self, pack: "PackSlice") -> str:
        try:
            return self._packs[id(pack.image)]
        except KeyError:
            raise ValueError("a packed document is stored outside Store.packs") from None

    def pack_rows(self, pack: "PackSlice") -> tuple[list, list, list, list]:
        """The clue rows (``clue_rows``) of a packed document, read back from its attached image."""
        schema = self._pack_schema(pack)
        out = []
        for table in ("tags", "tag_categories", "tag_units", "figures"):
            cols = ", ".join(_PACK_TABLES[table])
            out.append([tuple(r) for r in self.conn.execute(
                f"SELECT {cols} FROM {schema}.{table} WHERE rowid BETWEEN ? AND ? ORDER BY rowid", pack.span(table))])
        if pack.unit_region is not None:
            out[2] = _units_in(out[2], pack.unit_region)
        return out[0], out[1], out[2], out[3]

    def _migrate(self) -> None:
        c = self.conn
        c.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at REAL NOT NULL)")
        c.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
        done = {row[0] for row in c.execute("SELECT name FROM migrations")}
        for name, sql in MIGRATIONS:
            if name in done:
                continue
            with self.transaction():
                if name in {row[0] for row in c.execute("SELECT name FROM migrations")}:
                    continue  # another process applied it while we waited
                for statement in sql.split(";"):
                    if statement.strip():
                        c.execute(statement)
                if name == "0002_document_summaries":
                    self._refresh_summaries(None)
                c.execute("INSERT INTO migrations VALUES (?, ?)", (name, time.time()))

    # -- ingestion ----------------------------------------------------------------------
    @_guarded
    def has_files(self) -> bool:
        """Whether the store knows any file (path) yet."""
        return self.conn.execute("SELECT 1 FROM files LIMIT 1").fetchone() is not None

    @_guarded
    def path_hash(self, path: str) -> Optional[str]:
        row = self.conn.execute("SELECT file_hash FROM files WHERE path = ?", (path,)).fetchone()
        return row[0] if row else None

    @_guarded
    def document_for_file_hash(self, file_hash: str, suffix: Optional[str] = None) -> Optional[int]:
        """The document read from these bytes at a path with the same suffix (``suffix``
        None: any). How bytes are read depends on the suffix: the bytes of a stored .txt saved
        as ``x.pdf`` are a broken PDF, not the same document."""
        rows = self.conn.execute(
            "SELECT path, document_id FROM files WHERE file_hash = ? ORDER BY path", (file_hash,)
        ).fetchall()
        for path, document_id in rows:
            if suffix is None or Path(path).suffix.lower() == suffix.lower():
                return document_id
        return None

    @_guarded
    def link_path(self, path: str, file_hash: str, document_id: int) -> IngestOutcome:
        """Point ``path`` at a known document (same bytes found elsewhere)."""
        with self.transaction():
            status = self._point_path(path, file_hash, document_id)
        return IngestOutcome(status if status == "replaced" else "duplicate", document_id)

    @_guarded
    def add_documents(self, docs: Iterable[Document | PackedDocument]) -> list[IngestOutcome]:
        """Store a batch of parsed documents in one transaction."""
        outcomes = []
        with self.transaction():
            for doc in docs:
                outcomes.append(self._add_document(pack_document(doc)))
        return outcomes

    def _add_document(self, doc: PackedDocument) -> IngestOutcome:
        c = self.conn
        row = c.execute("SELECT id FROM documents WHERE text_hash = ?", (doc.text_hash,)).fetchone()
        if row:
            status = self._point_path(doc.path, doc.file_hash, row[0])
            return IngestOutcome("replaced" if status == "replaced" else "duplicate", row[0])
        rows = doc.sentence_rows
        n = len(rows) if doc.pack is None else doc.pack.count("sentences")
        cur = c.execute(
            "INSERT INTO documents (text_hash, file_hash, format, title, region, year, encoding, pages,"
            " size, paragraphs, sentences, warnings, added_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                doc.text_hash, doc.file_hash, doc.format, doc.meta.title, doc.meta.region,
                doc.meta.year, doc.encoding, doc.pages, doc.size, doc.paragraph_count,
                n, json.dumps(list(doc.warnings), ensure_ascii=False), time.time(),
            ),
        )
        doc_id = cur.lastrowid
        last = c.execute("SELECT MAX(id) FROM sentences").fetchone()[0] or 0
        head = 'INSERT INTO sentences (document_id, seq, paragraph, page, start, "end", section, text, ocr, ocr_confidence)'
        if doc.pack is None:
            insert_rows(c, head, "(?,?,?,?,?,?,?,?,?,?)", [(doc_id,) + r for r in rows])
        elif n:
            c.execute(f"{head} SELECT ?, {', '.join(_PACK_TABLES['sentences'])} FROM {self._pack_schema(doc.pack)}"
                      ".sentences WHERE rowid BETWEEN ? AND ? ORDER BY rowid", (doc_id, *doc.pack.span("sentences")))
        # SQLite gives a new row the largest id + 1, so the sentences are last+1 … last+n; checked,
        # because it picks another free id once the largest possible one is taken
        first = last + 1 if c.execute("SELECT MAX(id) FROM sentences").fetchone()[0] == last + n else None
        status = self._point_path(doc.path, doc.file_hash, doc_id)
        return IngestOutcome("replaced" if status == "replaced" else "stored", doc_id, first)

    def _point_path(self, path: str, file_hash: str, document_id: int) -> str:
        """Map path -> document; drop the document the path used to hold if now orphaned."""
        c = self.conn
        old = c.execute("SELECT document_id FROM files WHERE path = ?", (path,)).fetchone()
        c.execute(
            "INSERT INTO files (path, file_hash, document_id, seen_at) VALUES (?,?,?,?)"
            " ON CONFLICT(path) DO UPDATE SET file_hash=excluded.file_hash,"
            " document_id=excluded.document_id, seen_at=excluded.seen_at",
            (path, file_hash, document_id, time.time()),
        )
        c.execute("DELETE FROM failures WHERE path = ?", (path,))
        if old and old[0] != document_id:
            self._drop_if_orphan(old[0])
            return "replaced"
        return "linked"

    def _drop_if_orphan(self, document_id: int) -> None:
        c = self.conn
        if c.execute("SELECT 1 FROM files WHERE document_id = ? LIMIT 1", (document_id,)).fetchone():
            return
        sub = "SELECT id FROM sentences WHERE document_id = ?"
        for table in ("tag_categories", "tag_units", "figures"):
            c.execute(f"DELETE FROM {table} WHERE sentence_id IN ({sub})", (document_id,))
        c.execute("DELETE FROM tags WHERE document_id = ?", (document_id,))
        for table in ("doc_cells", "doc_cats", "doc_clues"):
            c.execute(f"DELETE FROM {table} WHERE document_id = ?", (document_id,))
        c.execute("DELETE FROM sentences WHERE document_id = ?", (document_id,))
        c.execute("DELETE FROM documents WHERE id = ?", (document_id,))

    @_guarded
    def record_failure(self, path: str, reason: str) -> None:
        """One row per path, updated on rerun. The path's stored document, if any, stays."""
        with self.transaction():
            self.conn.execute(
                "INSERT INTO failures (path, reason, at) VALUES (?,?,?) ON CONFLICT(path) DO UPDATE"
                " SET reason=excluded.reason, at=excluded.at",
                (path, reason, time.time()),
            )

    @_guarded
    def clear_failure(self, path: str) -> None:
        """Forget an earlier failure of ``path`` (it now reads fine, or holds known bytes)."""
        if self.conn.execute("SELECT 1 FROM failures WHERE path = ?", (path,)).fetchone():
            with self.transaction():
                self.conn.execute("DELETE FROM failures WHERE path = ?", (path,))

    @_guarded
    def set_document_meta(self, document_id: int, region: Optional[str], year: Optional[int]) -> None:
        with self.transaction():
            self.conn.execute(
                "UPDATE documents SET region = COALESCE(?, region), year = COALESCE(?, year) WHERE id = ?",
                (region, year, document_id),
            )
            self.conn.execute(
                "UPDATE tag_units SET region = COALESCE(?, region) WHERE sentence_id IN"
                " (SELECT id FROM sentences WHERE document_id = ?)",
                (region, document_id),
            )

    # -- tagging ------------------------------------------------------------------------
    @_guarded
    def start_run(self, command: str, tagger: Optional[str] = None) -> int:
        with self.transaction():
            cur = self.conn.execute(
                "INSERT INTO runs (command, tagger, started_at) VALUES (?,?,?)", (command, tagger, time.time())
            )
        return cur.lastrowid

    @_guarded
    def sentence_ids(self, document_id: int) -> list[int]:
        """A document's sentence ids in reading order."""
        return [r[0] for r in self.conn.execute("SELECT id FROM sentences WHERE document_id = ? ORDER BY seq",
                                                (document_id,))]

    @_guarded
    def finish_run(self, run_id: int) -> None:
        with self.transaction():
            self.conn.execute("UPDATE runs SET finished_at = ? WHERE id = ?", (time.time(), run_id))

    @_guarded
    def documents_to_tag(self, tagger: str, retag: bool = False, document_ids: Optional[list[int]] = None) -> list[int]:
        """Documents with untagged sentences, or (retag) with tags made by another tagger version."""
        where = "t.sentence_id IS NULL"
        if retag:
            where += " OR (t.tagger != ? AND t.reviewed = 0)"
        sql = (
            "SELECT DISTINCT s.document_id FROM sentences s LEFT JOIN tags t ON t.sentence_id = s.id"
            f" WHERE ({where})"
        )
        params: list = [tagger] if retag else []
        if document_ids is None:
            return [r[0] for r in self.conn.execute(sql + " ORDER BY s.document_id", params)]
        out: list[int] = []
        ids = sorted(set(document_ids))
        for i in range(0, len(ids), 500):  # SQLite caps bound variables (32,766 on many builds)
            chunk = ids[i:i + 500]
            out += [r[0] for r in self.conn.execute(
                sql + f" AND s.document_id IN ({','.join('?' * len(chunk))}) ORDER BY s.document_id",
                params + chunk)]
        return out

    @_guarded
    def document_sentences(self, document_id: int, tagger: str, retag: bool = False) -> list[tuple[int, dict]]:
        """(sentence id, row) of the sentences of a document that need tagging."""
        where = "t.sentence_id IS NULL"
        if retag:
            where += " OR (t.tagger != ? AND t.reviewed = 0)"
        params: list = [document_id] + ([tagger] if retag else [])
        rows = self.conn.execute(
            'SELECT s.id, s.paragraph, s.page, s.start, s."end", s.section, s.text, s.ocr, s.ocr_confidence,'
            " d.region, d.year FROM sentences s JOIN documents d ON d.id = s.document_id"
            f" LEFT JOIN tags t ON t.sentence_id = s.id WHERE s.document_id = ? AND ({where}) ORDER BY s.seq",
            params,
        ).fetchall()
        return [(r["id"], dict(r)) for r in rows]

    @_guarded
    def document_path(self, document_id: int) -> str:
        row = self.conn.execute(
            "SELECT path FROM files WHERE document_id = ? ORDER BY path LIMIT 1", (document_id,)
        ).fetchone()
        return row[0] if row else ""

    @_guarded
    def write_tags(self, items: Iterable[tuple[int, int, Clue]], tagger: str, run_id: int) -> int:
        """Write (sentence id, document id, clue) triples in one transaction; replaces unreviewed tags."""
        items = list(items)
        return self._write_tag_rows(clue_rows((sid, clue) for sid, _, clue in items),
                                    {sid: did for sid, did, _ in items}, tagger, run_id)

    @_guarded
    def write_tag_rows(self, docs: Iterable[tuple[int, tuple]], tagger: str, run_id: int) -> int:
        """Write tag rows built by ``clue_rows`` in a worker, keyed by each sentence's position in
        its document, for (document id, rows) pairs of stored documents; one transaction."""
        tags, cats, units, figs = [], [], [], []
        doc_of: dict[int, int] = {}
        for doc_id, (t, c, u, f) in docs:
            ids = self.sentence_ids(doc_id)
            for out, rows in ((tags, t), (cats, c), (units, u), (figs, f)):
                out += [(ids[r[0]],) + tuple(r[1:]) for r in rows]
            doc_of.update((sid, doc_id) for sid in ids)
        return self._write_tag_rows((tags, cats, units, figs), doc_of, tagger, run_id)

    @_guarded
    def write_new_tag_rows(self, docs: Iterable[tuple[IngestOutcome, tuple, Optional[tuple]]], tagger: str,
                           run_id: int) -> int:
        """``write_tag_rows`` for documents just inserted by ``add_documents`` (outcomes with
        ``first_sentence``), each with its clue rows and its ``document_summary`` (None: counted
        here). Their sentences cannot have tags yet, so the rows are inserted without looking
        for earlier ones, and the summaries come from the rows in hand instead of being read
        back. One transaction."""
        tags, cats, units, figs = [], [], [], []
        cells, doc_cats, doc_clues = [], [], []
        packed = []  # (outcome, PackSlice): rows copied from an attached pack image
        for out, rows, summary in docs:
            if isinstance(rows, PackSlice):
                packed.append((out, rows))
                continue
            t, c, u, f = rows
            base, doc_id = out.first_sentence, out.document_id
            tags += [(base + r[0], doc_id, r[1], r[2], r[3], tagger, run_id) for r in t]
            cats += [(base + r[0],) + tuple(r[1:]) for r in c]
            units += [(base + r[0],) + tuple(r[1:]) for r in u]
            figs += [(base + r[0],) + tuple(r[1:]) for r in f]
            doc_cells, cat_counts, clues = summary or document_summary(t, c, u)
            cells += [(doc_id,) + r for r in doc_cells]
            doc_cats += [(doc_id,) + r for r in cat_counts]
            if clues:
                doc_clues.append((doc_id, clues))
        c = self.conn
        # Every row refers to sentences and a run that exist (their ids are the ones just
        # created), so the foreign-key look-ups, one per row, are skipped for this bulk insert
        # (the pragma cannot change inside a transaction).
        c.execute("PRAGMA foreign_keys=OFF")
        try:
            return self._insert_new_tag_rows(tags, cats, units, figs, cells, doc_cats, doc_clues, packed,
                                             tagger, run_id)
        finally:
            c.execute("PRAGMA foreign_keys=ON")

    def _insert_new_tag_rows(self, tags, cats, units, figs, cells, doc_cats, doc_clues, packed, tagger,
                             run_id) -> int:
        c = self.conn
        with self.transaction():
            insert_rows(c, "INSERT INTO tags (sentence_id, document_id, is_problem, problem_score, problem_evidence,"
                           " tagger, run_id, reviewed)", "(?,?,?,?,?,?,?,0)", tags)
            self._insert_clue_parts(cats, units, figs)
            c.executemany("INSERT INTO doc_cells (document_id, unit, category, clues) VALUES (?,?,?,?)", cells)
            c.executemany("INSERT INTO doc_cats (document_id, category, clues) VALUES (?,?,?)", doc_cats)
            for table, sql in _PACK_COPY.items():  # table by table, as the rows above
                for out, pack in packed:
                    if pack.count(table):
                        c.execute(sql.format(schema=self._pack_schema(pack)),
                                  (out.first_sentence, out.document_id, tagger, run_id, pack.unit_region,
                                   *pack.span(table)))
            doc_clues += [(out.document_id, pack.clues) for out, pack in packed if pack.clues]
            c.executemany("INSERT INTO doc_clues (document_id, clues) VALUES (?,?)", doc_clues)
        return len(tags) + sum(pack.count("tags") for _, pack in packed)

    def _insert_clue_parts(self, cats: list, units: list, figs: list) -> None:
        c = self.conn
        c.executemany("INSERT INTO tag_categories VALUES (?,?,?,?)", cats)
        c.executemany('INSERT INTO tag_units (sentence_id, seq, text, start, "end", canonical, region)'
                      " VALUES (?,?,?,?,?,?,?)", units)
        c.executemany("INSERT INTO figures VALUES (?,?,?,?,?)", figs)

    def _write_tag_rows(self, rows: tuple, doc_of: dict, tagger: str, run_id: int) -> int:
        c = self.conn
        tags, cats, units, figs = rows
        with self.transaction():
            existing: dict[int, int] = {}  # sentence id -> reviewed, for sentences tagged before
            ids = [r[0] for r in tags]
            for i in range(0, len(ids), 500):
                chunk = ids[i:i + 500]
                existing.update(c.execute(
                    f"SELECT sentence_id, reviewed FROM tags WHERE sentence_id IN ({','.join('?' * len(chunk))})",
                    chunk).fetchall())
            reviewed = {sid for sid, rev in existing.items() if rev}
            if reviewed:  # a person's decision is never overwritten
                tags, cats, units, figs = ([r for r in rs if r[0] not in reviewed] for rs in (tags, cats, units, figs))
            stale = [(sid,) for sid in existing if sid not in reviewed]
            for table in ("tag_categories", "tag_units", "figures"):
                c.executemany(f"DELETE FROM {table} WHERE sentence_id = ?", stale)
            c.executemany(
                "INSERT OR REPLACE INTO tags (sentence_id, document_id, is_problem, problem_score,"
                " problem_evidence, tagger, run_id, reviewed) VALUES (?,?,?,?,?,?,?,0)",
                [(sid, doc_of[sid], is_problem, score, evidence, tagger, run_id)
                 for sid, is_problem, score, evidence in tags])
            self._insert_clue_parts(cats, units, figs)
            self._refresh_summaries(sorted({doc_of[r[0]] for r in tags}))
        return len(tags)

    @_guarded
    def latest_tagger(self) -> Optional[str]:
        """The tagger version of the latest tagging run (cheap: no scan of the tags)."""
        row = self.conn.execute("SELECT tagger FROM runs WHERE tagger IS NOT NULL ORDER BY id DESC LIMIT 1").fetchone()
        return row[0] if row else None

    def rebuild_summaries(self) -> None:
        """Recompute every document's summary (after rows were written by other means)."""
        with self.transaction():
            self._refresh_summaries(None)

    def _refresh_summaries(self, document_ids) -> None:
        """Recompute the per-document summaries (all documents when ``document_ids`` is None)."""
        ids = "SELECT id FROM documents" if document_ids is None else ",".join(str(int(i)) for i in document_ids)
        if not ids:
            return
        for sql in _SUMMARY_SQL:
            self.conn.execute(sql.format(ids=ids))

    # -- status -------------------------------------------------------------------------
    @_guarded
    def status(self) -> dict:
        c = self.conn
        one = lambda sql: c.execute(sql).fetchone()[0]  # noqa: E731
        taggers = [r[0] for r in c.execute("SELECT tagger, COUNT(*) n FROM tags GROUP BY tagger ORDER BY n DESC")]
        return {
            "documents": one("SELECT COUNT(*) FROM documents"),
            "sentences": one("SELECT COUNT(*) FROM sentences"),
            "clues": one("SELECT COUNT(*) FROM tags WHERE is_problem = 1"),
            "failed": [
                {"path": r[0], "reason": r[1]}
                for r in c.execute("SELECT path, reason FROM failures ORDER BY path")
            ],
            "tagger": taggers[0] if taggers else None,
        }

    @_guarded
    def failures(self) -> list[dict]:
        return [{"path": r[0], "reason": r[1]} for r in self.conn.execute("SELECT path, reason FROM failures ORDER BY path")]


def _set_wal(conn: sqlite3.Connection, seconds: float = 60.0) -> None:
    """Put the store in WAL mode. Switching needs a moment's exclusive lock, and SQLite answers
    "database is locked" there at once instead of waiting on its busy timeout when another
    process is opening the same new store; so wait here, up to ``seconds``."""
    deadline = time.monotonic() + seconds
    delay = 0.005
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            text = str(exc)
            if ("locked" not in text and "busy" not in text) or time.monotonic() > deadline:
                raise
        time.sleep(delay)
        delay = min(delay * 2, 0.1)


def _check_sqlite_file(path: str) -> None:
    """Refuse, without touching it, a file that is not SQLite."""
    if os.path.isdir(path):
        raise StoreError(f"{path}: is a folder, not a store file; pass --db FILE")
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise StoreError(f"{path}: cannot open the store ({exc.strerror})") from None
    if head and head != b"SQLite format 3\x00":
        raise StoreError(f"{path}: not a SQLite database; it was left untouched — pass another --db")


def _check_is_store(conn: sqlite3.Connection, path: str) -> None:
    """Refuse, before writing anything, an SQLite database that some other program made."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables:
        return  # a new, empty database
    if "migrations" in tables:
        try:
            names = {r[0] for r in conn.execute("SELECT name FROM migrations")}
        except sqlite3.DatabaseError:
            names = None
        if names is not None and (MIGRATIONS[0][0] in names or tables <= {"migrations", "meta"}):
            return
    raise StoreError(f"{path}: an SQLite database but not a xuncha store; it was left untouched"
                     " — pass another --db")


def file_sha256(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()
