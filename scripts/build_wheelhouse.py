#!/usr/bin/env python3
"""Build a wheelhouse: every wheel needed to install xuncha on a machine with no package index.

Run it on a machine that reaches a package index (PyPI or a mirror set in pip's config)::

    python scripts/build_wheelhouse.py --platform linux-x86_64 --python 3.11
    python scripts/build_wheelhouse.py --platform win-amd64 --python 3.12 --with-test

It builds the project's own wheel, downloads every dependency as a binary wheel for the named
target (``pip download --only-binary=:all: --platform ... --python-version ...``), builds a wheel
for any pure-python dependency that is published only as an sdist (jieba 0.42.1 is one), then
checks that the wheels form a closed set for the target: pip evaluates environment markers such
as ``platform_system == "Windows"`` or ``python_version < "3.11"`` against the machine it runs
on, not the target, so a cross-platform download can miss a dependency (colorama on Windows);
such gaps are downloaded in further rounds. Finally it writes README.txt (how to install) and
SHA256SUMS, and prints the total size.

Standard library only (Python >= 3.10); it drives ``python -m pip`` of the interpreter that runs
it. The closure check uses ``packaging`` (installed, or the copy vendored inside pip) and is
skipped with a warning when neither can be imported.

Exit status: 0 when the wheelhouse is complete, 1 when a dependency cannot be had for the
target (the wheels that could be had are still written), 2 on bad arguments.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from email.parser import HeaderParser
from pathlib import Path

PROJECT_NAME = "xuncha"
PLATFORMS = ("linux-x86_64", "linux-aarch64", "win-amd64")
DEFAULT_GLIBC = "2.28"
# glibc 2.17 is manylinux2014, the oldest baseline that most scientific wheels still ship.
MIN_GLIBC = (2, 17)
MAX_ROUNDS = 12

_MISSING_RE = re.compile(
    r"(?:Could not find a version that satisfies the requirement|"
    r"No matching distribution found for|"
    r"Cannot install)\s+([^\s;(]+)"  # what a constraints file turns "none found" into
)


# --------------------------------------------------------------------------------------------
# Targets


def platform_tags(platform: str, glibc: str = DEFAULT_GLIBC) -> list[str]:
    """The pip ``--platform`` tags a wheel may carry to run on *platform*, most specific first.

    Linux targets accept every manylinux level from the given glibc down to 2.17
    (manylinux2014), in both the PEP 600 spelling and the legacy alias; x86_64 also accepts the
    older manylinux2010 and manylinux1 wheels, which run on any newer glibc. musllinux is not
    covered.
    """
    if platform == "win-amd64":
        return ["win_amd64"]
    if platform not in ("linux-x86_64", "linux-aarch64"):
        raise ValueError(f"unknown platform {platform!r}; choose one of {', '.join(PLATFORMS)}")
    arch = platform.split("-", 1)[1]
    major, minor = _parse_glibc(glibc)
    tags = [f"manylinux_{major}_{m}_{arch}" for m in range(minor, MIN_GLIBC[1] - 1, -1)]
    tags.append(f"manylinux2014_{arch}")
    if arch == "x86_64":
        tags += [
            "manylinux_2_12_x86_64",
            "manylinux2010_x86_64",
            "manylinux_2_5_x86_64",
            "manylinux1_x86_64",
        ]
    return tags


def _parse_glibc(glibc: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d+)\.(\d+)", glibc.strip())
    if not match:
        raise ValueError(f"glibc version {glibc!r} is not of the form 2.28")
    version = (int(match.group(1)), int(match.group(2)))
    if version[0] != 2 or version < MIN_GLIBC:
        raise ValueError(f"glibc {glibc} is below 2.17 (manylinux2014); choose 2.17 or later")
    return version


def parse_python_version(value: str) -> tuple[int, int]:
    """``"3.11"`` -> ``(3, 11)``; only CPython 3.10 and later are targets."""
    match = re.fullmatch(r"3\.(\d+)", value.strip())
    if not match or int(match.group(1)) < 10:
        raise ValueError(f"python version {value!r} is not 3.10 or later (write it as 3.11)")
    return 3, int(match.group(1))


def target_environment(platform: str, python: tuple[int, int]) -> dict[str, str]:
    """PEP 508 marker variables of a CPython *python* on *platform*."""
    if platform == "win-amd64":
        system = {"os_name": "nt", "sys_platform": "win32", "platform_system": "Windows",
                  "platform_machine": "AMD64"}
    elif platform in ("linux-x86_64", "linux-aarch64"):
        system = {"os_name": "posix", "sys_platform": "linux", "platform_system": "Linux",
                  "platform_machine": platform.split("-", 1)[1]}
    else:
        raise ValueError(f"unknown platform {platform!r}; choose one of {', '.join(PLATFORMS)}")
    version = f"{python[0]}.{python[1]}"
    return {
        **system,
        "python_version": version,
        "python_full_version": f"{version}.0",
        "implementation_name": "cpython",
        "implementation_version": f"{version}.0",
        "platform_python_implementation": "CPython",
        "platform_release": "",
        "platform_version": "",
        "extra": "",
    }


# --------------------------------------------------------------------------------------------
# Requirements from pyproject.toml


def read_requirements(pyproject: Path, extras: tuple[str, ...] = ()) -> list[str]:
    """``[project].dependencies`` plus the named optional-dependency groups, in order, deduplicated."""
    try:
        text = pyproject.read_text(encoding="utf-8")
    except OSError as exc:
        raise ValueError(f"{pyproject}: cannot read it ({exc.strerror}); pass --project") from exc
    data = load_toml(text)
    project = data.get("project")
    if not isinstance(project, dict) or not isinstance(project.get("dependencies"), list):
        raise ValueError(f"{pyproject}: no [project] dependencies list; is this the xuncha root?")
    requirements = list(project["dependencies"])
    optional = project.get("optional-dependencies") or {}
    for extra in extras:
        if extra not in optional:
            raise ValueError(f"{pyproject}: no optional-dependencies group {extra!r}")
        requirements += optional[extra]
    seen: set[str] = set()
    return [r for r in (s.strip() for s in requirements) if r and not (r in seen or seen.add(r))]


def load_toml(text: str) -> dict:
    """tomllib where the standard library has it (3.11+), else :func:`mini_toml`."""
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        return mini_toml(text)
    return tomllib.loads(text)


def mini_toml(text: str) -> dict:
    """Just enough TOML for pyproject's ``[project]`` tables on Python 3.10.

    Reads ``[table]`` headers and ``key = "string"`` / ``key = ["string", ...]`` entries (arrays
    may span lines and hold comments); keys with any other kind of value, and ``[[array]]``
    tables, are skipped.
    """
    root: dict = {}
    table: dict | None = root
    pos, end = 0, len(text)
    while pos < end:
        pos = _skip_space(text, pos, newlines=True)
        if pos >= end:
            break
        char = text[pos]
        if char == "#":
            pos = _line_end(text, pos)
        elif text.startswith("[[", pos):
            table = None
            pos = _line_end(text, pos)
        elif char == "[":
            close = text.index("]", pos)
            table = root
            for part in _split_key(text[pos + 1:close]):
                table = table.setdefault(part, {})
            pos = _line_end(text, close)
        else:
            eq = text.index("=", pos)
            keys = _split_key(text[pos:eq])
            pos = _skip_space(text, eq + 1)
            value, pos = _value(text, pos)
            if table is not None and value is not None:
                target = table
                for part in keys[:-1]:
                    target = target.setdefault(part, {})
                target[keys[-1]] = value
            pos = _line_end(text, pos)
    return root


def _skip_space(text: str, pos: int, newlines: bool = False) -> int:
    blank = " \t\r\n" if newlines else " \t"
    while pos < len(text) and text[pos] in blank:
        pos += 1
    return pos


def _line_end(text: str, pos: int) -> int:
    newline = text.find("\n", pos)
    return len(text) if newline < 0 else newline + 1


def _split_key(raw: str) -> list[str]:
    parts = re.findall(r'"((?:[^"\\]|\\.)*)"|\'([^\']*)\'|([A-Za-z0-9_\-]+)', raw)
    return [a or b or c for a, b, c in parts]


def _string(text: str, pos: int) -> tuple[str, int]:
    quote = text[pos]
    if text.startswith(quote * 3, pos):
        close = text.index(quote * 3, pos + 3)
        value = text[pos + 3:close]
        return (_unescape(value) if quote == '"' else value).lstrip("\n"), close + 3
    if quote == "'":
        close = text.index("'", pos + 1)
        return text[pos + 1:close], close + 1
    i = pos + 1
    while text[i] != '"':
        i += 2 if text[i] == "\\" else 1
    return _unescape(text[pos + 1:i]), i + 1


def _unescape(value: str) -> str:
    escapes = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "b": "\b", "f": "\f"}

    def repl(m: re.Match) -> str:
        body = m.group(1)
        if body[0] in "uU":
            return chr(int(body[1:], 16))
        return escapes.get(body, m.group(0))

    return re.sub(r"\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)", repl, value)


def _value(text: str, pos: int) -> tuple[object, int]:
    """A string or an array of strings at *pos*; None (skipped) for anything else."""
    if pos < len(text) and text[pos] in "\"'":
        return _string(text, pos)
    if pos < len(text) and text[pos] == "[":
        items: list = []
        pos += 1
        while True:
            pos = _skip_space(text, pos, newlines=True)
            if text[pos] == "#":
                pos = _line_end(text, pos)
            elif text[pos] == ",":
                pos += 1
            elif text[pos] == "]":
                return items, pos + 1
            else:
                item, pos = _value(text, pos)
                items.append(item)
    # Inline tables, numbers, booleans, dates: skip to the end of the (possibly nested) value.
    depth = 0
    while pos < len(text):
        char = text[pos]
        if char in "\"'":
            _, pos = _string(text, pos)
            continue
        if char in "[{":
            depth += 1
        elif char in "]}":
            depth -= 1
        elif char in "\n#" and depth <= 0:
            break
        pos += 1
    return None, pos


# --------------------------------------------------------------------------------------------
# pip


def _pip(*args: str, log=print) -> tuple[int, str]:
    """Run ``python -m pip ARGS`` (download or wheel); echo its output, return (exit code, output)."""
    command = [sys.executable, "-m", "pip", *args, "--disable-pip-version-check",
               "--progress-bar", "off"]
    log("$ pip " + " ".join(args))
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, encoding="utf-8", errors="replace")
    lines = []
    assert proc.stdout is not None
    for line in proc.stdout:
        lines.append(line)
        log("    " + line.rstrip())
    return proc.wait(), "".join(lines)


_TOP_LEVEL_SKIP = {".git", ".hg", ".venv", "venv", "build", "dist", "wheelhouse", ".tox", ".nox",
                   ".pytest_cache", ".hypothesis", ".mypy_cache", ".ruff_cache"}


def _copy_ignore(root: Path, *exclude: Path):
    """``shutil.copytree`` ignore function: build litter anywhere, working folders at the top,
    and the *exclude* folders (the wheelhouse being written) wherever they are."""
    excluded = {p.resolve() for p in exclude}

    def ignore(folder: str, names: list[str]) -> set[str]:
        skipped = {n for n in names if n == "__pycache__" or n.endswith((".pyc", ".egg-info"))}
        if Path(folder) == root:
            skipped |= {n for n in names if n in _TOP_LEVEL_SKIP or n.startswith("xuncha.db")}
        if excluded:
            skipped |= {n for n in names if (Path(folder) / n).resolve() in excluded}
        return skipped
    return ignore


def missing_requirements(pip_output: str) -> list[str]:
    """The requirements pip said it found no (binary) distribution for, in order."""
    found: list[str] = []
    for match in _MISSING_RE.finditer(pip_output):
        requirement = match.group(1).rstrip(",")
        if re.match(r"[A-Za-z0-9]", requirement) and requirement not in found:
            found.append(requirement)
    return found


def requirement_name(requirement: str) -> str:
    """Canonical project name of a requirement string: ``"PyYAML>=6.0"`` -> ``"pyyaml"``."""
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
    if not match:
        raise ValueError(f"cannot read a project name in requirement {requirement!r}")
    return canonical_name(match.group(1))


def canonical_name(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def is_pure_wheel(filename: str) -> bool:
    """True for a wheel that runs on any platform and any Python 3 (``py3-none-any``)."""
    parts = filename[:-4].split("-")
    if len(parts) < 5:
        return False
    python, abi, plat = parts[-3:]
    return plat == "any" and abi == "none" and any(
        tag in ("py3", "py2.py3") or tag.startswith("py3") for tag in python.split("."))


class Builder:
    """One wheelhouse build: the target, the output folder, and the gaps found on the way."""

    def __init__(self, out: Path, platform: str, python: tuple[int, int], glibc: str,
                 constraints: tuple[Path, ...] = (), log=print) -> None:
        self.out = out
        self.constraints = constraints
        self.platform = platform
        self.python = python
        self.tags = platform_tags(platform, glibc)
        self.log = log
        self.built_from_sdist: list[str] = []
        self.unavailable: dict[str, str] = {}

    def _target_args(self) -> list[str]:
        args = ["--only-binary=:all:", "--implementation", "cp",
                "--python-version", f"{self.python[0]}.{self.python[1]}"]
        for tag in self.tags:
            args += ["--platform", tag]
        for constraint in self.constraints:
            args += ["-c", str(constraint)]
        return args + ["--find-links", str(self.out), "-d", str(self.out)]

    def build_project(self, project: Path) -> Path:
        """Build the project's wheel from a clean copy of *project* into the wheelhouse.

        The copy leaves out version control, virtual environments and earlier build output: a
        stale ``build/lib`` would otherwise slip removed modules into the wheel, and the
        checkout is left without new ``build/`` or ``*.egg-info`` folders.
        """
        before = set(self.out.glob("*.whl"))
        with tempfile.TemporaryDirectory() as tmp:
            source = Path(tmp) / project.name
            shutil.copytree(project, source, ignore=_copy_ignore(project, self.out), symlinks=True)
            code, _ = _pip("wheel", str(source), "--no-deps", "-w", str(self.out), log=self.log)
        if code:
            raise RuntimeError(f"{project}: pip wheel failed (exit {code}); see the output above")
        name = re.compile(rf"^{PROJECT_NAME}-[^-]+-.*\.whl$", re.IGNORECASE)
        wheels = sorted(p for p in self.out.glob("*.whl") if name.match(p.name))
        fresh = [p for p in wheels if p not in before] or wheels
        return max(fresh, key=lambda p: p.stat().st_mtime)

    def fetch(self, requirements: list[str]) -> bool:
        """Download *requirements* and their dependencies; True when pip resolved them all.

        A requirement pip finds no binary for is built from its sdist when that gives a pure
        wheel, then the download is tried again; one that cannot be had is recorded in
        ``unavailable`` and dropped, so the rest still downloads.
        """
        pending = list(requirements)
        for _ in range(MAX_ROUNDS):
            if not pending:
                return True
            with tempfile.TemporaryDirectory() as tmp:
                req_file = Path(tmp) / "requirements.txt"
                req_file.write_text("\n".join(pending) + "\n", encoding="utf-8")
                code, output = _pip("download", "-r", str(req_file), *self._target_args(),
                                    log=self.log)
            if code == 0:
                return True
            missing = missing_requirements(output)
            if not missing:
                raise RuntimeError(f"pip download failed (exit {code}) for another reason than a "
                                   "missing distribution; see the output above")
            progress = False
            for requirement in missing:
                name = requirement_name(requirement)
                if name in self.unavailable:
                    continue
                reason = self._build_pure_wheel(requirement)
                if reason is None:
                    progress = True
                    continue
                self.unavailable[name] = f"{requirement}: {reason}"
                top = [r for r in pending if requirement_name(r) == name]
                if top:
                    pending = [r for r in pending if r not in top]
                    progress = True
            if not progress:
                # A transitive dependency cannot be had: find which top-level ones pull it in.
                return self._fetch_one_by_one(pending)
        raise RuntimeError(f"pip download did not settle after {MAX_ROUNDS} rounds")

    def _fetch_one_by_one(self, pending: list[str]) -> bool:
        ok = True
        for requirement in pending:
            with tempfile.TemporaryDirectory() as tmp:
                req_file = Path(tmp) / "requirements.txt"
                req_file.write_text(requirement + "\n", encoding="utf-8")
                code, output = _pip("download", "-r", str(req_file), *self._target_args(),
                                    log=self.log)
            if code:
                ok = False
                gaps = ", ".join(missing_requirements(output)) or "see pip's output"
                self.unavailable.setdefault(requirement_name(requirement),
                                            f"{requirement}: needs {gaps}, not available")
        return ok

    def _build_pure_wheel(self, requirement: str) -> str | None:
        """Build a pure wheel of an sdist-only *requirement* into the wheelhouse.

        Returns None on success, else why it cannot be had for the target.
        """
        target = f"{self.platform} / CPython {self.python[0]}.{self.python[1]}"
        with tempfile.TemporaryDirectory() as tmp:
            # Does the project publish wheels at all (for this machine)? Then the target's
            # wheel is what is missing, and building from source here would not give it.
            code, _ = _pip("download", requirement, "--no-deps", "--only-binary=:all:",
                           "-d", tmp, log=self.log)
            host_wheels = list(Path(tmp).glob("*.whl"))
            if code == 0 and host_wheels:
                if is_pure_wheel(host_wheels[0].name):
                    return f"its pure wheel does not accept {target} (Requires-Python?)"
                return (f"no binary wheel published for {target}, or its versions conflict "
                        "with a constraint; see pip's output above")
            self.log(f"* {requirement}: no wheel published; building one from the sdist")
            code, _ = _pip("wheel", requirement, "--no-deps", "--use-pep517", "-w", tmp,
                           log=self.log)
            built = list(Path(tmp).glob("*.whl"))
            if code or not built:
                return "published only as an sdist, and building a wheel from it failed"
            if not is_pure_wheel(built[0].name):
                return (f"published only as an sdist with compiled code ({built[0].name}); "
                        f"build it on {target} itself")
            shutil.copy2(built[0], self.out / built[0].name)
            self.built_from_sdist.append(built[0].name)
            self.log(f"* built {built[0].name}")
        return None

    def close(self, roots: list[str]) -> list[str]:
        """Download what the wheels need on the target but pip skipped; returns what is still missing."""
        env = target_environment(self.platform, self.python)
        last: list[str] | None = None
        for _ in range(MAX_ROUNDS):
            missing = closure_gaps(self.out, roots, env, self.tags)
            if missing is None:
                self.log("! packaging is not importable: the closure check for markers was skipped")
                return []
            missing = [m for m in missing if requirement_name(m) not in self.unavailable]
            if not missing or missing == last:
                return missing
            self.log("* needed on the target but not downloaded: " + ", ".join(missing))
            self.fetch(missing)
            last = missing
        return last or []


# --------------------------------------------------------------------------------------------
# Closure check (packaging from site-packages or pip's vendored copy)


def _packaging():
    try:
        from packaging import markers, requirements, specifiers, tags, utils, version
    except ImportError:
        try:
            from pip._vendor.packaging import (markers, requirements, specifiers, tags, utils,
                                               version)
        except ImportError:
            return None
    return markers, requirements, specifiers, tags, utils, version


def closure_gaps(folder: Path, roots: list[str], env: dict[str, str],
                 platforms: list[str]) -> list[str] | None:
    """Requirements that installing *roots* from *folder* on the target would not find.

    Walks Requires-Dist from the roots with markers evaluated for *env*, picking for each
    project the highest version among the wheels that the target accepts. Returns None when
    ``packaging`` is not importable.
    """
    mods = _packaging()
    if mods is None:
        return None
    markers, requirements, specifiers, tags, utils, version = mods
    py = tuple(int(x) for x in env["python_version"].split("."))
    supported = set(tags.cpython_tags(py, platforms=platforms))
    supported |= set(tags.compatible_tags(py, f"cp{py[0]}{py[1]}", platforms=platforms))
    py_version = version.Version(env["python_full_version"])

    wheels: dict[str, list] = {}
    for path in sorted(folder.glob("*.whl")):
        try:
            name, ver, _, wheel_tags = utils.parse_wheel_filename(path.name)
        except (utils.InvalidWheelFilename, version.InvalidVersion):
            continue
        if supported.isdisjoint(wheel_tags):
            continue
        wheels.setdefault(canonical_name(str(name)), []).append((ver, path))

    metadata_cache: dict[Path, list[str]] = {}

    def requires(path: Path) -> tuple[list[str], str | None]:
        if path not in metadata_cache:
            with zipfile.ZipFile(path) as zf:
                meta_name = next(n for n in zf.namelist()
                                 if n.count("/") == 1 and n.endswith(".dist-info/METADATA"))
                headers = HeaderParser().parsestr(zf.read(meta_name).decode("utf-8", "replace"))
            metadata_cache[path] = (headers.get_all("Requires-Dist") or [],
                                    headers.get("Requires-Python"))
        return metadata_cache[path]

    gaps: list[str] = []
    seen: set[tuple[str, str]] = set()
    queue = [(r, "") for r in roots]
    while queue:
        raw, extra = queue.pop(0)
        req = requirements.Requirement(raw)
        if req.marker is not None and not req.marker.evaluate({**env, "extra": extra}):
            continue
        name = canonical_name(req.name)
        choices = []
        for ver, path in wheels.get(name, []):
            if not req.specifier.contains(ver, prereleases=True):
                continue
            requires_python = requires(path)[1]
            if requires_python and not specifiers.SpecifierSet(requires_python).contains(
                    py_version, prereleases=True):
                continue
            choices.append((ver, path))
        if not choices:
            text = str(req).split(";")[0].strip()
            if text not in gaps:
                gaps.append(text)
            continue
        _, path = max(choices, key=lambda c: c[0])
        for wanted_extra in ("", *sorted(req.extras)):
            key = (str(path), wanted_extra)
            if key in seen:
                continue
            seen.add(key)
            for dependency in requires(path)[0]:
                queue.append((dependency, wanted_extra))
    return gaps


# --------------------------------------------------------------------------------------------
# Output files


def write_checksums(folder: Path) -> Path:
    """SHA256SUMS in ``sha256sum -c`` format over every wheel in *folder*."""
    lines = []
    for path in sorted(folder.glob("*.whl")):
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        lines.append(f"{digest.hexdigest()}  {path.name}\n")
    target = folder / "SHA256SUMS"
    target.write_text("".join(lines), encoding="utf-8", newline="\n")
    return target


def readme_text(platform: str, python: tuple[int, int], with_test: bool, wheels: list[str],
                built_from_sdist: list[str], unavailable: dict[str, str], glibc: str) -> str:
    version = f"{python[0]}.{python[1]}"
    spec = f"{PROJECT_NAME}[test]" if with_test else PROJECT_NAME
    if platform == "win-amd64":
        system = "64-bit Windows (win_amd64)"
    else:
        system = f"Linux {platform.split('-', 1)[1]} with glibc {glibc} or newer"
    lines = [
        f"{PROJECT_NAME} offline wheelhouse",
        "",
        f"target: {platform} python {version}",
        f"These wheels install {PROJECT_NAME} on {system} with CPython {version} (64-bit),",
        "without any package index. Another Python version needs its own wheelhouse.",
        "Check the files first:  sha256sum -c SHA256SUMS  (Linux)",
        "",
    ]
    if platform != "win-amd64":
        lines += [
            "Install (DIR is this folder):",
            f"    python{version} -m venv xuncha-env",
            f"    xuncha-env/bin/pip install --no-index --find-links DIR {spec}",
            "    xuncha-env/bin/xuncha --help",
            f"or:  sh DIR/install_offline.sh DIR xuncha-env{' --with-test' if with_test else ''}",
            "",
        ]
    lines += [
        "Install on Windows (cmd.exe or PowerShell; DIR is this folder):",
        f"    py -{version} -m venv xuncha-env",
        f"    xuncha-env\\Scripts\\pip install --no-index --find-links DIR {spec}",
        "    xuncha-env\\Scripts\\xuncha --help",
        "",
        "To upgrade, build a new wheelhouse and run the same pip command with --upgrade.",
    ]
    if built_from_sdist:
        lines += ["", "Built here from an sdist (pure Python, no wheel on the index):"]
        lines += [f"    {name}" for name in built_from_sdist]
    if unavailable:
        lines += ["", "INCOMPLETE: these could not be had for this target, so the install fails:"]
        lines += [f"    {name}: {reason}" for name, reason in sorted(unavailable.items())]
    lines += ["", f"{len(wheels)} wheels:"] + [f"    {name}" for name in wheels]
    return "\n".join(lines) + "\n"


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    raise AssertionError("unreachable")


# --------------------------------------------------------------------------------------------
# Command line


def parse_args(argv: list[str] | None, project_root: Path) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=f"Build an offline wheelhouse for {PROJECT_NAME}.",
        epilog="Example: python scripts/build_wheelhouse.py --platform win-amd64 --python 3.11")
    parser.add_argument("--platform", required=True, choices=PLATFORMS,
                        help="the machine the wheels are for")
    parser.add_argument("--python", default=f"{sys.version_info[0]}.{sys.version_info[1]}",
                        help="target CPython version, e.g. 3.11 (default: this Python's)")
    parser.add_argument("--out", type=Path,
                        help="output folder (default: wheelhouse/<platform>-py<ver> in the project)")
    parser.add_argument("--with-test", action="store_true",
                        help="also add the test extra (pytest, hypothesis, ...)")
    parser.add_argument("--glibc", default=DEFAULT_GLIBC,
                        help="oldest glibc of the Linux targets (default 2.28; 2.17 for RHEL/CentOS 7)")
    parser.add_argument("--constraint", "-c", type=Path, action="append", default=[],
                        help="pip constraints file pinning versions, e.g. `pip freeze` of the "
                             "environment the model was trained in (repeatable)")
    parser.add_argument("--project", type=Path, default=project_root,
                        help="project root holding pyproject.toml (default: this script's parent)")
    parser.add_argument("--clean", action="store_true",
                        help="delete the wheels already in the output folder first")
    args = parser.parse_args(argv)
    try:
        args.python_tuple = parse_python_version(args.python)
        platform_tags(args.platform, args.glibc)
    except ValueError as exc:
        parser.error(str(exc))
    if args.out is None:
        args.out = args.project / "wheelhouse" / f"{args.platform}-py{args.python}"
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv, Path(__file__).resolve().parents[1])
    started = time.monotonic()
    project: Path = args.project.resolve()
    out: Path = args.out.resolve()
    extras = ("test",) if args.with_test else ()
    try:
        requirements = read_requirements(project / "pyproject.toml", extras)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    if args.clean:
        for path in out.glob("*.whl"):
            path.unlink()
    for constraint in args.constraint:
        if not constraint.is_file():
            print(f"error: constraints file {constraint} does not exist", file=sys.stderr)
            return 2
    builder = Builder(out, args.platform, args.python_tuple, args.glibc,
                      tuple(c.resolve() for c in args.constraint))
    print(f"target {args.platform} CPython {args.python}; platform tags: {' '.join(builder.tags)}")
    print(f"{len(requirements)} requirements from {project / 'pyproject.toml'}")

    try:
        project_wheel = builder.build_project(project)
        builder.fetch(requirements)
        root = f"{PROJECT_NAME}[test]" if args.with_test else PROJECT_NAME
        still_missing = builder.close([root])
    except RuntimeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for requirement in still_missing:
        builder.unavailable.setdefault(requirement_name(requirement),
                                       f"{requirement}: needed on the target, not downloadable")

    wheels = sorted(p.name for p in out.glob("*.whl"))
    script = Path(__file__).resolve().parent / "install_offline.sh"
    if args.platform != "win-amd64" and script.is_file():
        shutil.copy2(script, out / script.name)
    (out / "README.txt").write_text(
        readme_text(args.platform, args.python_tuple, args.with_test, wheels,
                    builder.built_from_sdist, builder.unavailable, args.glibc),
        encoding="utf-8", newline="\n")
    write_checksums(out)
    total = sum(p.stat().st_size for p in out.iterdir() if p.is_file())
    print()
    print(f"wheelhouse: {out}")
    print(f"project wheel: {project_wheel.name}")
    print(f"{len(wheels)} wheels, total {human_size(total)} ({total} bytes), "
          f"in {time.monotonic() - started:.0f} s")
    if builder.built_from_sdist:
        print("built from sdist: " + ", ".join(builder.built_from_sdist))
    if builder.unavailable:
        print("INCOMPLETE, not available for this target:", file=sys.stderr)
        for name, reason in sorted(builder.unavailable.items()):
            print(f"  {name}: {reason}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
