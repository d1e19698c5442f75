"""Module-level task and init functions for WorkerPool tests.

They live in their own module so a worker started with the ``spawn`` method can import them
(the test module's name depends on how pytest imports it; this one is always ``_pool_tasks``
because tests/ is on ``sys.path``).
"""
from __future__ import annotations

import os
import time


def init_prefix(prefix: str) -> dict:
    """Worker state: a prefix added to every answer, and the worker's pid."""
    return {"prefix": prefix, "pid": os.getpid()}


def init_fails(message: str):
    raise ValueError(message)


def init_exits(code: int):
    os._exit(code)


def echo(state, payload):
    """Double a number, or misbehave on a command: ("sleep", s), ("exit", code), ("raise", msg)."""
    if isinstance(payload, tuple):
        what, arg = payload
        if what == "sleep":
            time.sleep(arg)
            return f"slept {arg}"
        if what == "exit":
            os._exit(arg)
        if what == "raise":
            raise RuntimeError(arg)
        if what == "unpicklable":
            return lambda: None
        if what == "pid":
            return os.getpid()
        if what == "frozen":  # objects the worker's set-up left, moved out of the collector's reach
            import gc

            return gc.get_freeze_count()
    prefix = state["prefix"] if state else ""
    return f"{prefix}{payload * 2}"


def pid_task(state, payload):
    """Return the worker's pid after a short pause (so several workers get work)."""
    time.sleep(0.05)
    return os.getpid()


def gc_enabled(state, payload):
    """Whether the worker's automatic garbage collection is on."""
    import gc

    return gc.isenabled()


def echo_each(state, payload):
    """``echo`` over a list of payloads (a bundle): one misbehaving item fails the bundle."""
    return [echo(state, p) for p in payload]


def split_list(key, payload):
    """WorkerPool's ``split`` for ``echo_each`` bundles: one task per item, None for one item."""
    if len(payload) > 1:
        return [((key, j), [p]) for j, p in enumerate(payload)]
    return None
