"""Report aggregation over a store of about a million clues, against a bare GROUP BY.

Builds (seeded, deterministic) a store with the real schema made by ``pipeline.store.Store``
and fills it directly with ``sqlite3.executemany``: documents in ~20 invented regions over
2016–2024, a few documents found under two paths, sentences (corpus texts), tags for
problem and non-problem sentences, 1–2 categories per clue (skewed over the 15 codes) and
0–3 units per clue (~2,000 distinct (region, unit) pairs, Zipf-like within a region, the
same unit sometimes named twice in one clue as short and full name). The store is never
ANALYZEd, as a real one is not.

Then times, on that store:
  baseline: ``SELECT category, COUNT(*) FROM tag_categories GROUP BY category``
  build_report(store, taxonomy, by=B) for B in unit, category, region, year, unit,year
      (every row list materialised; the one-pass clue iterator is not read)
      (read from the per-document summaries the store keeps at tag time; rebuilt once here
      because the rows were inserted directly)
  each query of the tag-row path (used when --unit filters), separately, with EXPLAIN QUERY PLAN
  ``xuncha report --db X --format json`` as a subprocess (start-up and writing included)
and prints wall and CPU seconds, clues/s and the ratio to the baseline (CPU seconds are the
steadier figure when other work shares the machine). Target: the report over 1M clues
in under 5 s on the 2-core development machine.

    python bench/bench_report.py [--clues 1000000] [--problem-share 0.4] [--db FILE] [--keep]

``--db FILE`` reuses a store built earlier by this script with the same options (build once,
time often); ``--keep`` leaves the temporary store in place and prints its path.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from pipeline.report.aggregate import BY_CHOICES, _cells_cte, _Scope, build_report  # noqa: E402
from pipeline.rules import load_taxonomy  # noqa: E402
from pipeline.store import Store  # noqa: E402

SEED = 20240601
REPORT_BYS = ("unit", "category", "region", "year", "unit,year")
TAGGER = "bench-tagger-0001"

# Invented place-name syllables (no real report's names).
_SYLLABLES = "青石桐柳松云白溪河山林泉江湖安平宁和丰兴华阳明新水田桥沙坪岭塘源峰"
_DEPARTMENTS = ("交通运输局", "财政局", "教育局", "卫生健康局", "自然资源局", "住房和城乡建设局", "农业农村局",
                "水利局", "民政局", "人力资源和社会保障局", "市场监督管理局", "生态环境局", "应急管理局",
                "文化和旅游局", "审计局", "统计局", "医疗保障局", "退役军人事务局", "林业局", "商务局",
                "发展和改革委员会", "政务服务中心", "城市管理局", "公共资源交易中心", "机关事务服务中心",
                "供销合作社", "妇联", "团委", "总工会", "残联")
_TOWN_ENDINGS = ("镇", "乡", "街道")


def _corpus_sentences() -> list[str]:
    from hostile import corpus_sentences

    return corpus_sentences(terminated=False) or ["某单位存在问题。"]


def _zipf_weights(n: int, s: float) -> list[float]:
    return [1.0 / (r + 1) ** s for r in range(n)]


def _regions(rng: random.Random, n: int) -> list[str]:
    names: list[str] = []
    while len(names) < n:
        name = rng.choice(_SYLLABLES) + rng.choice(_SYLLABLES) + rng.choice(("县", "区", "市"))
        if name not in names:
            names.append(name)
    return names


def _units_of_region(rng: random.Random, per_region: int) -> list[str]:
    """Departments, towns and villages of one region (~per_region names, invented)."""
    prefix = rng.choice(("县", "区", "市"))
    units = [prefix + d for d in _DEPARTMENTS]
    towns: list[str] = []
    while len(towns) < max(1, per_region // 5):
        t = rng.choice(_SYLLABLES) + rng.choice(_SYLLABLES) + rng.choice(_TOWN_ENDINGS)
        if t not in towns:
            towns.append(t)
    units += towns
    while len(units) < per_region:
        v = rng.choice(towns) + rng.choice(_SYLLABLES) + rng.choice(_SYLLABLES) + rng.choice(("村", "社区"))
        if v not in units:
            units.append(v)
    rng.shuffle(units)
    return units[:per_region]


def build_store(path: Path, clues: int, problem_share: float, regions: int = 20,
                units_per_region: int = 100) -> dict:
    """Fill a new store at ``path``; return counts of what it holds."""
    rng = random.Random(SEED)
    text_rng = random.Random(SEED + 1)  # sentence texts apart, so corpus edits change nothing else
    Store(path).close()  # the real schema and migrations
    codes = list(load_taxonomy().codes)
    code_weights = _zipf_weights(len(codes), 0.8)
    rng.shuffle(code_weights)
    region_names = _regions(rng, regions)
    region_units = {r: _units_of_region(rng, units_per_region) for r in region_names}
    region_weights = _zipf_weights(regions, 0.5)
    texts = _corpus_sentences()
    sections = [json.dumps(s, ensure_ascii=False) for s in
                (["二、存在的主要问题", "（一）基准章节"], ["二、存在的主要问题", "（二）基准章节"],
                 ["一、基本情况"], ["三、整改建议"], [])]

    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-400000")
    # Secondary indexes are dropped during the bulk load and re-created, identical, after it.
    indexes = conn.execute("SELECT name, sql FROM sqlite_master WHERE type='index' AND sql IS NOT NULL").fetchall()
    for name, _ in indexes:
        conn.execute(f"DROP INDEX {name}")
    conn.execute("BEGIN")
    run_id = conn.execute("INSERT INTO runs (command, tagger, started_at, finished_at) VALUES (?,?,?,?)",
                          ("tag", TAGGER, 1.7e9, 1.7e9)).lastrowid

    n_docs = n_sent = n_clues = n_cats = n_units = n_files = 0
    doc_id = 0
    sent_id = 0
    docs, files, sents, tags, cats, units = [], [], [], [], [], []

    def flush(final: bool = False) -> None:
        nonlocal docs, files, sents, tags, cats, units
        if len(sents) < 200_000 and not final:
            return
        conn.executemany("INSERT INTO documents (id, text_hash, file_hash, format, title, region, year, encoding,"
                         " pages, size, paragraphs, sentences, warnings, added_at)"
                         " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,'[]',1.7e9)", docs)
        conn.executemany("INSERT INTO files VALUES (?,?,?,1.7e9)", files)
        conn.executemany('INSERT INTO sentences (id, document_id, seq, paragraph, page, start, "end", section,'
                         " text, ocr, ocr_confidence) VALUES (?,?,?,?,?,?,?,?,?,0,NULL)", sents)
        conn.executemany("INSERT INTO tags VALUES (?,?,?,?,?,?,?,0)", tags)
        conn.executemany("INSERT INTO tag_categories VALUES (?,?,?,?)", cats)
        conn.executemany('INSERT INTO tag_units (sentence_id, seq, text, start, "end", canonical, region)'
                         " VALUES (?,?,?,?,?,?,?)", units)
        docs, files, sents, tags, cats, units = [], [], [], [], [], []

    while n_clues < clues:
        doc_id += 1
        region = rng.choices(region_names, region_weights)[0]
        year = rng.randint(2016, 2024)
        fmt = rng.choice(("docx", "docx", "pdf", "txt"))
        pool = region_units[region]
        focus = rng.sample(pool, rng.randint(5, min(40, len(pool))))
        focus_w = _zipf_weights(len(focus), 1.0)
        n = rng.randint(120, 700)
        digest = hashlib.sha256(f"doc{doc_id}".encode()).hexdigest()
        docs.append((doc_id, digest, digest[::-1], fmt, f"{region}{year}年度巡察报告（基准{doc_id}）", region, year,
                     "utf-8" if fmt == "txt" else None, rng.randint(3, 30) if fmt == "pdf" else None,
                     rng.randint(3000, 30000), n // 3, n))
        folder = f"/data/巡察/{region}/{year}"
        files.append((f"{folder}/报告{doc_id:06d}.{fmt}", digest[::-1], doc_id))
        n_files += 1
        if rng.random() < 0.03:  # the same document also found under a second path
            files.append((f"{folder}/副本/报告{doc_id:06d}.{fmt}", digest[::-1], doc_id))
            n_files += 1
        for seq in range(n):
            sent_id += 1
            text = texts[int(text_rng.random() * len(texts))]
            sents.append((sent_id, doc_id, seq, seq // 3, (seq // 25 + 1) if fmt == "pdf" else None, 0,
                          len(text), rng.choice(sections), text))
            problem = rng.random() < problem_share and n_clues < clues
            if not problem:
                tags.append((sent_id, doc_id, 0, round(rng.random() * 0.5, 3), '["model:0.21"]', TAGGER, run_id))
                continue
            n_clues += 1
            tags.append((sent_id, doc_id, 1, round(0.5 + rng.random() * 0.5, 3),
                         '["cue:problem_frame", "model:0.91"]', TAGGER, run_id))
            picked = rng.sample(range(len(codes)), 2) if rng.random() < 0.3 else [rng.choices(range(len(codes)), code_weights)[0]]
            for c in picked:
                cats.append((sent_id, codes[c], round(0.5 + rng.random() * 0.5, 3),
                             f'["rule:{codes[c]}/基准规则", "model:0.88"]'))
                n_cats += 1
            k = rng.choices((0, 1, 2, 3), (0.35, 0.45, 0.13, 0.07))[0]
            named = rng.choices(focus, focus_w, k=k)
            if named and rng.random() < 0.05:
                named.append(named[0])  # short and full name of one unit in one clue
            for i, u in enumerate(named):
                units.append((sent_id, i, u, i * 10, i * 10 + len(u), u, region))
                n_units += 1
        n_docs += 1
        n_sent = sent_id
        flush()
    flush(final=True)
    conn.execute("COMMIT")
    for _, sql in indexes:
        conn.execute(sql)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()
    return {"documents": n_docs, "files": n_files, "sentences": n_sent, "clues": n_clues,
            "tag_categories": n_cats, "tag_units": n_units}


def _timed(fn):
    """(wall seconds, CPU seconds of this process, result). CPU time is the steadier figure
    when other work shares the machine; for a subprocess use ``_timed_child``."""
    t0, c0 = time.perf_counter(), time.process_time()
    out = fn()
    return time.perf_counter() - t0, time.process_time() - c0, out


def _timed_child(cmd: list[str]):
    """(wall seconds, CPU seconds of the child, CompletedProcess)."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, proc


