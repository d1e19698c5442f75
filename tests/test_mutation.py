"""Mutation tests for the readers: valid .docx and .pdf files with bytes flipped at seeded
random positions, truncated at seeded lengths, or (docx) with their document.xml damaged
inside a well-formed zip. Each case is read by ``pipeline.readers.read_document`` in a
worker process under a time limit; the only allowed outcomes are a RawDocument or a
``ReadError`` subclass with a one-line reason. Any other exception, a crashed worker or a
hang fails the test and names the seeds, so a failure can be replayed with ``_mutate``.
"""
from __future__ import annotations

import io
import random
import sys
import zipfile
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
sys.path.insert(0, str(TESTS))
sys.path.insert(0, str(ROOT))

import hostile  # noqa: E402
from pipeline.parallel import WorkerPool  # noqa: E402

TIME_LIMIT = 10.0
CATCH_ALL = "damaged or unreadable file ("  # read_document's last resort for unforeseen errors
CASES = {  # (kind, strategy): number of seeds
    ("docx", "flip"): 50,
    ("docx", "truncate"): 50,
    ("docx", "xml"): 50,
    ("pdf", "flip"): 50,
    ("pdf", "truncate"): 50,
    ("pdf", "flip_plain"): 50,
}


# --- the valid files ---------------------------------------------------------------------------

def _docx_original(tmp: Path) -> bytes:
    """A Word document with body paragraphs, a merged-cell table, a header and a footer, plus
    a longer body of generated findings (so damage lands in text as well as in structure)."""
    import docx

    path = hostile.make_good_docx(tmp / "good.docx")
    d = docx.Document(str(path))
    for text in hostile.chinese_paragraphs(25, seed=11):
        d.add_paragraph(text)
    d.save(str(path))
    return path.read_bytes()


def _pdf_original(tmp: Path) -> bytes:
    path = hostile.make_chinese_pdf(tmp / "good.pdf", hostile.chinese_paragraphs(30, seed=5))
    return path.read_bytes()


def _pdf_uncompressed(tmp: Path) -> bytes:
    """A two-page PDF whose content streams are not compressed, so flipped bytes land in the
    text operators and font references themselves."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp / "plain.pdf"
    c = canvas.Canvas(str(path), pageCompression=0)
    paragraphs = hostile.chinese_paragraphs(16, seed=9)
    for page in range(2):
        c.setFont("STSong-Light", 12)
        y = 780
        for text in paragraphs[page * 8:(page + 1) * 8]:
            for start in range(0, len(text), 34):
                c.drawString(60, y, text[start:start + 34])
                y -= 18
        c.drawCentredString(300, 30, f"- {page + 1} -")
        c.showPage()
    c.save()
    return path.read_bytes()


@pytest.fixture(scope="module")
def originals(tmp_path_factory) -> dict[str, bytes]:
    tmp = tmp_path_factory.mktemp("mutation")
    out = {"docx": _docx_original(tmp), "pdf": _pdf_original(tmp), "pdf_plain": _pdf_uncompressed(tmp)}
    # the originals themselves read fine: damage, not the generator, causes what follows
    from pipeline.readers import read_document

    for name, data in out.items():
        suffix = ".pdf" if name.startswith("pdf") else ".docx"
        assert read_document(f"原件{suffix}", data).paragraphs, name
    return out


# --- mutations ---------------------------------------------------------------------------------

def _flip(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 12)):
        pos = rng.randrange(len(out))
        out[pos] ^= rng.randint(1, 255)
    return bytes(out)


def _truncate(data: bytes, rng: random.Random) -> bytes:
    # the first KiB (headers) and the last KiB (zip directory, PDF xref and trailer) are where
    # readers are most fragile, so half of the cuts land there
    where = rng.random()
    if where < 0.25:
        n = rng.randrange(0, min(1024, len(data)))
    elif where < 0.5:
        n = rng.randrange(max(0, len(data) - 1024), len(data))
    else:
        n = rng.randrange(0, len(data))
    return data[:n]


def _damage_document_xml(data: bytes, rng: random.Random) -> bytes:
    """Flip or cut bytes of word/document.xml and zip it again, so the zip is sound and the
    damage reaches the XML parser."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with src, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            part = src.read(info)
            if info.filename == "word/document.xml":
                part = _flip(part, rng) if rng.random() < 0.6 else _truncate(part, rng)
            # the original entry's timestamp: writestr(name, ...) stamps the current time, and
            # two calls a second apart gave different bytes for the same seed
            entry = zipfile.ZipInfo(info.filename, date_time=info.date_time)
            entry.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(entry, part)
    return buffer.getvalue()


