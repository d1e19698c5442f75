"""Model registry: versions in the user's data folder, the active pointer, use and rollback."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipeline import registry
from pipeline.errors import ModelError
from pipeline.resources import models_dir, shipped_models_dir

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("XUNCHA_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def _model_copy(tmp_path, name="m") -> Path:
    folder = tmp_path / name
    folder.mkdir()
    for f in ("model.skops", "model.json"):
        shutil.copy2(shipped_models_dir() / f, folder / f)
    return folder


def test_registry_active_version_is_what_the_tagger_reads(home, tmp_path):
    assert models_dir() == shipped_models_dir()
    v = registry.add_version(_model_copy(tmp_path), {"figures": {}, "decision": {"promoted": True}})
    assert models_dir() == shipped_models_dir()  # added, not yet active
    registry.activate(v.id)
    assert models_dir() == v.folder
    assert models_dir(tmp_path / "elsewhere") == tmp_path / "elsewhere"  # --model still wins
    assert v.id.split("-")[2] == v.info["model_sha256"][:8]
    assert json.loads((v.folder / "registry.json").read_text(encoding="utf-8"))["decision"] == {"promoted": True}


def test_registry_rollback_restores_the_previous_active_model(home, tmp_path):
    a = registry.add_version(_model_copy(tmp_path, "a"), {})
    b = registry.add_version(_model_copy(tmp_path, "b"), {})
    assert a.id != b.id
    registry.activate(a.id, "promote")
    registry.activate(b.id, "promote")
    assert registry.active_id() == b.id
    assert registry.rollback() == a.id
    assert models_dir() == a.folder
    assert registry.rollback() == registry.SHIPPED
    assert models_dir() == shipped_models_dir()
    with pytest.raises(registry.RegistryError, match="nothing to roll back"):
        registry.rollback()
    actions = [e["action"] for e in registry.history()]
    assert actions == ["promote", "promote", "rollback", "rollback"]


def test_registry_refuses_to_activate_a_tampered_version(home, tmp_path):
    a = registry.add_version(_model_copy(tmp_path, "a"), {})
    registry.activate(a.id)
    b = registry.add_version(_model_copy(tmp_path, "b"), {})
    data = bytearray((b.folder / "model.skops").read_bytes())
    data[-100] ^= 0xFF
    (b.folder / "model.skops").write_bytes(bytes(data))
    with pytest.raises(ModelError, match="tampered"):
        registry.activate(b.id)
    assert registry.active_id() == a.id


def test_registry_refuses_to_keep_a_tampered_model(home, tmp_path):
    folder = _model_copy(tmp_path)
    (folder / "model.json").write_text(json.dumps({"model_sha256": "0" * 64}), encoding="utf-8")
    with pytest.raises(ModelError):
        registry.add_version(folder, {})
    assert registry.list_versions() == []


@pytest.mark.parametrize("ident", ["nope", "2099"])
def test_registry_unknown_id_is_refused(home, tmp_path, ident):
    registry.add_version(_model_copy(tmp_path), {})
    with pytest.raises(registry.RegistryError, match="no model version"):
        registry.activate(ident)


def test_registry_finds_a_version_by_prefix_or_hash(home, tmp_path):
    v = registry.add_version(_model_copy(tmp_path), {})
    assert registry.get_version(v.id[:10]).id == v.id
    assert registry.get_version(v.id.split("-")[2]).id == v.id


def test_registry_missing_active_version_is_an_error_not_a_silent_fallback(home, tmp_path):
    v = registry.add_version(_model_copy(tmp_path), {})
    registry.activate(v.id)
    shutil.rmtree(v.folder)
    with pytest.raises(ModelError, match="xuncha model"):
        models_dir()


def test_registry_cli_list_use_rollback(home, tmp_path):
    import os

    from conftest import run_cli

    v = registry.add_version(_model_copy(tmp_path), {"decision": {"promoted": False}, "gate_set": "hold-out"})
    env = dict(os.environ, XUNCHA_HOME=str(home))
    proc = run_cli("model", "use", v.id.split("-")[2], env=env)
    assert proc.returncode == 0, proc.stderr_text
    listed = run_cli("model", "list", env=env).stdout_text
    assert f"* {v.id}" in listed and "  shipped" in listed
    proc = run_cli("model", "rollback", env=env)
    assert proc.returncode == 0 and "shipped" in proc.stderr_text
    assert json.loads(run_cli("model", "list", "--format", "json", env=env).stdout_text)["active"] == "shipped"
    proc = run_cli("model", "rollback", env=env)
    assert proc.returncode == 1 and "nothing to roll back" in proc.stderr_text
