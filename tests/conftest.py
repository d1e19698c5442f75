"""Shared fixtures. The real sample lives outside the repo (../shared/samples) and tests that
need it skip when it is absent."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED_SAMPLES = ROOT.parent / "shared" / "samples"
SAMPLES = ROOT / "corpora" / "samples"


def run_cli(*args, input: bytes | None = None, env=None, cwd=None, timeout=300):
    """Run the real CLI in a subprocess; returns CompletedProcess with text stdout/stderr."""
    proc = subprocess.run([sys.executable, str(ROOT / "cli.py"), *map(str, args)], input=input,
                          capture_output=True, cwd=cwd or ROOT, env=env, timeout=timeout)
    proc.stdout_text = proc.stdout.decode("utf-8")
    proc.stderr_text = proc.stderr.decode("utf-8")
    return proc


@pytest.fixture(scope="session", autouse=True)
def _private_data_folder(tmp_path_factory):
    """Tests never read or write the developer's own data folder (~/.xuncha: trained models, the
    active registry version, edited rules): every test, and every CLI it starts, gets an empty
    one of its own for the session."""
    home = tmp_path_factory.mktemp("xuncha-home")
    saved = {k: os.environ.get(k) for k in ("XUNCHA_HOME",)}
    os.environ["XUNCHA_HOME"] = str(home)
    yield home
    for k, v in saved.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


@pytest.fixture(scope="session")
def tagger():
    from pipeline.extract import Tagger

    return Tagger()


@pytest.fixture(scope="session")
def real_sample():
    txt = SHARED_SAMPLES / "xinjin_2020_political_ecology.txt"
    gold = SHARED_SAMPLES / "xinjin_2020_political_ecology.gold.json"
    if not txt.is_file() or not gold.is_file():
        pytest.skip("the real sample (../shared/samples) is not here")
    return txt, json.loads(gold.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory):
    """The bundled samples run through `xuncha run` once: (db path, stdout, stderr, out dir)."""
    out = tmp_path_factory.mktemp("run")
    db = out / "x.db"
    proc = run_cli("run", SAMPLES, "--db", db, "--jobs", "2", "-o", out / "报告.xlsx")
    assert proc.returncode == 0, proc.stderr_text
    return db, proc.stdout_text, proc.stderr_text, out
