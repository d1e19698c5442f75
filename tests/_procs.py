"""Process helpers for tests that kill a parent and check on its workers (Linux /proc).

In their own module so test_ingest, test_parallel and test_reliability share one copy (and
bench/ can import them too: tests/ is on its ``sys.path``).
"""
from __future__ import annotations

import os
import signal
import time
from typing import Iterable


def children(pid: int) -> list[int]:
    """The processes whose parent is ``pid``: from /proc/PID/task/*/children (each thread's
    children; cheap enough for bench/'s memory poller, which asks ten times a second), or by a
    scan of every process's stat where the kernel does not provide those files."""
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return []
    out: list[int] = []
    for tid in tasks:
        try:
            with open(f"/proc/{pid}/task/{tid}/children") as fh:
                out += [int(x) for x in fh.read().split()]
        except FileNotFoundError:
            return _children_by_scan(pid)
        except OSError:  # the thread ended
            continue
    return out


def _children_by_scan(pid: int) -> list[int]:
    out = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().split(")")[-1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(entry))
    return out


def alive(pid: int) -> bool:
    """Running (not gone, not a zombie)."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def still_alive_after(pids: Iterable[int], seconds: float, poll: float = 0.1) -> list[int]:
    """Wait up to ``seconds`` for ``pids`` to end; the ones still running then."""
    pids = list(pids)
    end = time.monotonic() + seconds
    while time.monotonic() < end and any(alive(p) for p in pids):
        time.sleep(poll)
    return [p for p in pids if alive(p)]


def kill_left(pids: Iterable[int]) -> None:
    """SIGKILL whichever of ``pids`` still run (clean-up of what a test started)."""
    for p in pids:
        if alive(p):
            os.kill(p, signal.SIGKILL)
