"""A small process pool for parsing and tagging: each worker set up once, one task in flight
per worker, a time limit per task, and a hung or crashed worker replaced without losing the
rest of the batch. Works under the ``spawn`` start method (Windows), so everything handed
to a worker is a module-level function and picklable data.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import queue
import time
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Optional

_STATE: dict = {}


def _worker_main(init: Optional[Callable], init_args: tuple, task: Callable, tasks, results, wid: int) -> None:
    try:
        state = init(*init_args) if init else None
    except BaseException as exc:  # report and die: the pool raises in the parent
        results.put((wid, None, "init", f"{type(exc).__name__}: {exc}"))
        return
    results.put((wid, None, "ready", None))
    while True:
        item = tasks.get()
        if item is None:
            return
        key, payload = item
        try:
            out = task(state, payload)
            results.put((wid, key, "ok", out))
        except BaseException as exc:  # a bug in a stage must not kill the batch
            results.put((wid, key, "error", f"{type(exc).__name__}: {exc}"))


@dataclass
class _Worker:
    proc: Any
    tasks: Any
    key: Any = None
    started: float = 0.0
    ready: bool = False


class PoolInitError(RuntimeError):
    pass


class WorkerPool:
    """``for key, status, result in pool.run(tasks)`` — status is "ok", "error" (result is a
    one-line message), "timeout" or "crashed". Results come in completion order."""

    def __init__(self, jobs: int, task: Callable, init: Optional[Callable] = None, init_args: tuple = (),
                 time_limit: Optional[float] = None, start_method: Optional[str] = None):
        self.jobs = max(1, int(jobs))
        self.task = task
        self.init = init
        self.init_args = init_args
        self.time_limit = time_limit
        method = start_method or os.environ.get("XUNCHA_START_METHOD") or None
        self.ctx = mp.get_context(method)
        self.results = self.ctx.Queue()
        self.workers: dict[int, _Worker] = {}
        self._next_id = 0

    def _spawn(self) -> None:
        wid = self._next_id
        self._next_id += 1
        tasks = self.ctx.Queue()
        proc = self.ctx.Process(target=_worker_main, daemon=True,
                                args=(self.init, self.init_args, self.task, tasks, self.results, wid))
        proc.start()
        self.workers[wid] = _Worker(proc, tasks)

    def _kill(self, wid: int) -> None:
        w = self.workers.pop(wid)
        if w.proc.is_alive():
            w.proc.kill()
        w.proc.join(timeout=5)

    def run(self, items: Iterable[tuple[Any, Any]]) -> Iterator[tuple[Any, str, Any]]:
        it = iter(items)
        pending: list[tuple[Any, Any]] = []
        exhausted = False
        for _ in range(self.jobs):
            self._spawn()
        try:
            while True:
                # hand work to idle, ready workers
                for wid, w in list(self.workers.items()):
                    if w.ready and w.key is None:
                        if not pending and not exhausted:
                            try:
                                pending.append(next(it))
                            except StopIteration:
                                exhausted = True
                        if pending:
                            key, payload = pending.pop()
                            w.key, w.started = key, time.monotonic()
                            w.tasks.put((key, payload))
                busy = [w for w in self.workers.values() if w.key is not None]
                if exhausted and not pending and not busy:
                    return
                try:
                    wid, key, status, out = self.results.get(timeout=0.2)
                except queue.Empty:
                    wid = None
                if wid is not None and wid in self.workers:
                    w = self.workers[wid]
                    if status == "init":
                        raise PoolInitError(out)
                    if status == "ready":
                        w.ready = True
                    else:
                        w.key = None
                        yield key, status, out
                # time limits and crashed workers
                now = time.monotonic()
                for wid, w in list(self.workers.items()):
                    if w.key is not None and self.time_limit and now - w.started > self.time_limit:
                        key = w.key
                        self._kill(wid)
                        self._spawn()
                        yield key, "timeout", f"took longer than {self.time_limit:g} s; skipped"
                    elif not w.proc.is_alive():
                        if not w.ready:
                            raise PoolInitError(f"a worker process failed to start (exit code {w.proc.exitcode})")
                        key = w.key
                        self._kill(wid)
                        self._spawn()
                        if key is not None:
                            yield key, "crashed", f"the reader process died (exit code {w.proc.exitcode})"
        finally:
            self.close()

    def close(self) -> None:
        for wid, w in list(self.workers.items()):
            try:
                w.tasks.put(None)
            except Exception:
                pass
        deadline = time.monotonic() + 2
        for wid in list(self.workers):
            w = self.workers[wid]
            w.proc.join(timeout=max(0.0, deadline - time.monotonic()))
            if w.proc.is_alive():
                w.proc.kill()
                w.proc.join(timeout=2)
            del self.workers[wid]
