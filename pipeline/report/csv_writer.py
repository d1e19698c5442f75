"""CSV of the report rows: UTF-8 with a BOM so Excel and WPS open it without mojibake."""
from __future__ import annotations

import csv

from . import labels
from .data import Output, ReportData, open_text, row_columns


def write_csv(data: ReportData, out: Output) -> None:
    """Write ``data.rows`` with headers in ``data.lang`` to a path or a binary stream.

    Every row key becomes a column (category code and its Chinese label side by side). With no
    clues the file holds the header line only, so it still loads as a table.
    """
    keys = row_columns(data)
    with open_text(out, bom=True) as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow([labels.column(k, data.lang) for k in keys])
        for row in data.rows:
            writer.writerow(["" if row.get(k) is None else row.get(k) for k in keys])
