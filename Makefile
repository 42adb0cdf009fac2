# Two commands on a fresh machine (Node 20 + npm + make, as root): `make start` and `make test`.
# Everything they need is bootstrapped, idempotently, into ignored project-local folders
# (.tools/ for Node 22 and yarn, node_modules/ for packages); see scripts/toolchain.sh.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
RUN := scripts/toolchain.sh
# Debian packages the test suites use: Chromium for the browser test, PostgreSQL for the store
# tests (a throw-away cluster per run, see scripts/test-postgres.sh).
TEST_DEB_PACKAGES := chromium postgresql

.PHONY: start test install system-deps typecheck lint unit e2e bench clean-tools

## Install the toolchain (Node 22 + yarn, when missing) and the locked dependencies.
install:
	$(RUN) yarn install --immutable

## Run the portal with the embedded demo defaults: frontend :3000, backend :7007. Next to it, and
## stopped with it, run the demo cluster (examples/demo-cluster: the Kubernetes API test server on
## https://127.0.0.1:6443, not a real cluster) and the demo git host (examples/demo-git: the
## teams' catalog and policy files on http://localhost:7010, the demo app endpoint on :7011).
start: install
	$(RUN) yarn demo-cluster & \
	cluster=$$!; \
	$(RUN) yarn demo-git & \
	git=$$!; \
	trap 'kill $$cluster $$git 2>/dev/null || true' EXIT INT TERM; \
	$(RUN) yarn start

## Type check, lint and every test suite, including the browser test.
test: install system-deps typecheck lint unit e2e

## Install the Debian packages the tests need, when missing (needs root, as on CI).
system-deps:
	@missing=""; for p in $(TEST_DEB_PACKAGES); do dpkg -s "$$p" >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  apt-get update -qq && apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

typecheck:
	$(RUN) yarn tsc

lint:
	$(RUN) yarn lint:all

unit:
	CI=true scripts/test-postgres.sh $(RUN) yarn test

## The browser tests; Playwright (playwright.config.ts) starts the demo cluster, the demo git host
## and the portal, as `make start` does.
e2e:
	CI=true $(RUN) yarn test:e2e

## Workloads benchmark (bench/README.md): prints a JSON report; not part of `make test`.
bench: install
	$(RUN) node bench/workloads.js all

clean-tools:
	rm -rf .tools
