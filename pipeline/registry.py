"""Model versions in the user's data folder: every trained model kept, one of them active.

Layout under ``resources.user_models_dir()`` (``$XUNCHA_HOME/models`` or ``~/.xuncha/models``)::

    versions/<id>/model.skops, model.json   the model, as ``classifier.save_model`` writes it
    versions/<id>/registry.json             how it was made: figures, gate decision, when
    active                                  the id of the active version (absent: shipped model)
    history.jsonl                           one line per activation (promote, force, use, rollback)

A version id is ``<UTC time>-<first 8 hex digits of the model file's SHA-256>``. Models are
read through ``classifier.load_model`` only (hash check, no unpickling). The Tagger uses the
active version when no ``--model`` is given (``resources.models_dir``); ``shipped`` names the
model that comes with the package.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from .classifier import META_FILE, MODEL_FILE, file_sha256, load_model
from .errors import ModelError
from .resources import ACTIVE_FILE, VERSIONS_DIR, shipped_models_dir, user_models_dir

SHIPPED = "shipped"
INFO_FILE = "registry.json"
HISTORY_FILE = "history.jsonl"
_ID = re.compile(r"^\d{8}-\d{6}-[0-9a-f]{8}(?:-\d+)?$")


class RegistryError(ModelError):
    """A version that does not exist, an ambiguous id, nothing to roll back to."""


@dataclass(frozen=True)
class ModelVersion:
    id: str
    folder: Path
    info: dict  # registry.json: created, model_sha256, training, figures, baseline, decision

    @property
    def created(self) -> str:
        return str(self.info.get("created", ""))


def registry_root(root: Optional[Path] = None) -> Path:
    return Path(root) if root else user_models_dir()


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def _read_info(folder: Path) -> dict:
    try:
        return json.loads((folder / INFO_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def list_versions(root: Optional[Path] = None) -> list[ModelVersion]:
    """Every stored version, oldest first."""
    base = registry_root(root) / VERSIONS_DIR
    if not base.is_dir():
        return []
    return [ModelVersion(p.name, p, _read_info(p)) for p in sorted(base.iterdir())
            if p.is_dir() and _ID.match(p.name) and (p / META_FILE).is_file()]


def get_version(ident: str, root: Optional[Path] = None) -> ModelVersion:
    """A version by its id, a unique prefix of it, or its 8-digit model hash."""
    ident = ident.strip()
    versions = list_versions(root)
    exact = [v for v in versions if v.id == ident]
    if exact:
        return exact[0]
    found = [v for v in versions if v.id.startswith(ident) or v.id.split("-")[2] == ident]
    if len(found) == 1:
        return found[0]
    where = registry_root(root)
    if not found:
        raise RegistryError(f"{where}: no model version '{ident}'; see `xuncha model list`")
    raise RegistryError(f"{where}: '{ident}' matches {len(found)} versions; give more of the id")


def active_id(root: Optional[Path] = None) -> str:
    """The active version's id, or ``shipped``."""
    try:
        value = (registry_root(root) / ACTIVE_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        return SHIPPED
    return value or SHIPPED


def active_folder(root: Optional[Path] = None) -> Path:
    """The folder of the active model (the shipped one when no version is active)."""
    vid = active_id(root)
    return shipped_models_dir() if vid == SHIPPED else get_version(vid, root).folder


def history(root: Optional[Path] = None) -> list[dict]:
    path = registry_root(root) / HISTORY_FILE
    if not path.is_file():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            out.append(json.loads(line))
        except ValueError:
            continue  # a line cut short by a crash; the others still tell the story
    return out


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def add_version(model_folder: Path, info: dict, root: Optional[Path] = None) -> ModelVersion:
    """Copy a trained model folder into the registry as a new (inactive) version."""
    model_folder = Path(model_folder)
    load_model(model_folder)  # refuses a tampered or unreadable model before it is kept
    sha = file_sha256(model_folder / MODEL_FILE)
    base = registry_root(root) / VERSIONS_DIR
    base.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime())
    vid = f"{stamp}-{sha[:8]}"
    n = 1
    while (base / vid).exists():
        n += 1
        vid = f"{stamp}-{sha[:8]}-{n}"
    tmp = base / f".{vid}.tmp"
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir()
    for name in (MODEL_FILE, META_FILE):
        shutil.copy2(model_folder / name, tmp / name)
    info = {"id": vid, "created": _now(), "model_sha256": sha, **info}
    (tmp / INFO_FILE).write_text(json.dumps(info, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, base / vid)
    return ModelVersion(vid, base / vid, info)


def update_info(version: ModelVersion, **fields) -> ModelVersion:
    info = {**version.info, **fields}
    _write_atomic(version.folder / INFO_FILE, json.dumps(info, ensure_ascii=False, indent=2) + "\n")
    return ModelVersion(version.id, version.folder, info)


def activate(ident: str, action: str = "use", note: str = "", root: Optional[Path] = None) -> str:
    """Make a version (or ``shipped``) the active model; returns its id. The model is loaded
    first, so a damaged version is never made active."""
    previous = active_id(root)
    if ident == SHIPPED:
        vid = SHIPPED
        load_model(shipped_models_dir())
    else:
        version = get_version(ident, root)
        load_model(version.folder)
        vid = version.id
    base = registry_root(root)
    if vid == SHIPPED:
        try:
            (base / ACTIVE_FILE).unlink()
        except FileNotFoundError:
            pass
    else:
        _write_atomic(base / ACTIVE_FILE, vid + "\n")
    event = {"at": _now(), "action": action, "id": vid, "previous": previous}
    if note:
        event["note"] = note
    base.mkdir(parents=True, exist_ok=True)
    with open(base / HISTORY_FILE, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(event, ensure_ascii=False) + "\n")
    return vid


def rollback(root: Optional[Path] = None) -> str:
    """Go back to the model that was active before the current one became active; repeated
    rollbacks walk further back. Returns the id now active."""
    current = active_id(root)
    made_active = [e for e in history(root) if e.get("id") == current and e.get("action") != "rollback"]
    if not made_active:
        raise RegistryError(f"{registry_root(root)}: nothing to roll back to (the active model is {current})")
    target = made_active[-1].get("previous") or SHIPPED
    if target == current:
        raise RegistryError(f"{registry_root(root)}: nothing to roll back to (the active model is {current})")
    return activate(target, action="rollback", note=f"from {current}", root=root)
