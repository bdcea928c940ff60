#!/bin/sh
# Formats karta's Swift code with the toolchain's swift-format and the configuration in
# .swift-format (120 columns); --check changes nothing and fails on any difference.
#
# Templates/ is left to its authors: swift-format re-indents multi-line string literals and breaks
# a literal nested in another one, which every template uses. Both it and the code keep a hard
# limit for what the formatter cannot break (text in strings): no line over 160 characters.
set -eu
cd "$(dirname "$0")/.."
LIMIT=160
# The code's own files: not the build folders of the packages in Benchmarks/ and Fuzz/, which hold
# their dependencies' checkouts.
sources() {
    find "$@" \( -name .build -o -name '.build-*' -o -name .deps \) -prune -o -name '*.swift' -print0
}

if [ "${1:-}" = "--check" ]; then
    { sources Sources Tests Plugins Benchmarks Fuzz; printf 'Package.swift\0'; } \
        | xargs -0 swift format lint --strict --parallel
else
    { sources Sources Tests Plugins Benchmarks Fuzz; printf 'Package.swift\0'; } \
        | xargs -0 swift format format --in-place --parallel
fi

long=$(sources Sources Tests Plugins Benchmarks Fuzz Templates \
    | LC_ALL=C.UTF-8 xargs -0 grep -nP ".{$((LIMIT + 1))}" || true)
if [ -n "$long" ]; then
    echo "Строки длиннее $LIMIT знаков (разбейте текст или вынесите часть в функцию):" >&2
    echo "$long" | cut -d: -f1,2 >&2
    exit 1
fi
