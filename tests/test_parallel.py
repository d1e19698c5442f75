"""Tests for pipeline.parallel.WorkerPool: results, time limits, crashes, errors, start-up
failures and clean-up, under the fork and spawn start methods."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
sys.path.insert(0, str(TESTS))
sys.path.insert(0, str(ROOT))

import _pool_tasks as tasks  # noqa: E402
from _procs import alive, children, kill_left, still_alive_after  # noqa: E402
from pipeline.parallel import PoolInitError, WorkerPool  # noqa: E402

METHODS = ["fork", "spawn"]


@pytest.fixture(autouse=True)
def _watchdog():
    """A hung pool fails the test instead of hanging the suite."""

    def boom(signum, frame):
        raise TimeoutError("the worker pool hung")

    old = signal.signal(signal.SIGALRM, boom)
    signal.alarm(90)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


def _run(items, jobs=2, method="fork", time_limit=None, init=tasks.init_prefix, init_args=("=",),
         task=tasks.echo):
    pool = WorkerPool(jobs, task, init, init_args, time_limit=time_limit, start_method=method)
    return list(pool.run(items))


def _by_key(results):
    keys = [k for k, _, _ in results]
    assert len(keys) == len(set(keys)), f"a key was reported twice: {keys}"
    return {k: (status, out) for k, status, out in results}




@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("jobs", [1, 3])
def test_parallel_every_key_once(method, jobs):
    items = [(f"k{i}", i) for i in range(25)]
    got = _by_key(_run(items, jobs=jobs, method=method))
    assert got == {f"k{i}": ("ok", f"={i * 2}") for i in range(25)}


@pytest.mark.parametrize("method", METHODS)
def test_parallel_worker_freezes_what_its_set_up_built(method):
    """A worker moves what its set-up built out of the garbage collector's generations (it
    lives as long as the worker), so full collections during a long run do not walk it."""
    [(_, status, frozen)] = _run([("k", ("frozen", None))], jobs=1, method=method)
    assert status == "ok" and frozen > 0


@pytest.mark.parametrize("method", METHODS)
def test_parallel_empty_input_yields_nothing(method):
    assert _run([], method=method) == []


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("jobs", [1, 2])
def test_parallel_timeout_reported_rest_complete(method, jobs):
    items = [("a", 1), ("slow", ("sleep", 60)), ("b", 2), ("c", 3), ("d", 4)]
    got = _by_key(_run(items, jobs=jobs, method=method, time_limit=1.0))
    assert got["slow"][0] == "timeout"
    assert "1 s" in got["slow"][1]
    assert {k: v for k, v in got.items() if k != "slow"} == {
        "a": ("ok", "=2"), "b": ("ok", "=4"), "c": ("ok", "=6"), "d": ("ok", "=8")}


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("jobs", [1, 2])
def test_parallel_crash_reported_rest_complete(method, jobs):
    items = [("a", 1), ("boom", ("exit", 3)), ("b", 2), ("boom2", ("exit", 5)), ("c", 3)]
    got = _by_key(_run(items, jobs=jobs, method=method))
    assert got["boom"][0] == "crashed" and "3" in got["boom"][1]
    assert got["boom2"][0] == "crashed" and "5" in got["boom2"][1]
    assert {k: got[k] for k in "abc"} == {"a": ("ok", "=2"), "b": ("ok", "=4"), "c": ("ok", "=6")}


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("jobs", [1, 2])
def test_parallel_failed_bundle_runs_its_parts_alone(method, jobs):
    """A bundle that crashes, hangs or raises is split: its other items still complete, the bad
    one is reported under its part's key, and every key (bundle or part) comes once."""
    items = [("b0", [1, 2]), ("b1", [3, ("exit", 3), 4]), ("b2", [5, ("sleep", 60)]),
             ("b3", [("raise", "坏了"), 6]), ("b4", [("exit", 4)]), ("b5", [7])]
    pool = WorkerPool(jobs, tasks.echo_each, tasks.init_prefix, ("=",), time_limit=1.5, start_method=method,
                      prefetch=2, split=tasks.split_list)
    got = _by_key(list(pool.run(items)))
    assert got.pop(("b1", 1))[0] == "crashed"
    assert got.pop(("b2", 1))[0] == "timeout"
    status, out = got.pop(("b3", 0))
    assert status == "error" and out.startswith("RuntimeError")
    assert got.pop("b4")[0] == "crashed"  # a single item is not split: its failure is reported
    assert got == {"b0": ("ok", ["=2", "=4"]), ("b1", 0): ("ok", ["=6"]), ("b1", 2): ("ok", ["=8"]),
                   ("b2", 0): ("ok", ["=10"]), ("b3", 1): ("ok", ["=12"]), "b5": ("ok", ["=14"])}


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("message", ["坏了", "第一行\n第二行\r\n  第三行", ""])
def test_parallel_error_is_one_line(method, message):
    items = [("a", 1), ("bad", ("raise", message)), ("b", 2)]
    got = _by_key(_run(items, method=method))
    status, out = got["bad"]
    assert status == "error"
    assert isinstance(out, str) and out.startswith("RuntimeError")
    assert "\n" not in out and "\r" not in out
    assert got["a"] == ("ok", "=2") and got["b"] == ("ok", "=4")


