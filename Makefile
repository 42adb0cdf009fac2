# Two commands on a fresh machine (Node 20 + npm + make, as root): `make start` and `make test`.
# Everything they need is bootstrapped, idempotently, into ignored project-local folders
# (.tools/ for Node 22 and yarn, node_modules/ for packages); see scripts/toolchain.sh.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
RUN := scripts/toolchain.sh
# Debian packages the test suites use: Chromium for the browser test, PostgreSQL for the store
# tests (a throw-away cluster per run, see scripts/test-postgres.sh), Prometheus (with promtool)
# for the Prometheus module's tests against a real server on backfilled data, Redis for the
# two-replica test (Backstage's cache on Redis, see scripts/test-redis.sh).
TEST_DEB_PACKAGES := chromium postgresql prometheus redis-server mkdocs mkdocs-material

.PHONY: start test install system-deps typecheck api-reports lint unit replicas e2e install-test bench demo-metrics clean-tools

## Install the toolchain (Node 22 + yarn, when missing) and the locked dependencies.
install:
	$(RUN) yarn install --immutable

## Run the portal with the embedded demo defaults: frontend :3000, backend :7007. Next to it, and
## stopped with it, run the demo cluster (examples/demo-cluster: the Kubernetes API test server on
## https://127.0.0.1:6443, not a real cluster) and the demo git host (examples/demo-git: the
## teams' catalog and policy files on http://localhost:7010, the demo app endpoint on :7011), and,
## when Debian's prometheus package is installed, the DEMO metrics (make demo-metrics, :9090).
start: install
	$(RUN) yarn demo-cluster & \
	cluster=$$!; \
	$(RUN) yarn demo-git & \
	git=$$!; \
	metrics=""; \
	if command -v prometheus >/dev/null && command -v promtool >/dev/null; then \
	  setsid $(RUN) scripts/demo-metrics.sh & metrics=$$!; \
	else \
	  echo "make start: no prometheus package: the SLA and some backup tiles read unavailable (apt-get install prometheus, or make demo-metrics as root)"; \
	fi; \
	trap 'kill $$cluster $$git 2>/dev/null || true; [ -n "$$metrics" ] && kill -INT -- -$$metrics 2>/dev/null || true' EXIT INT TERM; \
	$(RUN) yarn start

## Type check, lint and every test suite, including the browser test.
test: install system-deps typecheck api-reports lint unit replicas e2e install-test

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

## The public API of every published package (plugins/*/report*.api.md, API Extractor through
## backstage-repo-tools) must match what is checked in; reads the declarations `make typecheck`
## wrote to dist-types/. After an intended API change: `yarn build:api-reports` (a full, not
## incremental, type build first: an incremental one can print inferred types in another order
## than a fresh clone does), and commit.
api-reports: typecheck
	$(RUN) yarn build:api-reports:check

lint:
	$(RUN) yarn lint:all

unit:
	CI=true scripts/test-postgres.sh $(RUN) yarn test
	$(RUN) node --test examples/demo-git/*.test.js examples/demo-metrics/*.test.js

## Two backend replicas on one throw-away PostgreSQL and one throw-away Redis, one of them killed
## with SIGKILL under load (README "Production: several replicas"); free loopback ports only.
replicas:
	scripts/test-postgres.sh scripts/test-redis.sh $(RUN) node --require @backstage/cli/config/nodeTransform.cjs packages/backend/src/replicas/runReplicasTest.ts

## The browser tests; Playwright (playwright.config.ts) starts the demo cluster, the demo git host
## and the portal, as `make start` does.
e2e:
	CI=true $(RUN) yarn test:e2e

## The install test (scripts/install-test/run.sh; README "Installing the plugins in your own portal"):
## every plugin packed and installed into a fresh @backstage/create-app 0.9.2 portal, booted on a
## free loopback port, checked over HTTP and in Chromium. Packed types come from `typecheck`;
## node_modules kept in $${TMPDIR:-/tmp}/release-readiness-install-test for a warm install.
install-test: install system-deps typecheck
	INSTALL_TEST_SKIP_TSC=1 scripts/install-test/run.sh

## Workloads benchmark (bench/README.md): prints a JSON report; not part of `make test`.
bench: install
	$(RUN) node bench/workloads.js all

## DEMO metrics (examples/demo-metrics, generated, not real): a local Prometheus from Debian's
## package on http://127.0.0.1:9090 with 30 days of Servanda's SLA and backup series and a live
## exporter continuing them; runs in the foreground until Ctrl-C. Needs root for the install.
demo-metrics:
	$(RUN) scripts/demo-metrics.sh

clean-tools:
	rm -rf .tools

## The production build as an adopter deploys it (README "Production build"): `yarn build:backend`
## builds every workspace package the backend needs and, because the backend depends on `app`, the
## frontend app (rspack, minified, into packages/app/dist), and packs them into
## packages/backend/dist/bundle.tar.gz (+ skeleton.tar.gz, the package.json files). The bundle is
## unpacked into $(PROD_BUNDLE) with its workspace packages linked under its node_modules; the
## repository's installed node_modules stand in for `yarn workspaces focus --all --production`.
PROD_BUNDLE := packages/backend/dist/bundle
.PHONY: build-prod start-prod bench-frontend
build-prod:
	$(RUN) yarn build:backend
	rm -rf $(PROD_BUNDLE) && mkdir -p $(PROD_BUNDLE)/node_modules
	tar -xzf packages/backend/dist/bundle.tar.gz -C $(PROD_BUNDLE)
	for manifest in $$(tar -tzf packages/backend/dist/skeleton.tar.gz); do \
	  dir="$(CURDIR)/$(PROD_BUNDLE)/$$(dirname "$$manifest")"; \
	  name="$$($(RUN) node -p "require('$$dir/package.json').name")"; \
	  mkdir -p "$$(dirname "$(PROD_BUNDLE)/node_modules/$$name")"; \
	  ln -sfn "$$dir" "$(PROD_BUNDLE)/node_modules/$$name"; \
	done

## The production build served by the backend on one port, http://localhost:7007 (loopback only),
## with NODE_ENV=production and app-config.yaml + app-config.local-prod.yaml (SQLite in memory,
## guest and demo sign-in allowed outside development: see that file). Beside it, and stopped with
## it, the demo cluster, the demo git host and, when installed, the DEMO metrics, as `make start`.
start-prod: install build-prod
	$(RUN) yarn demo-cluster & \
	cluster=$$!; \
	$(RUN) yarn demo-git & \
	git=$$!; \
	metrics=""; \
	if command -v prometheus >/dev/null && command -v promtool >/dev/null; then \
	  setsid $(RUN) scripts/demo-metrics.sh & metrics=$$!; \
	else \
	  echo "make start-prod: no prometheus package: the SLA and some backup tiles read unavailable"; \
	fi; \
	trap 'kill $$cluster $$git 2>/dev/null || true; [ -n "$$metrics" ] && kill -INT -- -$$metrics 2>/dev/null || true' EXIT INT TERM; \
	cd packages/backend && NODE_ENV=production $(CURDIR)/$(RUN) node $(CURDIR)/$(PROD_BUNDLE)/packages/backend \
	  --config ../../app-config.yaml --config ../../app-config.local-prod.yaml

## Time to interactive and chunk sizes of the production build (bench/README.md): needs
## `make start-prod` running; prints a JSON report.
bench-frontend:
	$(RUN) node bench/frontend.js
