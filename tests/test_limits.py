"""Tests for pipeline.limits: the caps (file size, inflated docx XML, PDF pages, characters),
their environment variables, and each refusal through the command line as a one-line failure
that names the figure, the cap and the variable — while files under the caps are stored."""
from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
sys.path.insert(0, str(TESTS))
sys.path.insert(0, str(ROOT))

import hostile  # noqa: E402
from cli import main  # noqa: E402
from pipeline.errors import ReadError, XunchaError  # noqa: E402
from pipeline.limits import MB, LimitExceeded, Limits, LimitSettingError, format_mb  # noqa: E402
from pipeline.readers import docx as docx_reader  # noqa: E402

SMALL = "关于县某局的巡察反馈意见\n一、存在问题\n县财政局违规发放津贴补贴3.6万元。\n"


def _invoke(args, env):
    return CliRunner().invoke(main, [*map(str, args)], env=env)


def _failure_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("失败 ")]


def _rows(db, sql):
    conn = sqlite3.connect(str(db))
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _long_text(chars: int) -> str:
    paragraphs = hostile.chinese_paragraphs(400, seed=4)
    out, n = [], 0
    for p in paragraphs:
        out.append(p)
        n += len(p)
        if n >= chars:
            break
    return "\n".join(out) + "\n"


# --- the settings ---------------------------------------------------------------------------------

def test_limits_defaults():
    lim = Limits()
    assert lim.max_file_bytes == 200 * MB
    assert lim.max_docx_xml_bytes == docx_reader.MAX_XML_BYTES == 200 * MB
    assert lim.max_pdf_pages == 2000
    assert lim.max_chars == 20_000_000
    assert Limits.from_env({}) == lim
    with pytest.raises(Exception):
        lim.max_chars = 1  # frozen