def _report_queries(store: Store, taxonomy, by: str) -> dict[str, str]:
    """The SQL statements build_report runs for ``by`` (same text), by name."""
    scope = _Scope(store, None, None, None, None)
    cte, _ = _cells_cte(scope, taxonomy.unassigned_unit)
    out = {
        "unit_rows": cte + " SELECT unit, region, category, COUNT(*) n, COUNT(DISTINCT document_id)"
                           " FROM cells GROUP BY unit, region, category",
        "category_totals": cte + " SELECT category, COUNT(DISTINCT sentence_id), COUNT(DISTINCT document_id)"
                                 " FROM cells GROUP BY category",
        "clue_count": cte + " SELECT COUNT(DISTINCT sentence_id) FROM cells",
    }
    if by == "unit,year":
        out["by_rows"] = cte + (" SELECT unit, region, year, category, COUNT(*), COUNT(DISTINCT document_id)"
                                " FROM cells GROUP BY unit, region, year, category")
    elif by in ("region", "year"):
        out["by_rows"] = cte + (f" SELECT {by} k, category, COUNT(DISTINCT sentence_id), COUNT(DISTINCT document_id)"
                                " FROM cells GROUP BY k, category")
    return out


def _rows_as_tuples(rows: list[dict], keys: tuple[str, ...]) -> list[tuple]:
    return sorted(tuple(r[k] for k in keys) for r in rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clues", type=int, default=1_000_000)
    ap.add_argument("--problem-share", type=float, default=0.4, help="share of sentences that are clues")
    ap.add_argument("--db", type=Path, help="reuse (or build once into) this store file")
    ap.add_argument("--keep", action="store_true", help="keep the temporary store")
    ap.add_argument("--by", default=",".join(REPORT_BYS).replace("unit,year", "unit+year"),
                    help="comma-separated; write unit,year as unit+year")
    ap.add_argument("--no-explain", action="store_true")
    args = ap.parse_args()
    bys = [b.replace("+", ",") for b in args.by.split(",") if b]
    for b in bys:
        if b not in BY_CHOICES:
            ap.error(f"unknown --by {b}")

    tmp = None
    if args.db:
        db = args.db
    else:
        tmp = tempfile.mkdtemp(prefix="xuncha-bench-report-")
        db = Path(tmp) / "bench.db"
    if not db.exists():
        t_build, _, counts = _timed(lambda: build_store(db, args.clues, args.problem_share))
        print(f"built {db} in {t_build:.1f} s: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))
    else:
        print(f"reusing {db}")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"store file: {db.stat().st_size / 1e6:.0f} MB; sqlite {sqlite3.sqlite_version}; "
          f"python {sys.version.split()[0]}; {os.cpu_count()} CPUs; load average {load:.1f}")

    taxonomy = load_taxonomy()
    unassigned = taxonomy.unassigned_unit
    store = Store(db, create=False)
    conn = store.conn
    # The rows were inserted directly, so the per-document summaries that tagging keeps are
    # rebuilt once here (at tag time this costs a few milliseconds per document).
    elapsed, cpu, _ = _timed(store.rebuild_summaries)
    cells = conn.execute("SELECT COUNT(*) FROM doc_cells").fetchone()[0]
    print(f"per-document summaries for the whole store: {elapsed:.1f} s wall, {cpu:.1f} s CPU ({cells:,} doc_cells rows)")
    # Warm the page cache once so that the first timing is not a cold-disk read.
    conn.execute("SELECT COUNT(*), SUM(length(evidence)) FROM tag_categories").fetchone()
    conn.execute("SELECT COUNT(*), SUM(is_problem) FROM tags").fetchone()
    conn.execute("SELECT COUNT(*), SUM(length(canonical)) FROM tag_units").fetchone()
    n_clues = conn.execute("SELECT COUNT(*) FROM tags WHERE is_problem = 1").fetchone()[0]

    base, base_cpu, _ = _timed(
        lambda: conn.execute("SELECT category, COUNT(*) FROM tag_categories GROUP BY category").fetchall())
    print(f"\nclues: {n_clues:,}")
    print(f"baseline  SELECT category, COUNT(*) FROM tag_categories GROUP BY category: "
          f"{base:.3f} s wall, {base_cpu:.3f} s CPU")

    print(f"\n{'build_report by':<18}{'wall s':>8}{'CPU s':>8}{'clues/s':>11}{'x baseline':>12}{'rows':>8}")
    results, timings = {}, {}
    for by in bys:
        elapsed, cpu, data = _timed(lambda: build_report(store, taxonomy, by=by))
        results[by], timings[by] = data, (elapsed, cpu)
        print(f"{by:<18}{elapsed:>8.2f}{cpu:>8.2f}{n_clues / elapsed:>11,.0f}{elapsed / base:>11.0f}x{len(data.rows):>8}")

    print("\nthe tag-row path (what --unit filters still use), each statement timed alone; wall / CPU s:")
    shown = set()
    for by in bys:
        for name, sql in _report_queries(store, taxonomy, by).items():
            if (name, sql) in shown:
                continue
            shown.add((name, sql))
            elapsed, cpu, _ = _timed(lambda: conn.execute(sql, [unassigned]).fetchall())
            label = name + (f" (by {by})" if name == "by_rows" else "")
            print(f"  {label:<28}{elapsed:>7.2f}{cpu:>7.2f}")
    elapsed, cpu, _ = _timed(lambda: conn.execute(
        """SELECT (SELECT MIN(path) FROM files f WHERE f.document_id = d.id), d.title, d.region, d.year, d.format,
                  d.sentences, (SELECT COUNT(*) FROM tags t WHERE t.document_id = d.id AND t.is_problem = 1),
                  (SELECT COUNT(*) FROM files f WHERE f.document_id = d.id) FROM documents d ORDER BY 1""").fetchall())
    print(f"  {'documents list':<28}{elapsed:>7.2f}{cpu:>7.2f}")
    elapsed, cpu, _ = _timed(store.status)
    print(f"  {'store.status() (the CLI)':<28}{elapsed:>7.2f}{cpu:>7.2f}")
    sql = _report_queries(store, taxonomy, "unit")["clue_count"]
    count_sql = sql[: sql.rindex("SELECT")] + " SELECT COUNT(*) FROM cells"
    elapsed, cpu, _ = _timed(lambda: conn.execute(count_sql, [unassigned]).fetchall())
    print(f"  {'contributions, no grouping':<28}{elapsed:>7.2f}{cpu:>7.2f}  (the CTE counted: joins + DISTINCT only)")

    if not args.no_explain:
        sql = _report_queries(store, taxonomy, "unit")["unit_rows"]
        print("\nEXPLAIN QUERY PLAN (unit_rows):")
        for row in conn.execute("EXPLAIN QUERY PLAN " + sql, [unassigned]):
            print(f"  {row[0]:>3} {row[1]:>3}  {row[3]}")

    with tempfile.TemporaryDirectory() as out_dir:
        out = Path(out_dir) / "report.json"
        cmd = [sys.executable, str(ROOT / "cli.py"), "report", "--db", str(db), "--format", "json", "-o", str(out)]
        elapsed, cpu, proc = _timed_child(cmd)
        if proc.returncode != 0:
            print(f"\nxuncha report failed ({proc.returncode}): {proc.stderr.strip()[-500:]}")
        else:
            rows = json.loads(out.read_text(encoding="utf-8"))
            print(f"\nxuncha report --db X --format json (subprocess): {elapsed:.2f} s wall, {cpu:.2f} s CPU, "
                  f"{len(rows)} rows, {n_clues / elapsed:,.0f} clues/s, {elapsed / base:.0f}x baseline (target < 5 s)")
        elapsed, cpu, _ = _timed_child([sys.executable, str(ROOT / "cli.py"), "--help"])
        print(f"  of which interpreter + CLI start-up (xuncha --help): {elapsed:.2f} s wall, {cpu:.2f} s CPU")

    store.close()

    if tmp and not args.keep:
        for p in Path(tmp).iterdir():
            p.unlink()
        os.rmdir(tmp)
    elif tmp:
        print(f"\nstore kept at {db}")


if __name__ == "__main__":
    main()
