"""Accounts and sessions of the review desk: scrypt password hashes, server-side sessions.

Standard library only, so ``xuncha user add`` works without the web stack. Passwords are
hashed with ``hashlib.scrypt`` (random 16-byte salt, n=2**14, r=8, p=1) and compared in
constant time; a session is a random token in an HttpOnly cookie whose SHA-256 is the key of a
``sessions`` row holding the user and the session's CSRF token.
"""
from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets
import sqlite3
import time
from dataclasses import dataclass
from typing import Optional

from ..errors import XunchaError

ROLES = ("admin", "reviewer", "viewer")
WRITE_ROLES = ("admin", "reviewer")
SESSION_SECONDS = 12 * 3600
MIN_PASSWORD = 8
_SCRYPT = {"n": 2 ** 14, "r": 8, "p": 1}


class DeskError(XunchaError):
    """A review-desk request that cannot be done (bad user name, refused host …)."""


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: str

    @property
    def can_write(self) -> bool:
        return self.role in WRITE_ROLES


@dataclass(frozen=True)
class Session:
    user: User
    csrf: str


def hash_password(password: str, *, salt: Optional[bytes] = None) -> str:
    """``scrypt$n$r$p$salt-hex$hash-hex`` for ``password`` (a fresh random salt by default)."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, dklen=32, maxmem=64 * 1024 * 1024, **_SCRYPT)
    return f"scrypt${_SCRYPT['n']}${_SCRYPT['r']}${_SCRYPT['p']}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    """Constant-time check of ``password`` against a ``hash_password`` string."""
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        want = bytes.fromhex(digest)
        got = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
                             dklen=len(want), maxmem=64 * 1024 * 1024)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, want)


# A hash to check against when the user name is unknown, so a login takes as long either way.
_DUMMY = hash_password("not a password", salt=b"\0" * 16)


def add_user(conn: sqlite3.Connection, name: str, role: str, password: str) -> User:
    name = name.strip()
    if not name or len(name) > 64 or any(ch.isspace() for ch in name):
        raise DeskError("user name: 1–64 characters without spaces; choose another name")
    if role not in ROLES:
        raise DeskError(f"role '{role}': use one of {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD:
        raise DeskError(f"password too short: at least {MIN_PASSWORD} characters")
    if conn.execute("SELECT 1 FROM users WHERE name = ?", (name,)).fetchone():
        raise DeskError(f"user '{name}' exists already; pick another name or remove it first")
    cur = conn.execute("INSERT INTO users (name, role, password, created_at) VALUES (?,?,?,?)",
                       (name, role, hash_password(password), time.time()))
    return User(cur.lastrowid, name, role)


def remove_user(conn: sqlite3.Connection, name: str) -> None:
    row = conn.execute("SELECT id FROM users WHERE name = ?", (name,)).fetchone()
    if not row:
        raise DeskError(f"no user '{name}'; see `xuncha user list`")
    conn.execute("DELETE FROM sessions WHERE user_id = ?", (row[0],))
    conn.execute("DELETE FROM users WHERE id = ?", (row[0],))


def set_password(conn: sqlite3.Connection, name: str, password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise DeskError(f"password too short: at least {MIN_PASSWORD} characters")
    row = conn.execute("SELECT id FROM users WHERE name = ?", (name,)).fetchone()
    if not row:
        raise DeskError(f"no user '{name}'; see `xuncha user list`")
    conn.execute("UPDATE users SET password = ? WHERE id = ?", (hash_password(password), row[0]))
    conn.execute("DELETE FROM sessions WHERE user_id = ?", (row[0],))  # log out everywhere


def list_users(conn: sqlite3.Connection) -> list[dict]:
    return [{"name": r[0], "role": r[1], "created_at": r[2]}
            for r in conn.execute("SELECT name, role, created_at FROM users ORDER BY name")]


def has_admin(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM users WHERE role = 'admin' LIMIT 1").fetchone() is not None


def authenticate(conn: sqlite3.Connection, name: str, password: str) -> Optional[User]:
    row = conn.execute("SELECT id, name, role, password FROM users WHERE name = ?", (name,)).fetchone()
    if row is None:
        verify_password(password, _DUMMY)
        return None
    if not verify_password(password, row[3]):
        return None
    return User(row[0], row[1], row[2])


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("ascii", "replace")).hexdigest()


def start_session(conn: sqlite3.Connection, user: User) -> str:
    """A new session for ``user``; returns the cookie token (only its hash is stored)."""
    token = secrets.token_urlsafe(32)
    now = time.time()
    conn.execute("DELETE FROM sessions WHERE expires_at < ?", (now,))
    conn.execute("INSERT INTO sessions (token_hash, user_id, csrf, created_at, expires_at) VALUES (?,?,?,?,?)",
                 (_token_hash(token), user.id, secrets.token_urlsafe(32), now, now + SESSION_SECONDS))
    return token


def load_session(conn: sqlite3.Connection, token: Optional[str]) -> Optional[Session]:
    if not token or len(token) > 200:
        return None
    row = conn.execute(
        "SELECT u.id, u.name, u.role, s.csrf, s.expires_at FROM sessions s JOIN users u ON u.id = s.user_id"
        " WHERE s.token_hash = ?", (_token_hash(token),)).fetchone()
    if row is None or row[4] < time.time():
        return None
    return Session(User(row[0], row[1], row[2]), row[3])


def end_session(conn: sqlite3.Connection, token: Optional[str]) -> None:
    if token:
        conn.execute("DELETE FROM sessions WHERE token_hash = ?", (_token_hash(token),))


def is_loopback(host: str) -> bool:
    host = host.strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_bind(conn: sqlite3.Connection, host: str) -> None:
    """Refuse to listen beyond this machine while no admin account exists."""
    if not is_loopback(host) and not has_admin(conn):
        raise DeskError(f"--host {host} is reachable from other machines and no admin user exists; "
                        "create one first: xuncha user add NAME --role admin")
