"""The CLI as documentation: every command has help with an example, the README's commands
are real, usage errors exit 2, and the installed package works outside the source tree."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import main
from conftest import ROOT

COMMANDS = sorted(main.commands)


def test_cli_has_the_design_commands():
    assert {"run", "ingest", "tag", "report", "clues", "extract", "status", "train", "evaluate",
            "units"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_cli_every_command_has_help_with_an_example(name):
    result = CliRunner().invoke(main, [name, "--help"])
    assert result.exit_code == 0
    assert main.commands[name].help and "Example:" in main.commands[name].help
    assert "xuncha " + name in main.commands[name].help


def test_cli_usage_error_exits_2():
    result = CliRunner().invoke(main, ["report", "--by", "nonsense"])
    assert result.exit_code == 2


def test_cli_missing_store_is_a_one_line_error(tmp_path):
    result = CliRunner().invoke(main, ["status", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "none.db" in result.output and "Traceback" not in result.output


def _readme_commands():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```(?:bash|sh)?\n(.*?)```", text, re.S)
    return [l for l in block.group(1).splitlines() if l.strip() and not l.startswith("#")]


def test_cli_readme_opens_with_the_two_setup_commands():
    cmds = _readme_commands()
    assert len(cmds) == 2
    assert "xuncha run corpora/samples" in cmds[0]
    assert "pytest" in cmds[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert cmds[1].strip() in ci, "CI must run the README's test command"


def test_cli_readme_reports_the_dev_figures_of_the_shipped_model():
    import json

    meta = json.loads((ROOT / "models" / "model.json").read_text(encoding="utf-8"))
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    dev = meta["dev"]
    for key in ("problem_accuracy", "category_micro_f1", "category_macro_f1", "unit_f1"):
        assert f"{dev[key]:.3f}" in text, key


def test_cli_installed_package_runs_outside_the_source_tree(tmp_path):
    """With the package installed (CI installs it into its venv), `xuncha` finds its rules
    and model from any folder."""
    exe = shutil.which("xuncha", path=str(Path(sys.executable).parent))
    if not exe:
        pytest.skip("xuncha is not installed in this environment (pip install .)")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "XUNCHA_HOME")}
    proc = subprocess.run([exe, "extract", "-"], input="县财政局违规发放津补贴。".encode(), cwd=tmp_path,
                          capture_output=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode()
    assert '"is_problem": true' in proc.stdout.decode()


def test_cli_limit_options_refuse_and_a_bad_value_stops_before_the_store(tmp_path):
    from conftest import run_cli

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("县财政局违规发放津补贴。\n", encoding="utf-8")
    proc = run_cli("ingest", tmp_path / "in", "--db", tmp_path / "x.db", "--max-chars", "5")
    assert proc.returncode == 1 and "XUNCHA_MAX_CHARS" in proc.stderr_text and "a.txt" in proc.stderr_text
    proc = run_cli("ingest", tmp_path / "in", "--db", tmp_path / "y.db", "--max-pages", "-3")
    assert proc.returncode == 1 and "XUNCHA_MAX_PAGES" in proc.stderr_text
    assert not (tmp_path / "y.db").exists()
