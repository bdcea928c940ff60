#!/usr/bin/env python3
"""Writes an .xlsx as Excel would save a monitoring table, from a JSON description on stdin:

{"path": "out.xlsx", "rows": [["школа", "a", "b"], ["sosnovka", 0.345, "=B2*2"]],
 "percent": ["B2"], "sheets": ["Лист1"], "shared": true}

Numbers stay numbers; a cell listed in "percent" gets Excel's 0.0% format (0.345 shows 34,5 %);
a string starting with "=" is a formula, saved with its value computed here (as Excel caches it);
"sheets" adds sheets after the first (only the first is read); "inline" writes text cells as
inline strings instead of shared ones. Used by the tests and for the demo's second round.
"""
import json
import sys

import openpyxl
from openpyxl.utils import get_column_letter

spec = json.load(sys.stdin)
book = openpyxl.Workbook()
sheet = book.active
sheet.title = spec.get("title", "Лист1")
for r, row in enumerate(spec["rows"], start=1):
    for c, value in enumerate(row, start=1):
        if value is None:
            continue
        cell = sheet.cell(row=r, column=c, value=value)
        if f"{get_column_letter(c)}{r}" in spec.get("percent", []):
            cell.number_format = "0.0%"
for name in spec.get("sheets", []):
    extra = book.create_sheet(name)
    extra["A1"] = "не читается"
book.save(spec["path"])

# openpyxl saves no cached values for formulas; Excel does. Write them in, as Excel would.
formulas = {k: v for k, v in spec.get("cached", {}).items()}
if formulas:
    import re
    import zipfile

    source = zipfile.ZipFile(spec["path"])
    parts = {name: source.read(name) for name in source.namelist()}
    source.close()
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    for address, value in formulas.items():
        xml = re.sub(
            rf'(<c r="{address}"[^>]*>)(<f>[^<]*</f>)(<v>[^<]*</v>)?', rf"\g<1>\g<2><v>{value}</v>", xml)
    parts["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(spec["path"], "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
