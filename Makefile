# mxkeys: the entry points. `make run` and `make test` set everything up on a fresh Debian machine.
SWIFT       ?= swift
PREFIX      ?= /usr/local
DESTDIR     ?=
RELEASE     := $(SWIFT) build -c release --static-swift-stdlib
BIN_RELEASE := .build/release/mxkeys
BIN_DEBUG   := .build/debug/mxkeys

.PHONY: all deps deps-integration build release run test sanitize check-docs docs bench fuzz interop synapse-venv synapse-smoke integration integration-identities integration-reports fixtures identity-fixtures compat install uninstall clean

all: build

## deps: install what the build and the tests need (pkg-config, the C libraries, PostgreSQL, tinyproxy, openssl, mandoc) if missing
deps:
	@sh scripts/deps.sh

## deps-integration: the same, and what make integration and make compat need (python3-venv, Python's
## headers, GNU parallel, chromium)
deps-integration:
	@sh scripts/deps.sh integration

build: deps
	$(SWIFT) build

release: deps
	$(RELEASE) --product mxkeys

## run: the main job on the bundled sample data in examples/
run: release
	@sh scripts/run-example.sh $(BIN_RELEASE)

## test: the whole test suite, then the check that man page and completions match the commands
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	@sh scripts/check-docs.sh

## sanitize: the test suite again, built with AddressSanitizer (the CLI tests then run an ASan mxkeys too)
sanitize: deps
	$(SWIFT) build --build-tests --sanitize=address --scratch-path .build/sanitize
	LSAN_OPTIONS=suppressions=$(CURDIR)/scripts/lsan.supp $(SWIFT) test --skip-build --sanitize=address --scratch-path .build/sanitize

## docs: regenerate man/mxkeys.1 and completions/ from the command definitions
docs: deps
	@sh scripts/docs.sh

## docs-api: the library's API documentation (DocC) into .build/docs-api, warnings as errors
docs-api: deps
	$(SWIFT) package --disable-sandbox --allow-writing-to-directory .build/docs-api \
		generate-documentation --target MatrixKeys --warnings-as-errors --output-path .build/docs-api

check-docs: deps
	@sh scripts/check-docs.sh

## bench: build the benchmark programs in release mode and print their figures
bench: deps
	$(RELEASE) --product mxkeys-bench
	$(RELEASE) --product mxkeys
	.build/release/mxkeys-bench $(BENCH)

## fuzz: build the libFuzzer targets (address sanitizer) and run each for FUZZ_SECONDS (default 60)
FUZZ_SECONDS ?= 60
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) sh scripts/fuzz.sh $(FUZZ_TARGETS)

## interop: optional checks against peer implementations from PyPI (matrix-nio); not part of test
interop: deps-integration build
	sh scripts/interop.sh $(BIN_DEBUG)

## synapse-venv: a venv with a pinned matrix-synapse (and psycopg2), playwright and python-olm for scripts/synapse/; not part of test
SYNAPSE_VENV ?= .build/synapse-venv
synapse-venv: deps-integration
	SYNAPSE_VENV=$(SYNAPSE_VENV) bash scripts/synapse/venv.sh

## synapse-smoke: start two Synapse servers on loopback, check that they federate over verified TLS, stop them
synapse-smoke: synapse-venv
	SYNAPSE_VENV=$(SYNAPSE_VENV) $(SYNAPSE_VENV)/bin/python scripts/synapse/smoke.py

## integration: every fetching flow of the release binary (the one make install installs) against two
## real Synapse servers federating over TLS on loopback; then the identities: devices, cross-signing and
## secret storage made by a real client library (python-olm), audited from /keys/query and the database,
## tampered with, signed by mxkeys, and backup trust; then the reports: the README's shard recipe (GNU
## parallel, report merge) on the SQLite and PostgreSQL fixtures, and the HTML report in headless chromium
## (Playwright; screenshots in .build/integration-artifacts); installs matrix-synapse, python-olm and
## playwright from PyPI, GNU parallel and chromium from Debian (make deps-integration); not part of test
INTEGRATION_PORT ?= 8680
integration: deps-integration release synapse-venv
	SYNAPSE_VENV=$(SYNAPSE_VENV) $(SYNAPSE_VENV)/bin/python scripts/synapse/integration.py $(BIN_RELEASE) --base-port $(INTEGRATION_PORT)
	$(MAKE) integration-identities
	$(MAKE) integration-reports

## integration-identities: the identities part of integration alone (scripts/synapse/identities_live.py, ~15 s)
integration-identities: deps-integration release synapse-venv
	SYNAPSE_VENV=$(SYNAPSE_VENV) $(SYNAPSE_VENV)/bin/python scripts/synapse/identities_live.py $(BIN_RELEASE) --base-port $(INTEGRATION_PORT)

## integration-reports: the reports part of integration alone (the shard recipe, the HTML report in chromium)
integration-reports: deps-integration release synapse-venv
	$(SYNAPSE_VENV)/bin/python scripts/synapse/reports.py $(BIN_RELEASE) --base-port $(INTEGRATION_PORT) --artifacts .build/integration-artifacts

## identity-fixtures: rebuild Tests/Fixtures/synapse-identities/ (device keys and cross-signing made by
## python-olm on two live Synapse servers, about 3 minutes); not part of test
identity-fixtures: synapse-venv
	SYNAPSE_VENV=$(SYNAPSE_VENV) bash scripts/synapse/make-identity-fixtures.sh Tests/Fixtures/synapse-identities

## compat: the identity fixtures made anew with the oldest (1.100) and the newest Synapse from PyPI, and
## the database reader's tests run on each; not part of test
compat: deps-integration
	$(SWIFT) build --build-tests
	bash scripts/synapse/compat.sh $(COMPAT_VERSIONS)

## fixtures: rebuild Tests/Fixtures/synapse/ from two live Synapse servers (takes ~10 minutes); not part of test
fixtures: synapse-venv
	SYNAPSE_VENV=$(SYNAPSE_VENV) bash scripts/synapse/make-fixtures.sh Tests/Fixtures/synapse

install: release
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
		$(DESTDIR)$(PREFIX)/share/bash-completion/completions \
		$(DESTDIR)$(PREFIX)/share/zsh/site-functions \
		$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 0755 -s $(BIN_RELEASE) $(DESTDIR)$(PREFIX)/bin/mxkeys
	install -m 0644 man/mxkeys.1 $(DESTDIR)$(PREFIX)/share/man/man1/mxkeys.1
	install -m 0644 completions/mxkeys.bash $(DESTDIR)$(PREFIX)/share/bash-completion/completions/mxkeys
	install -m 0644 completions/_mxkeys $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_mxkeys
	install -m 0644 completions/mxkeys.fish $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/mxkeys.fish

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/mxkeys $(DESTDIR)$(PREFIX)/share/man/man1/mxkeys.1 \
		$(DESTDIR)$(PREFIX)/share/bash-completion/completions/mxkeys \
		$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_mxkeys \
		$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/mxkeys.fish

clean:
	rm -rf .build
