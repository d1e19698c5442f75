"""A small process pool for parsing and tagging: each worker set up once, one task in flight
per worker, a time limit per task, and a hung or crashed worker replaced without losing the
rest of the batch. Works under the ``spawn`` start method (Windows), so everything handed
to a worker is a module-level function and picklable data.

Each worker has its own pair of one-way pipes (tasks in, results out) and writes its result
synchronously, so a worker that dies or is killed can only lose its own message: no lock or
feeder thread shared between workers can be left held by a dead process. Workers ignore
SIGINT (the parent decides how to stop) and exit by themselves when the parent dies.
"""
from __future__ import annotations

import gc
import multiprocessing as mp
import os
import queue
import signal
import threading
import time
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from typing import Any, Callable, Iterable, Iterator, Optional

from .errors import XunchaError

PARENT_CHECK_SECONDS = 0.5
MESSAGE_LIMIT = 300


def _one_line(exc: BaseException) -> str:
    """``Type: message`` on one line, shortened; worker errors are shown to users as reasons."""
    text = " ".join(str(exc).split())
    if len(text) > MESSAGE_LIMIT:
        text = text[: MESSAGE_LIMIT - 1] + "…"
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def watch_parent(parent_pid: int) -> None:
    """Exit this process when its parent is gone (killed, crashed): run in a daemon thread by
    pool workers, and by the processes a worker forks to read a PDF's pages."""
    parent = mp.parent_process()
    while True:
        time.sleep(PARENT_CHECK_SECONDS)
        if os.getppid() != parent_pid or (parent is not None and not parent.is_alive()):
            os._exit(0)


def _send(results, wid: int, key, status: str, out) -> None:
    try:
        results.send((wid, key, status, out))
    except (BrokenPipeError, EOFError, OSError):
        os._exit(0)  # the parent stopped listening
    except Exception as exc:  # the result cannot be pickled: report it instead of losing it
        results.send((wid, key, "error", f"result cannot be sent back ({_one_line(exc)})"))


def _worker_main(init: Optional[Callable], init_args: tuple, task: Callable, tasks, results, wid: int,
                 parent_pid: int) -> None:
    gc.enable()  # a forked worker inherits the parent's setting, which a bulk store turns off
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    except (ValueError, OSError):
        pass
    threading.Thread(target=watch_parent, args=(parent_pid,), daemon=True).start()
    try:
        state = init(*init_args) if init else None
    except BaseException as exc:  # report and die: the pool raises in the parent
        _send(results, wid, None, "init", _one_line(exc))
        return
    # What the set-up built (dictionaries, rules, model, indexes) lives as long as the worker:
    # moved out of the collector's generations, the full collections that a long run of
    # allocations triggers no longer walk it (a tagging worker's CPU: -3.5 % over 400 bench
    # files, four alternating rounds).
    gc.collect()
    gc.freeze()
    _send(results, wid, None, "ready", None)
    while True:
        try:
            item = tasks.recv()
        except (EOFError, OSError):
            return
        if item is None:
            return
        key, payload = item
        try:
            out = task(state, payload)
        except BaseException as exc:  # a bug in a stage must not kill the batch
            _send(results, wid, key, "error", _one_line(exc))
        else:
            _send(results, wid, key, "ok", out)


@dataclass
class _Worker:
    proc: Any
    tasks: Any  # parent's sending end
    results: Any  # parent's receiving end
    queue: list = field(default_factory=list)  # (key, payload) sent and not yet answered, in order
    started: float = 0.0  # when the worker began the first of them
    ready: bool = False
    gone: bool = False  # its results pipe reached end of file


class PoolInitError(XunchaError, RuntimeError):
    """A worker could not set itself up (bad rules or model, or it died while starting)."""


