"""JSON of the report rows, exactly as design.md specifies them (English keys in every language)."""
from __future__ import annotations

import json

from .data import Output, ReportData, open_text


def write_json(data: ReportData, out: Output) -> None:
    """Write ``data.rows`` as a JSON list (UTF-8, not ASCII-escaped, indented) to ``out``."""
    with open_text(out) as fh:
        json.dump(list(data.rows), fh, ensure_ascii=False, indent=2)
        fh.write("\n")
