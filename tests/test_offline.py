"""xuncha never needs the network. The main job (`xuncha run corpora/samples`) runs with
Python's sockets disabled — every inet connect, DNS lookup or datagram is refused and logged —
and, where `unshare -n` works, inside a network namespace with no network at all; each run
must succeed with the same table as an ordinary run. A static check keeps network modules
and model downloads out of the code.
"""
from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
sys.path.insert(0, str(ROOT))
SAMPLES = ROOT / "corpora" / "samples"

SITECUSTOMIZE = '''
"""Installed by tests/test_offline.py: no process of this run may use the network."""
import os
import socket
import traceback

_LOG = os.environ.get("XUNCHA_NET_LOG", "")
if _LOG:
    with open(_LOG + ".loaded", "a", encoding="utf-8") as fh:
        fh.write(f"{os.getpid()}\\n")
_LOCAL = {getattr(socket, "AF_UNIX", None)}  # pipes between local processes are not network


def _refuse(what):
    if _LOG:
        with open(_LOG, "a", encoding="utf-8") as fh:
            fh.write(f"pid {os.getpid()}: {what}\\n" + "".join(traceback.format_stack(limit=12)) + "\\n")
    raise OSError(101, f"network disabled for this test ({what})")


_connect, _connect_ex, _sendto = socket.socket.connect, socket.socket.connect_ex, socket.socket.sendto


def connect(self, address):
    if self.family in _LOCAL:
        return _connect(self, address)
    _refuse(f"connect {address!r}")


def connect_ex(self, address):
    if self.family in _LOCAL:
        return _connect_ex(self, address)
    _refuse(f"connect_ex {address!r}")


def sendto(self, *args):
    if self.family in _LOCAL:
        return _sendto(self, *args)
    _refuse("sendto")


socket.socket.connect = connect
socket.socket.connect_ex = connect_ex
socket.socket.sendto = sendto
socket.create_connection = lambda address, *a, **k: _refuse(f"create_connection {address!r}")
socket.getaddrinfo = lambda host, *a, **k: _refuse(f"getaddrinfo {host!r}")
socket.gethostbyname = lambda host: _refuse(f"gethostbyname {host!r}")
socket.gethostbyname_ex = lambda host: _refuse(f"gethostbyname_ex {host!r}")
socket.gethostbyaddr = lambda host: _refuse(f"gethostbyaddr {host!r}")
'''

# Modules that talk to the network; none may be imported by the code that ships.
NETWORK_MODULES = ("socket", "ssl", "urllib", "urllib3", "requests", "httpx", "http", "aiohttp", "ftplib",
                   "smtplib", "poplib", "imaplib", "telnetlib", "xmlrpc", "socketserver", "websocket",
                   "websockets", "huggingface_hub", "paramiko")
# Calls that fetch models or data.
DOWNLOAD_CALLS = {"from_pretrained", "download", "hf_hub_download", "snapshot_download", "urlopen",
                  "urlretrieve", "download_model", "load_from_hub"}


def _offline_env(tmp: Path) -> tuple[dict, Path]:
    site = tmp / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    log = tmp / "network.log"
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(site)] + [p for p in [env.get("PYTHONPATH")] if p])
    env["XUNCHA_NET_LOG"] = str(log)
    for proxy in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        env.pop(proxy, None)
    return env, log


def _run_samples(out: Path, prefix=(), env=None) -> subprocess.CompletedProcess:
    out.mkdir(parents=True, exist_ok=True)
    return subprocess.run([*prefix, sys.executable, str(ROOT / "cli.py"), "run", str(SAMPLES), "--db",
                           str(out / "x.db"), "--jobs", "2", "-o", str(out / "报告.xlsx")],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)


def _same_results(db: Path, normal_db: Path) -> None:
    """The two stores give the same report and the same counts. (Compared as JSON: the
    table on stdout is laid out for the terminal width, which differs between environments.)"""
    from click.testing import CliRunner

    from cli import main

    def report(path):
        result = CliRunner().invoke(main, ["report", "--db", str(path), "--format", "json"])
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    def counts(path):
        result = CliRunner().invoke(main, ["status", "--db", str(path), "--format", "json"])
        assert result.exit_code == 0, result.output
        st = json.loads(result.stdout)
        return st["documents"], st["sentences"], st["clues"], st["tagger"], st["failed"]

    rows = report(db)
    assert rows and rows == report(normal_db)
    assert counts(db) == counts(normal_db)


def _log_text(log: Path) -> str:
    return log.read_text(encoding="utf-8") if log.exists() else ""


# --- sockets disabled ------------------------------------------------------------------------------

