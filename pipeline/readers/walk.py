"""Find the files to read under the paths a user gives.

Choices (documented for the CLI help and the README):

* Folders are walked recursively, to any depth, without recursion in Python (an explicit
  stack), in a deterministic order: the entries of each folder sorted by name, folders
  descended into where they sort.
* Symbolic links to folders are followed, but each real folder (by resolved path) is walked at
  most once per call, so links that loop back (``a/b/up -> ..``) end instead of repeating.
  Links to files are read; a dangling link is a failure ("不存在 / no such file").
* While walking, hidden entries (name starting with ``.``, such as ``.git``) and Office lock
  files (``~$报告.docx``) are skipped silently; a path given explicitly is always considered.
* Anything that is not a regular file (sockets, FIFOs, devices) is skipped (never opened:
  opening a FIFO would block). A folder that cannot be listed is a failure.
* Each entry's ``path`` keeps the form the user gave (relative stays relative).
"""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

# Read directly (.txt, .docx, .pdf), through LibreOffice (legacy.py: .doc, .wps, .rtf, .odt …;
# where LibreOffice is missing each fails with one line saying what to install) or by OCR
# (ocr.py: images; fails with what to install where Tesseract is missing).
DIRECT_SUFFIXES = {".txt", ".docx", ".pdf", ".docm", ".dotx", ".dotm"}
LEGACY_SUFFIXES = {".doc", ".dot", ".wps", ".wpt", ".rtf", ".odt", ".ott"}
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".gif", ".webp"}
SUPPORTED_SUFFIXES = DIRECT_SUFFIXES | LEGACY_SUFFIXES | IMAGE_SUFFIXES

UNREAD_SUFFIXES: dict[str, str] = {
    ".uof": "UOF 格式暂不支持：请用 WPS/LibreOffice 另存为 .docx 后再导入 / save it as .docx and import again",
    ".uot": "UOF 格式暂不支持：请用 WPS/LibreOffice 另存为 .docx 后再导入 / save it as .docx and import again",
    ".ofd": "OFD 版式文件暂不支持：请用 OFD 阅读器（数科/福昕）导出为 PDF 后再导入 / export it as PDF",
    ".ceb": "CEB 版式文件暂不支持：请导出为 PDF 后再导入 / export it as PDF",
    ".heic": "HEIC 图片暂不支持：请转存为 JPG 或 PNG 后再导入 / save it as JPG or PNG",
    ".zip": "压缩包暂不支持：请先解压后再导入 / unpack the archive and import the folder",
    ".rar": "压缩包暂不支持：请先解压后再导入 / unpack the archive and import the folder",
    ".7z": "压缩包暂不支持：请先解压后再导入 / unpack the archive and import the folder",
}

NO_SUCH_FILE = "不存在 / no such file"


@dataclass(frozen=True)
class FileEntry:
    """One file found: ``action`` is "read", "fail" (with ``reason``) or "skip"."""

    path: Path
    action: str
    reason: str | None = None


def classify(path: Path) -> FileEntry:
    """The entry for one regular file, by its suffix (no reading)."""
    suffix = path.suffix.lower()
    if suffix in SUPPORTED_SUFFIXES:
        return FileEntry(path, "read")
    if suffix in UNREAD_SUFFIXES:
        return FileEntry(path, "fail", UNREAD_SUFFIXES[suffix])
    return FileEntry(path, "skip", f"not a document type xuncha reads ({suffix or 'no suffix'})")


def _is_ignored(name: str) -> bool:
    return name.startswith(".") or name.startswith("~$")


def iter_files(paths: Iterable[str | Path]) -> Iterator[FileEntry]:
    """Yield one ``FileEntry`` per file under ``paths`` (files and folders), in order.

    Each file is yielded once per call even when reached twice; see the module docstring for
    symlinks, hidden entries and ordering.
    """
    seen_dirs: set[str] = set()
    seen_files: set[str] = set()
    for given in paths:
        yield from _walk(Path(given), seen_dirs, seen_files)


def _walk(root: Path, seen_dirs: set[str], seen_files: set[str]) -> Iterator[FileEntry]:
    stack: list[Path] = [root]
    while stack:
        path = stack.pop()
        try:
            st = os.stat(path)  # follows symlinks
        except FileNotFoundError:
            yield FileEntry(path, "fail", NO_SUCH_FILE)
            continue
        except OSError as exc:
            yield FileEntry(path, "fail", f"cannot access ({exc.strerror or type(exc).__name__})")
            continue
        if stat.S_ISDIR(st.st_mode):
            real = os.path.realpath(path)
            if real in seen_dirs:
                continue
            seen_dirs.add(real)
            try:
                with os.scandir(path) as it:
                    names = sorted(e.name for e in it)
            except OSError as exc:
                yield FileEntry(
                    path, "fail", f"cannot open folder ({exc.strerror or type(exc).__name__})"
                )
                continue
            # push in reverse so the stack pops them in sorted order
            for name in reversed(names):
                if not _is_ignored(name):
                    stack.append(path / name)
        elif stat.S_ISREG(st.st_mode):
            key = os.path.abspath(path)
            if key not in seen_files:
                seen_files.add(key)
                yield classify(path)
        else:
            yield FileEntry(path, "skip", "not a regular file (device, pipe or socket)")