def _mutate(originals: dict[str, bytes], kind: str, strategy: str, seed: int) -> tuple[str, bytes]:
    """(file name, mutated bytes) of one case; deterministic in its arguments."""
    rng = random.Random(f"{kind}/{strategy}/{seed}")
    if kind == "docx":
        data = originals["docx"]
        fn = {"flip": _flip, "truncate": _truncate, "xml": _damage_document_xml}[strategy]
        return f"变异{seed}.docx", fn(data, rng)
    data = originals["pdf_plain" if strategy == "flip_plain" else "pdf"]
    fn = _truncate if strategy == "truncate" else _flip
    return f"变异{seed}.pdf", fn(data, rng)


# --- the worker task -----------------------------------------------------------------------------

def _read_case(state, payload):
    """Worker task: read one mutated file. Returns ("ok", paragraphs) or ("read_error", class,
    reason); any other exception escapes and the pool reports it as status "error"."""
    from pipeline.errors import ReadError
    from pipeline.readers import read_document
    from pipeline.records import RawDocument

    name, data = payload
    try:
        doc = read_document(name, data)
    except ReadError as exc:
        return ("read_error", type(exc).__name__, exc.reason)
    assert isinstance(doc, RawDocument), type(doc)
    return ("ok", len(doc.paragraphs), None)


@pytest.mark.slow
def test_mutation_flipped_and_truncated_files_give_only_typed_errors(originals):
    cases = {}
    for (kind, strategy), n in CASES.items():
        for seed in range(n):
            cases[(kind, strategy, seed)] = _mutate(originals, kind, strategy, seed)
    pool = WorkerPool(2, _read_case, time_limit=TIME_LIMIT, start_method="fork")
    outcomes = {}
    for key, status, result in pool.run(cases.items()):
        outcomes[key] = (status, result)
    assert set(outcomes) == set(cases)
    bad = {k: v for k, v in outcomes.items() if v[0] != "ok"}
    assert not bad, "cases that crashed, hung or raised an untyped error (kind, strategy, seed):\n" + \
        "\n".join(f"{k}: {v}" for k, v in sorted(bad.items()))
    reasons = {k: r for k, (status, r) in outcomes.items() if r[0] == "read_error"}
    assert all(r[2] and "\n" not in r[2] for r in reasons.values()), "a reason is empty or spans lines"
    # damage the readers can expect gets its own reason, not the catch-all naming an exception class
    unnamed = {k: r for k, r in reasons.items() if r[2].startswith(CATCH_ALL)}
    assert not unnamed, "\n".join(f"{k}: {r}" for k, r in sorted(unnamed.items()))
    # the mutations did reach the readers: both outcomes occur for each file type
    for kind in ("docx", "pdf"):
        kinds = {outcomes[k][1][0] for k in outcomes if k[0] == kind}
        assert kinds == {"ok", "read_error"}, (kind, kinds)


def test_mutation_is_deterministic(originals):
    """A failing seed can be replayed: the same arguments give the same bytes."""
    for kind, strategy in CASES:
        a = _mutate(originals, kind, strategy, 3)
        assert a == _mutate(originals, kind, strategy, 3)
        original = {"docx": "docx", "pdf": "pdf_plain" if strategy == "flip_plain" else "pdf"}[kind]
        assert a[1] != originals[original]


# Seeds that once reached the catch-all: a damaged deflate stream (zlib.error) and a damaged
# zip directory (NotImplementedError "zip file version"), both in .docx files.
@pytest.mark.parametrize("kind, strategy, seed, words", [
    ("docx", "flip", 10, "compressed text is corrupt"),
    ("docx", "flip", 1024, "zip directory is unreadable"),
])
def test_mutation_known_damage_has_its_own_reason(originals, kind, strategy, seed, words):
    from pipeline.errors import ReadError
    from pipeline.readers import read_document

    name, data = _mutate(originals, kind, strategy, seed)
    with pytest.raises(ReadError) as info:
        read_document(name, data)
    assert words in info.value.reason and not info.value.reason.startswith(CATCH_ALL)
