"""Where the shipped rules and model live, and where a user's edited copies go.

In the source tree they are the top-level ``rules/`` and ``models/`` folders; installed,
they are the package data ``pipeline/rules`` and ``pipeline/models`` (pyproject maps one
onto the other). A user's own copies live in a data folder: ``--rules``/``--model``
options, or ``$XUNCHA_HOME``; the installed package is never written to.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import BinaryIO, Callable, Iterable

_PACKAGE_DIR = Path(__file__).resolve().parent
_SOURCE_ROOT = _PACKAGE_DIR.parent


def _shipped(name: str) -> Path:
    installed = _PACKAGE_DIR / name
    if installed.is_dir():
        return installed
    return _SOURCE_ROOT / name


def home_dir() -> Path | None:
    """The user's data folder, if one is set."""
    value = os.environ.get("XUNCHA_HOME")
    return Path(value).expanduser() if value else None


def rules_dir(override: str | os.PathLike | None = None) -> Path:
    """The rules folder to use: an explicit one, the user's copy, or the shipped one."""
    if override:
        return Path(override)
    home = home_dir()
    if home and (home / "rules" / "taxonomy.yml").is_file():
        return home / "rules"
    return _shipped("rules")


def shipped_models_dir() -> Path:
    return _shipped("models")


ACTIVE_FILE = "active"  # in user_models_dir(): the id of the active registry version
VERSIONS_DIR = "versions"


def active_user_model() -> Path | None:
    """The folder of the active version in the user's model registry (pipeline.registry), if
    one is active. A pointer to a missing version is an error, not a silent fallback."""
    root = user_models_dir()
    try:
        vid = (root / ACTIVE_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    if not vid or vid == "shipped":
        return None
    folder = root / VERSIONS_DIR / vid
    if "/" in vid or "\\" in vid or not (folder / "model.json").is_file():
        from .errors import ModelError

        raise ModelError(f"{root / ACTIVE_FILE}: the active model version is missing; "
                         "run `xuncha model list` and `xuncha model use ID` (or `xuncha model rollback`)")
    return folder


def models_dir(override: str | os.PathLike | None = None) -> Path:
    """The model folder to read: an explicit one, the active version of the user's registry,
    the user's trained one ($XUNCHA_HOME/models), or the shipped one."""
    if override:
        return Path(override)
    active = active_user_model()
    if active is not None:
        return active
    home = home_dir()
    if home and (home / "models" / "model.json").is_file():
        return home / "models"
    return shipped_models_dir()


def user_models_dir() -> Path:
    """Where ``xuncha train`` writes: ``$XUNCHA_HOME/models`` or ``~/.xuncha/models``."""
    home = home_dir() or Path.home() / ".xuncha"
    return home / "models"


def corpora_dir() -> Path:
    """The labelled corpus; present in the source tree only."""
    return _SOURCE_ROOT / "corpora"


def write_cache_file(path: Path, write: Callable[[BinaryIO], None], stale: Iterable[Path] = ()) -> None:
    """Write a cache file whole (``write(fh)`` into a temporary file beside it, then renamed),
    so a concurrent worker never reads half of it, and delete the ``stale`` caches it replaces
    (another version's or dictionary's). A cache folder that cannot be written only means
    building the cached thing again next time: errors are swallowed."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            write(fh)
        os.replace(tmp, path)
        for old in stale:
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        tmp.unlink(missing_ok=True)


def cache_dir() -> Path:
    """The private cache folder (jieba's prefix dictionary, LibreOffice profiles):
    ``$XUNCHA_CACHE``, ``$XUNCHA_HOME/cache`` or ``~/.cache/xuncha``, owner-only; a per-user
    temp folder when that cannot be written."""
    base = os.environ.get("XUNCHA_CACHE")
    if base:
        path = Path(base)
    else:
        home = os.environ.get("XUNCHA_HOME")
        path = Path(home) / "cache" if home else Path.home() / ".cache" / "xuncha"
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        probe = path / ".write-test"
        probe.touch()
        probe.unlink()
    except OSError:
        uid = os.getuid() if hasattr(os, "getuid") else "u"
        path = Path(tempfile.gettempdir()) / f"xuncha-cache-{uid}"
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path