@pytest.mark.parametrize("env, field, value", [
    ({"XUNCHA_MAX_FILE_MB": "0.5"}, "max_file_bytes", MB // 2),
    ({"XUNCHA_MAX_FILE_MB": " 1024 "}, "max_file_bytes", 1024 * MB),
    ({"XUNCHA_MAX_XML_MB": "3"}, "max_docx_xml_bytes", 3 * MB),
    ({"XUNCHA_MAX_PAGES": "5000"}, "max_pdf_pages", 5000),
    ({"XUNCHA_MAX_CHARS": "50_000_000"}, "max_chars", 50_000_000),
    ({"XUNCHA_MAX_CHARS": ""}, "max_chars", 20_000_000),
])
def test_limits_from_env(env, field, value):
    assert getattr(Limits.from_env(env), field) == value


@pytest.mark.parametrize("env", [
    {"XUNCHA_MAX_FILE_MB": "两百"}, {"XUNCHA_MAX_FILE_MB": "0"}, {"XUNCHA_MAX_FILE_MB": "-5"},
    {"XUNCHA_MAX_FILE_MB": "inf"}, {"XUNCHA_MAX_FILE_MB": "nan"}, {"XUNCHA_MAX_PAGES": "2.5"},
    {"XUNCHA_MAX_PAGES": "0"}, {"XUNCHA_MAX_CHARS": "many"},
])
def test_limits_bad_setting_is_a_one_line_error(env):
    with pytest.raises(LimitSettingError) as info:
        Limits.from_env(env)
    (name,) = env
    assert name in str(info.value) and "\n" not in str(info.value)
    assert isinstance(info.value, XunchaError)


@pytest.mark.parametrize("n_bytes, text", [(250 * MB, "250"), (3.5 * MB, "3.5"), (1024, "0.000977"),
                                           (2 * MB, "2")])
def test_limits_format_mb(n_bytes, text):
    assert format_mb(n_bytes) == text


def test_limits_refusals_are_read_errors():
    lim = Limits(max_file_bytes=10, max_pdf_pages=2, max_chars=5)
    for check, arg in ((lim.check_file_size, 11), (lim.check_pages, 3), (lim.check_chars, 6)):
        with pytest.raises(LimitExceeded) as info:
            check("某.txt", arg)
        assert isinstance(info.value, ReadError) and info.value.path == "某.txt"
    lim.check_file_size("某.txt", 10)
    lim.check_pages("某.pdf", 2)
    lim.check_chars("某.txt", 5)


# --- each refusal through the command line --------------------------------------------------------

def _ingest_one_refused(tmp_path, big: Path, small: Path, env: dict, words: list[str]):
    db = tmp_path / "x.db"
    result = _invoke(["ingest", big, small, "--db", db, "--jobs", "1"], env)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    lines = _failure_lines(result.stderr)
    assert len(lines) == 1 and lines[0].startswith(f"失败 {big}: "), result.stderr
    for w in words:
        assert w in lines[0], lines[0]
    # the refused file is a failure row; the file under the cap is stored
    assert _rows(db, "SELECT path FROM failures") == [(str(big),)]
    assert _rows(db, "SELECT path FROM files") == [(str(small),)]
    # without the setting the same file is read, and its failure row goes
    again = _invoke(["ingest", big, small, "--db", db, "--jobs", "1"], {k: "" for k in env})
    assert again.exit_code == 0, again.output
    assert _rows(db, "SELECT COUNT(*) FROM failures") == [(0,)]
    assert _rows(db, "SELECT COUNT(*) FROM files") == [(2,)]
    return lines[0]


def test_limits_file_size_refused_before_reading(tmp_path):
    big = tmp_path / "大文件.txt"
    big.write_text(_long_text(3000), encoding="utf-8")
    small = tmp_path / "小文件.txt"
    small.write_text(SMALL, encoding="utf-8")
    line = _ingest_one_refused(tmp_path, big, small, {"XUNCHA_MAX_FILE_MB": "0.002"},
                               ["file too large (", " MB > limit 0.002 MB)", "raise XUNCHA_MAX_FILE_MB to read it"])
    assert line.endswith("raise XUNCHA_MAX_FILE_MB to read it")


def test_limits_pdf_pages_refused(tmp_path):
    big = hostile.make_chinese_pdf(tmp_path / "长报告.pdf", hostile.chinese_paragraphs(60, seed=2))
    small = hostile.make_chinese_pdf(tmp_path / "短报告.pdf", hostile.chinese_paragraphs(4, seed=3))
    _ingest_one_refused(tmp_path, big, small, {"XUNCHA_MAX_PAGES": "2"},
                        ["PDF too long (", "pages > limit 2)", "XUNCHA_MAX_PAGES"])


def test_limits_characters_refused(tmp_path):
    big = tmp_path / "长文本.txt"
    big.write_text(_long_text(3000), encoding="utf-8")
    small = tmp_path / "短文本.txt"
    small.write_text(SMALL, encoding="utf-8")
    _ingest_one_refused(tmp_path, big, small, {"XUNCHA_MAX_CHARS": "1000"},
                        ["too much text (", "characters > limit 1,000)", "XUNCHA_MAX_CHARS"])


def test_limits_docx_xml_refused(tmp_path):
    big = tmp_path / "大文档.docx"
    big.write_bytes(hostile.docx_bytes(hostile.body_xml(
        "".join(hostile.para(p) for p in hostile.chinese_paragraphs(200, seed=6)))))
    small = hostile.make_good_docx(tmp_path / "小文档.docx")
    _ingest_one_refused(tmp_path, big, small, {"XUNCHA_MAX_XML_MB": "0.01"},
                        ["document.xml", "over the 0.01 MB limit", "XUNCHA_MAX_XML_MB"])


def test_limits_extract_honours_the_caps(tmp_path):
    big = tmp_path / "长文本.txt"
    big.write_text(_long_text(3000), encoding="utf-8")
    result = _invoke(["extract", big], {"XUNCHA_MAX_CHARS": "1000"})
    assert result.exit_code == 1
    lines = _failure_lines(result.stderr)
    assert len(lines) == 1 and lines[0].startswith(f"失败 {big}: too much text"), result.stderr
    assert not result.stdout.strip()
    piped = CliRunner().invoke(main, ["extract", "-"], input=big.read_bytes(), env={"XUNCHA_MAX_FILE_MB": "0.001"})
    assert piped.exit_code == 1
    assert _failure_lines(piped.stderr) and _failure_lines(piped.stderr)[0].startswith("失败 -: file too large (")


def test_limits_bad_setting_through_the_cli(tmp_path):
    small = tmp_path / "短文本.txt"
    small.write_text(SMALL, encoding="utf-8")
    result = _invoke(["ingest", small, "--db", tmp_path / "x.db"], {"XUNCHA_MAX_PAGES": "很多"})
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "XUNCHA_MAX_PAGES" in lines[0], result.stderr
    assert not (tmp_path / "x.db").exists()  # reported before the store is opened


def test_limits_status_lists_the_refusal(tmp_path):
    big = tmp_path / "大文件.txt"
    big.write_text(_long_text(3000), encoding="utf-8")
    db = tmp_path / "x.db"
    _invoke(["ingest", big, "--db", db], {"XUNCHA_MAX_FILE_MB": "0.001"})
    status = json.loads(_invoke(["status", "--db", db, "--format", "json"], {}).stdout)
    assert [f["path"] for f in status["failed"]] == [str(big)]
    assert status["failed"][0]["reason"].startswith("file too large (")
