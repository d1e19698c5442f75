"""Typed errors. ``pipeline`` raises these; ``cli.py`` turns them into messages and exit codes.

Every message says what went wrong, where, and how to fix it, in one line, and never
quotes document text (these documents name people under investigation).
"""
from __future__ import annotations


class XunchaError(Exception):
    """Base class of every error xuncha raises on purpose."""


class ReadError(XunchaError):
    """A file could not be read as a document. ``reason`` is one line for the user."""

    def __init__(self, path: str, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class UnsupportedFormat(ReadError):
    """A format users expect (.doc, .wps, images) that this version cannot read yet."""


class NeedsOCR(ReadError):
    """A PDF page (or the whole file) has no usable text layer."""


class NoText(ReadError):
    """The file holds no text after cleaning."""


class RuleFileError(XunchaError):
    """A rule or taxonomy file is malformed. Names the file and line."""

    def __init__(self, path: str, reason: str, line: int | None = None):
        self.path = str(path)
        self.line = line
        self.reason = reason
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {reason}")


class StoreError(XunchaError):
    """The store file is missing, corrupt, locked or not a xuncha store."""


class ModelError(XunchaError):
    """The model file is missing, tampered with, or does not match its metadata."""
