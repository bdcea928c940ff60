#!/bin/sh
# Formats karta's Swift code with the toolchain's swift-format and the configuration in
# .swift-format (120 columns); --check changes nothing and fails on any difference.
#
# Templates/ is left to its authors: swift-format re-indents multi-line string literals and breaks
# a literal nested in another one, which every template uses. Both it and the code keep a hard
# limit for what the formatter cannot break (text in strings): no line over 160 characters.
set -eu
cd "$(dirname "$0")/.."
FORMATTED="Sources Tests Plugins Benchmarks Fuzz Package.swift"
LIMIT=160

if [ "${1:-}" = "--check" ]; then
    swift format lint --strict --recursive --parallel $FORMATTED
else
    swift format format --in-place --recursive --parallel $FORMATTED
fi

long=$(find Sources Tests Plugins Benchmarks Fuzz Templates -name '*.swift' -print0 \
    | LC_ALL=C.UTF-8 xargs -0 grep -nP ".{$((LIMIT + 1))}" || true)
if [ -n "$long" ]; then
    echo "Строки длиннее $LIMIT знаков (разбейте текст или вынесите часть в функцию):" >&2
    echo "$long" | cut -d: -f1,2 >&2
    exit 1
fi