class WorkerPool:
    """``for key, status, result in pool.run(tasks)`` — status is "ok", "error" (result is a
    one-line message), "timeout" or "crashed". Results come in completion order; every key
    is reported exactly once (a task that ``split`` divides: each of its parts' keys instead)."""

    def __init__(self, jobs: int, task: Callable, init: Optional[Callable] = None, init_args: tuple = (),
                 time_limit: Optional[float] = None, start_method: Optional[str] = None, prefetch: int = 1,
                 split: Optional[Callable[[Any, Any], Optional[list]]] = None):
        """``prefetch``: tasks in flight per worker (2: the one it works on and the next, so it
        never waits while this process stores results). Only for small payloads such as paths:
        a payload that fills the pipe would block this process until the worker is free.

        ``split(key, payload)``: for tasks that bundle several items (files handed out a few
        at a time, so a worker can batch their work): the (key, payload) parts to run one by
        one instead when the bundle fails (an error, a time-out, a crash), or None to report
        the failure. One bad item then fails alone and the others still complete."""
        self.jobs = max(1, int(jobs))
        self.prefetch = max(1, int(prefetch))
        self.task = task
        self.init = init
        self.init_args = init_args
        self.time_limit = time_limit
        self.split = split
        method = start_method or os.environ.get("XUNCHA_START_METHOD") or None
        self.ctx = mp.get_context(method)
        self.workers: dict[int, _Worker] = {}
        self._next_id = 0
        self._started = False

    def start(self) -> None:
        """Start the workers now (``run`` does it otherwise), so their set-up overlaps whatever
        this process does before it has tasks for them."""
        if not self._started:
            self._started = True
            for _ in range(self.jobs):
                self._spawn()

    def _spawn(self) -> None:
        wid = self._next_id
        self._next_id += 1
        task_r, task_w = self.ctx.Pipe(duplex=False)
        res_r, res_w = self.ctx.Pipe(duplex=False)
        proc = self.ctx.Process(target=_worker_main, daemon=True,
                                args=(self.init, self.init_args, self.task, task_r, res_w, wid, os.getpid()))
        proc.start()
        # Only the worker keeps these ends, so its death is seen as end-of-file and later
        # workers do not inherit them.
        task_r.close()
        res_w.close()
        self.workers[wid] = _Worker(proc, task_w, res_r)

    def _kill(self, wid: int) -> None:
        w = self.workers.pop(wid, None)
        if w is None:  # already stopped: a failed run is closed by both its reader thread and its caller
            return
        if w.proc.is_alive():
            w.proc.kill()
        w.proc.join(timeout=5)
        for conn in (w.tasks, w.results):
            try:
                conn.close()
            except OSError:
                pass

    def _replace(self, wid: int, pending: list) -> Optional[tuple[Any, Any]]:
        """Kill (if needed) and replace a worker; return the (key, payload) it was working on,
        if any. Tasks sent to it but not yet begun go back to ``pending``."""
        w = self.workers[wid]
        current = w.queue[0] if w.queue else None
        pending.extend(reversed(w.queue[1:]))
        self._kill(wid)
        self._spawn()
        return current

    def _parts(self, task: tuple[Any, Any], pending: list) -> bool:
        """Queue the parts of a failed bundle (``split``), first part next; False when the task
        is no bundle and its failure is to be reported."""
        parts = self.split(*task) if self.split is not None else None
        if not parts:
            return False
        pending.extend(reversed(parts))  # ``pending`` is taken from its end
        return True

    def run(self, items: Iterable[tuple[Any, Any]]) -> Iterator[tuple[Any, str, Any]]:
        it = iter(items)
        pending: list[tuple[Any, Any]] = []
        exhausted = False
        self.start()
        try:
            while True:
                # hand work to ready workers, up to ``prefetch`` tasks each
                for wid, w in list(self.workers.items()):
                    while w.ready and len(w.queue) < self.prefetch:
                        if not pending and not exhausted:
                            try:
                                pending.append(next(it))
                            except StopIteration:
                                exhausted = True
                        if not pending:
                            break
                        key, payload = pending.pop()
                        if not w.queue:
                            w.started = time.monotonic()
                        w.queue.append((key, payload))
                        try:
                            w.tasks.send((key, payload))
                        except (BrokenPipeError, EOFError, OSError):
                            break  # the worker died; noticed below
                busy = [w for w in self.workers.values() if w.queue]
                if exhausted and not pending and not busy:
                    return
                conns = {w.results: wid for wid, w in self.workers.items()}
                ready = wait(list(conns) + [w.proc.sentinel for w in self.workers.values()], timeout=0.2)
                for conn in ready:
                    wid = conns.get(conn)
                    if wid is None or wid not in self.workers:
                        continue
                    w = self.workers[wid]
                    try:
                        _, key, status, out = conn.recv()
                    except (EOFError, OSError):
                        w.proc.join(timeout=5)  # the worker is gone; handled below
                        w.gone = True
                        continue
                    if status == "init":
                        raise PoolInitError(f"a worker could not start: {out}")
                    if status == "ready":
                        w.ready = True
                    else:
                        task = None
                        if w.queue and w.queue[0][0] == key:
                            task = w.queue.pop(0)
                        w.started = time.monotonic()  # the next one in its queue begins now
                        if status == "error" and task is not None and self._parts(task, pending):
                            continue
                        yield key, status, out
                # time limits and dead workers
                now = time.monotonic()
                for wid, w in list(self.workers.items()):
                    if w.queue and self.time_limit and now - w.started > self.time_limit:
                        task = self._replace(wid, pending)
                        if not self._parts(task, pending):
                            yield task[0], "timeout", f"took longer than {self.time_limit:g} s; skipped"
                    elif w.gone or not w.proc.is_alive():
                        if not w.gone and w.results.poll():
                            continue  # read its last message (or end of file) first
                        if not w.ready:
                            raise PoolInitError(f"a worker process failed to start (exit code {w.proc.exitcode})")
                        code = w.proc.exitcode
                        task = self._replace(wid, pending)
                        if task is not None and not self._parts(task, pending):
                            yield task[0], "crashed", f"the worker process died (exit code {code})"
        finally:
            self.close()

    def close(self) -> None:
        """Stop the workers: ready ones are asked to exit (and killed after 2 s); ones still
        setting up are killed at once."""
        for wid in [wid for wid, w in self.workers.items() if not w.ready]:
            self._kill(wid)
        for w in self.workers.values():
            try:
                w.tasks.send(None)
            except (BrokenPipeError, EOFError, OSError):
                pass
        deadline = time.monotonic() + 2
        for wid in list(self.workers):
            w = self.workers[wid]
            w.proc.join(timeout=max(0.0, deadline - time.monotonic()))
            self._kill(wid)


def read_ahead(results: Iterator[Any], maxsize: int = 256) -> Iterator[Any]:
    """Drain a pool's result iterator on a thread, so workers never wait on a full pipe while
    this process is busy storing what came before. Items (and an exception, re-raised here)
    come out in the same order. Closing this generator stops the thread and the pool."""
    q: queue.Queue = queue.Queue(maxsize)
    stop = threading.Event()
    done = object()

    def pump() -> None:
        try:
            for item in results:
                while not stop.is_set():
                    try:
                        q.put((None, item), timeout=0.2)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    break
        except BaseException as exc:  # handed to the consumer, raised there
            q.put((exc, None))
            return
        finally:
            close = getattr(results, "close", None)
            if close is not None:
                close()  # the pool's own clean-up (workers stopped)
        q.put((None, done))

    thread = threading.Thread(target=pump, name="xuncha-results", daemon=True)
    thread.start()
    try:
        while True:
            exc, item = q.get()
            if exc is not None:
                raise exc
            if item is done:
                return
            yield item
    finally:
        stop.set()
        while thread.is_alive():  # let the pump see the flag; it closes the pool itself
            try:
                q.get(timeout=0.1)
            except queue.Empty:
                pass
            thread.join(timeout=0.1)
