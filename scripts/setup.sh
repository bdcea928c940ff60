#!/usr/bin/env bash
# Installs the system libraries karta needs on Debian/Ubuntu when they are missing.
set -euo pipefail
missing=()
pkg-config --exists libcmark 2>/dev/null || missing+=(libcmark-dev pkg-config)
if [ "${KARTA_WITH_CHROMIUM:-0}" = 1 ]; then
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
  fc-list 2>/dev/null | grep -q "Liberation Serif" || missing+=(fonts-liberation fontconfig)
  # The open data's table is opened by LibreOffice Calc in the tests; Writer converts .doc/.odt/.rtf
  # for import and opens the order written as .docx.
  command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
  ls /usr/lib/libreoffice/program/libswlo.so >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
  # karta diff's tests make git repositories.
  command -v git >/dev/null 2>&1 || missing+=(git)
  # Real parsers for the open data in the tests: calendars and JSON Schema.
  /usr/bin/python3 -c "import icalendar" 2>/dev/null || missing+=(python3-icalendar)
  /usr/bin/python3 -c "import jsonschema" 2>/dev/null || missing+=(python3-jsonschema)
  # Excel tables for the monitoring tests are written by openpyxl.
  /usr/bin/python3 -c "import openpyxl" 2>/dev/null || missing+=(python3-openpyxl)
fi
# For the benchmarks: Hugo to compare with, valgrind to count instructions.
[ "${KARTA_WITH_HUGO:-0}" = 1 ] && { command -v hugo >/dev/null 2>&1 || missing+=(hugo); }
[ "${KARTA_WITH_VALGRIND:-0}" = 1 ] && { command -v valgrind >/dev/null 2>&1 || missing+=(valgrind); }
if [ ${#missing[@]} -gt 0 ]; then
  echo "Устанавливаю: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
