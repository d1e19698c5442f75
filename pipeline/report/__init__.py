"""Reports: the aggregated numbers (``ReportData``) and one writer per output format.

Every format shows the same numbers: a terminal table, CSV (UTF-8 with BOM), JSON (design.md's
rows), Markdown, an Excel workbook and a Word 统计报告.
"""
from .csv_writer import write_csv
from .data import ReportData, UnitMatrix, display_width, unit_matrix
from .docx_writer import write_docx
from .json_writer import write_json
from .labels import LANGS
from .markdown import write_markdown
from .table import render_table
from .xlsx import EXCEL_MAX_ROWS, write_xlsx

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