@pytest.mark.parametrize("method", METHODS)
def test_parallel_unpicklable_result_is_error_not_hang(method):
    items = [("a", 1), ("odd", ("unpicklable", None)), ("b", 2)]
    got = _by_key(_run(items, method=method, time_limit=20))
    assert got["odd"][0] == "error"
    assert got["a"] == ("ok", "=2") and got["b"] == ("ok", "=4")


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("init, args", [(tasks.init_fails, ("规则文件坏了",)), (tasks.init_exits, (4,))])
def test_parallel_init_failure_raises(method, init, args):
    with pytest.raises(PoolInitError) as info:
        _run([("a", 1), ("b", 2)], method=method, init=init, init_args=args)
    assert "\n" not in str(info.value)
    if init is tasks.init_fails:
        assert "ValueError" in str(info.value)


@pytest.mark.parametrize("method", METHODS)
def test_parallel_workers_end_with_the_run(method):
    pool = WorkerPool(2, tasks.pid_task, start_method=method)
    pids = {out for _, status, out in pool.run((i, i) for i in range(8))}
    assert pids and os.getpid() not in pids
    assert not [p for p in pids if alive(p)]


def test_parallel_abandoned_run_ends_workers():
    pool = WorkerPool(2, tasks.pid_task, start_method="fork")
    gen = pool.run((i, i) for i in range(50))
    key, status, pid = next(gen)
    gen.close()
    assert not alive(pid)
    assert not pool.workers


_ORPHAN_SCRIPT = textwrap.dedent("""
    import sys
    sys.path[:0] = [{tests!r}, {root!r}]
    import _pool_tasks
    from pipeline.parallel import WorkerPool
    pool = WorkerPool(2, _pool_tasks.echo, start_method={method!r})
    for key, status, out in pool.run([("a", 1), ("b", ("sleep", 600)), ("c", ("sleep", 600))]):
        print(key, status, flush=True)
""")


@pytest.mark.parametrize("method", METHODS)
def test_parallel_workers_exit_when_parent_is_killed(method):
    script = _ORPHAN_SCRIPT.format(tests=str(TESTS), root=str(ROOT), method=method)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    workers: list[int] = []
    try:
        assert proc.stdout.readline().startswith("a ok")
        time.sleep(0.3)  # both workers are now in their long task or waiting for one
        workers = [p for p in children(proc.pid) if alive(p)]
        assert workers
        proc.kill()
        proc.wait()
        left = still_alive_after(workers, 20, poll=0.2)
        assert not left, "worker processes outlived their killed parent"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        kill_left(workers)  # clean up what this test started, by pid


@pytest.mark.parametrize("method", METHODS)
def test_parallel_prefetch_and_read_ahead_report_every_key_once(method):
    """Two tasks in flight per worker, results drained on a thread: every key once, the right
    answers, a crash and a timeout still attributed to their own keys."""
    from pipeline.parallel import read_ahead

    items = [(i, i) for i in range(30)] + [("crash", ("exit", 3)), ("slow", ("sleep", 30))]
    pool = WorkerPool(2, tasks.echo, tasks.init_prefix, ("=",), time_limit=3, start_method=method, prefetch=2)
    got = {key: (status, out) for key, status, out in read_ahead(pool.run(items))}
    assert set(got) == {k for k, _ in items}
    assert all(got[i] == ("ok", f"={2 * i}") for i in range(30))
    assert got["crash"][0] == "crashed" and got["slow"][0] == "timeout"


def test_parallel_read_ahead_passes_errors_and_stops_the_pool_when_closed():
    from pipeline.parallel import read_ahead

    def failing():
        yield 1
        raise ValueError("broken source")

    with pytest.raises(ValueError, match="broken source"):
        list(read_ahead(failing()))
    pool = WorkerPool(2, tasks.echo, tasks.init_prefix, ("=",), prefetch=2)
    it = read_ahead(pool.run((i, i) for i in range(1000)))
    assert next(it)[1] == "ok"
    it.close()  # the consumer stops early: the thread ends and the workers are gone
    assert not pool.workers


def test_parallel_workers_collect_garbage_when_the_parent_does_not():
    """The parent turns automatic garbage collection off while it stores a bulk run; forked
    workers inherit that setting and must turn it back on for themselves."""
    import gc

    from pipeline.parallel import WorkerPool

    gc.disable()
    try:
        pool = WorkerPool(1, tasks.gc_enabled, start_method="fork")
        try:
            results = list(pool.run([(0, None)]))
        finally:
            pool.close()
    finally:
        gc.enable()
    assert results == [(0, "ok", True)]


def test_parallel_ingest_leaves_garbage_collection_as_it_found_it(tmp_path):
    import gc

    from pipeline.ingest import ingest
    from pipeline.store import Store

    (tmp_path / "a.txt").write_text("县财政局违规发放津补贴。\n", encoding="utf-8")
    with Store(tmp_path / "x.db") as store:
        for before in (True, False):
            (gc.enable if before else gc.disable)()
            try:
                ingest([str(tmp_path / "a.txt")], store, jobs=1, force=True)
                assert gc.isenabled() is before
            finally:
                gc.enable()
