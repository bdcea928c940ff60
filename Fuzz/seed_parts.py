#!/usr/bin/env python3
"""Seeds for the structure-aware harnesses: each .docx or .xlsx given becomes the NUL-separated
parts the harness zips again (fuzz-word: body, numbering, styles, footnotes; fuzz-sheet: the first
sheet, shared strings, styles). Usage: seed_parts.py word|sheet OUT_DIR FILE..."""
import os
import sys
import zipfile

PARTS = {
    "word": ["word/document.xml", "word/numbering.xml", "word/styles.xml", "word/footnotes.xml"],
    "sheet": ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml"],
}

kind, out, files = sys.argv[1], sys.argv[2], sys.argv[3:]
os.makedirs(out, exist_ok=True)
for path in files:
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        parts = [archive.read(name) if name in names else b"" for name in PARTS[kind]]
    # A NUL inside a part would shift the others; XML has none.
    with open(os.path.join(out, os.path.basename(path) + ".parts"), "wb") as seed:
        seed.write(b"\0".join(part.replace(b"\0", b"") for part in parts))
