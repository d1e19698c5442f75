"""Running the external tools the readers use (LibreOffice, Tesseract) safely.

Each tool runs in its own process group with a time limit; on timeout the whole group is
killed (LibreOffice's launcher starts ``soffice.bin`` as a child, which a plain ``kill`` of
the launcher would leave running). On Linux the child also gets SIGKILL when the worker
process that started it dies, so a worker killed by the pool's time limit leaves no tool
behind. Tesseract runs with ``OMP_THREAD_LIMIT=1``: its OpenMP threads make it ten times
slower when two run side by side (measured in bench/bench_ocr.py), and xuncha parallelises
over files instead.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import dataclass
from typing import Optional, Sequence


@dataclass(frozen=True)
class ToolResult:
    returncode: int
    stdout: bytes
    stderr: bytes
    timed_out: bool = False


def _death_signal():
    """A preexec function asking Linux to SIGKILL the child when its parent dies."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        prctl = libc.prctl
    except (OSError, AttributeError):
        return None
    pr_set_pdeathsig = 1

    def preexec() -> None:  # runs in the child between fork and exec: C calls only
        prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)

    return preexec


_PREEXEC = _death_signal()


def tool_env(**extra: str) -> dict[str, str]:
    """The environment for a tool: ours, with OpenMP and locale pinned."""
    env = dict(os.environ)
    env["OMP_THREAD_LIMIT"] = "1"
    env.setdefault("LC_ALL", "C.UTF-8")
    env.update(extra)
    return env


def run_tool(cmd: Sequence[str], timeout: float, *, cwd: Optional[str] = None,
             env: Optional[dict[str, str]] = None, stdin: Optional[bytes] = None) -> ToolResult:
    """Run ``cmd`` and return its output; kill its process group after ``timeout`` seconds.

    Raises ``FileNotFoundError`` when the program does not exist (callers turn that into an
    install hint) and ``OSError`` when it cannot be started.
    """
    posix = os.name == "posix"
    proc = subprocess.Popen(
        list(cmd),
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=cwd,
        env=env if env is not None else tool_env(),
        start_new_session=posix,
        preexec_fn=_PREEXEC if posix else None,
    )
    try:
        out, err = proc.communicate(stdin, timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_group(proc)
        try:
            out, err = proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:  # a descendant left its own group holding the pipes
            proc.kill()
            out, err = b"", b""
        return ToolResult(proc.returncode if proc.returncode is not None else -9, out, err,
                          timed_out=True)
    except BaseException:
        _kill_group(proc)
        proc.wait()
        raise
    return ToolResult(proc.returncode, out, err)


def _kill_group(proc: subprocess.Popen) -> None:
    try:
        if os.name == "posix":
            os.killpg(proc.pid, signal.SIGKILL)
        else:  # pragma: no cover - Windows
            proc.kill()
    except (ProcessLookupError, PermissionError, OSError):
        pass
