# karta: the two commands of the README.
#   make site — set up, build a release binary, check the demo content and build the demo site into output/
#   make test — set up (also chromium and poppler-utils for the PDF tests), check the code's
#               formatting, run all tests, and verify the committed demo site is reproduced exactly

SWIFT ?= swift
KARTA = .build/release/karta

.PHONY: setup site release install uninstall test format bench bench-serve fuzz

# make install: karta and its bash, zsh and fish completions under $(DESTDIR)$(PREFIX).
# KARTA_BIN=path installs an already built binary instead of building a release one.
PREFIX ?= /usr/local
DESTDIR ?=
KARTA_BIN ?=

setup:
	@./scripts/setup.sh

release: setup
	$(SWIFT) build -c release --product karta

install: $(if $(KARTA_BIN),,release)
	@KARTA_BIN="$(or $(KARTA_BIN),$(KARTA))" PREFIX="$(PREFIX)" DESTDIR="$(DESTDIR)" ./scripts/install.sh

uninstall:
	@PREFIX="$(PREFIX)" DESTDIR="$(DESTDIR)" ./scripts/install.sh --uninstall

site: release
	$(KARTA) check --content content
	$(KARTA) build --content content --templates Templates --output output --docx
	@echo "Сайт готов: откройте output/index.html в браузере."

test:
	@KARTA_WITH_CHROMIUM=1 ./scripts/setup.sh
	@./scripts/format.sh --check
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# swift-format with .swift-format (120 columns) over the code; make test checks it.
format:
	@./scripts/format.sh

# Benchmarks: synthetic national-scale content, karta side by side with Hugo (see README).
bench:
	@./Benchmarks/run.sh

# karta serve at 10,000 schools: write-to-reload time, server memory, one-file build (see README).
bench-serve:
	@./Benchmarks/serve.sh

# Coverage-guided fuzzing of the front-matter reader, the term parser and the importer
# (libFuzzer; see README). FUZZ_SECONDS per harness.
FUZZ_SECONDS ?= 120
fuzz:
	@./Fuzz/run.sh $(FUZZ_SECONDS)