def test_offline_socket_guard_is_active(tmp_path):
    """The guard itself works: a connection attempt in a child process is refused and logged
    (so the test below could fail)."""
    env, log = _offline_env(tmp_path)
    probe = ("import socket\n"
             "try:\n    socket.create_connection(('127.0.0.1', 9), timeout=1)\nexcept OSError as e:\n"
             "    print('refused', e)\n"
             "s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\n"
             "try:\n    s.connect(('127.0.0.1', 9))\nexcept OSError as e:\n    print('refused', e)\n")
    proc = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=60)
    assert proc.stdout.count("refused [Errno 101] network disabled") == 2, proc.stdout + proc.stderr
    assert sum(line.startswith("pid ") for line in _log_text(log).splitlines()) == 2


@pytest.mark.slow
def test_offline_main_job_with_sockets_disabled(sample_store, tmp_path):
    env, log = _offline_env(tmp_path)
    proc = _run_samples(tmp_path / "out", env=env)
    assert proc.returncode == 0, proc.stderr
    assert not _log_text(log), "network use:\n" + _log_text(log)
    assert Path(f"{log}.loaded").read_text().split(), "the guard was not loaded"
    assert "合计" in proc.stdout
    _same_results(tmp_path / "out" / "x.db", sample_store[0])
    assert (tmp_path / "out" / "报告.xlsx").stat().st_size > 0


# --- no network at all -----------------------------------------------------------------------------

def _unshare_prefix() -> list[str] | None:
    exe = shutil.which("unshare")
    if not exe:
        return None
    for prefix in ([exe, "-n"], [exe, "-rn"]):
        try:
            if subprocess.run([*prefix, "true"], capture_output=True, timeout=30).returncode == 0:
                return prefix
        except (OSError, subprocess.SubprocessError):
            pass
    return None


@pytest.mark.slow
def test_offline_main_job_in_a_namespace_without_network(sample_store, tmp_path):
    prefix = _unshare_prefix()
    if prefix is None:
        pytest.skip("unshare -n does not work here (no unshare, or no permission for a network namespace)")
    # the namespace really has no network: a connection to a public address fails at once
    probe = subprocess.run([*prefix, sys.executable, "-c",
                            "import socket; socket.create_connection(('1.1.1.1', 53), timeout=3)"],
                           capture_output=True, text=True, timeout=60)
    assert probe.returncode != 0 and "unreachable" in probe.stderr.lower(), probe.stderr
    proc = _run_samples(tmp_path / "out", prefix=prefix)
    assert proc.returncode == 0, proc.stderr
    assert "合计" in proc.stdout
    _same_results(tmp_path / "out" / "x.db", sample_store[0])


# --- static check ------------------------------------------------------------------------------------

def _shipped_sources() -> list[Path]:
    return sorted((ROOT / "pipeline").rglob("*.py")) + [ROOT / "cli.py"]


def _imports(tree: ast.AST) -> list[tuple[int, str]]:
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            out.append((node.lineno, node.module))
    return out


def _call_name(node: ast.Call) -> str:
    f = node.func
    if isinstance(f, ast.Attribute):
        return f.attr
    if isinstance(f, ast.Name):
        return f.id
    return ""


def test_offline_code_imports_no_network_module():
    found = []
    for path in _shipped_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for line, module in _imports(tree):
            if module.split(".")[0] in NETWORK_MODULES:
                found.append(f"{path.relative_to(ROOT)}:{line}: import {module}")
    assert not found, "\n".join(found)


def _downloads(tree: ast.AST) -> list[tuple[int, str]]:
    """Download calls, and spacy.load of a package name (not a folder)."""
    out = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        if name in DOWNLOAD_CALLS:
            out.append((node.lineno, f"{name}(…)"))
        elif name == "load" and isinstance(node.func, ast.Attribute) and \
                isinstance(node.func.value, ast.Name) and node.func.value.id == "spacy":
            if not node.args or isinstance(node.args[0], ast.Constant):
                out.append((node.lineno, "spacy.load of a package name"))
    return out


def test_offline_code_downloads_nothing():
    """No download call, and spaCy loads only from a folder (a name like "zh_core_web_sm"
    would be a package that somebody must download)."""
    found = []
    for path in _shipped_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        found += [f"{path.relative_to(ROOT)}:{line}: {what}" for line, what in _downloads(tree)]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("source, bad", [
    ("import urllib.request\n", True),
    ("from http import client\n", True),
    ("import requests as r\n", True),
    ("from pipeline import socketry\n", False),
    ("import json\n", False),
])
def test_offline_static_check_sees_network_imports(source, bad):
    hits = [m for _, m in _imports(ast.parse(source)) if m.split(".")[0] in NETWORK_MODULES]
    assert bool(hits) is bad


@pytest.mark.parametrize("source, bad", [
    ("spacy.load('zh_core_web_sm')\n", True),
    ("m = AutoModel.from_pretrained('bert-base-chinese')\n", True),
    ("spacy.cli.download('zh_core_web_sm')\n", True),
    ("spacy.load(folder, config=overrides)\n", False),
    ("spacy.blank('zh')\n", False),
])
def test_offline_static_check_sees_downloads(source, bad):
    assert bool(_downloads(ast.parse(source))) is bad
