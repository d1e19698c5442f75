"""Reports: the aggregated numbers (``ReportData``) and one writer per output format.

Every format shows the same numbers: a terminal table, CSV (UTF-8 with BOM), JSON (design.md's
rows), Markdown, an Excel workbook and a Word 统计报告.
"""
from .csv_writer import write_csv
from .data import ReportData, UnitMatrix, display_width, unit_matrix
from .json_writer import write_json
from .labels import LANGS
from .markdown import write_markdown
from .table import render_table

# The Word and Excel writers import python-docx and their own helpers (a tenth of a second);
# the main job's terminal table needs neither, so they load when first asked for.
_LAZY = {"write_docx": ".docx_writer", "write_xlsx": ".xlsx", "EXCEL_MAX_ROWS": ".xlsx"}


def __getattr__(name: str):
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "EXCEL_MAX_ROWS",
    "LANGS",
    "ReportData",
    "UnitMatrix",
    "display_width",
    "render_table",
    "unit_matrix",
    "write_csv",
    "write_docx",
    "write_json",
    "write_markdown",
    "write_xlsx",
]
