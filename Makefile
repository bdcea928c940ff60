# karta: the two commands of the README.
#   make site — set up, build a release binary, check the demo content and build the demo site
#   make test — set up, run all tests, and verify the committed demo site is reproduced exactly

SWIFT ?= swift
KARTA = .build/release/karta

.PHONY: setup site release test

setup:
	@./scripts/setup.sh

release: setup
	$(SWIFT) build -c release --product karta

site: release
	$(KARTA) check --content content

test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
