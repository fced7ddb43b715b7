# Kring: every command sets up what it needs. Only Python 3.11+, Node 20+ and a C compiler needed.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
BIN := $(VENV)/bin
STAMPS := .make
PORTALS := partner provider pro admin
export UV_PROJECT_ENVIRONMENT := $(VENV)

FRONTEND_SOURCES := $(shell find frontend-common frontend-partner frontend-provider frontend-pro frontend-admin \
	openapi/client -type f -not -path '*/node_modules/*' -not -path '*/dist/*' \
	-not -name '*.test.*' 2>/dev/null) package-lock.json

.PHONY: help run test test-backend test-faults test-frontend test-e2e lint fmt openapi migration \
	bench bench-load setup setup-python setup-node build-frontend clean

help: ## List the commands
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

# --- set-up ------------------------------------------------------------------------------------

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --disable-pip-version-check uv

$(STAMPS)/python: pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen --quiet
	@mkdir -p $(STAMPS) && touch $@

$(STAMPS)/node: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@mkdir -p $(STAMPS) && touch $@

$(STAMPS)/frontend-built: $(STAMPS)/node $(FRONTEND_SOURCES)
	npm run build --silent
	@mkdir -p $(STAMPS) && touch $@

setup-python: $(STAMPS)/python
setup-node: $(STAMPS)/node
setup: setup-python setup-node ## Install the locked Python and npm dependencies
build-frontend: $(STAMPS)/frontend-built ## Build the three portals and the staff console (only when their sources changed)

# --- the two README commands -------------------------------------------------------------------

run: setup build-frontend ## Serve Kring with demo data on http://127.0.0.1:8000
	$(BIN)/kring serve --dev

test: test-backend test-faults test-frontend test-e2e ## Run every test: backend, faults, frontend, browser journeys

test-backend: setup-python
	$(BIN)/pytest

# Kills, stops and fills servers of its own (never TEST_DATABASE_URL / TEST_REDIS_URL); a few minutes.
test-faults: setup-python ## The fault suite: worker killed, PostgreSQL or Redis down, a full disk
	$(BIN)/pytest -m faults tests/faults

test-frontend: setup-node
	npm run test --silent

test-e2e: setup build-frontend
	npm run e2e --silent

# --- the rest ----------------------------------------------------------------------------------

lint: setup ## ruff, mypy --strict, import-linter, tsc --strict, eslint and the translation checks
	$(BIN)/ruff check backend tests migrations bench scripts
	$(BIN)/ruff format --check backend tests migrations bench scripts
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache
	npm run lint --silent

fmt: setup ## Format the Python code and fix what ruff can
	$(BIN)/ruff format backend tests migrations bench
	$(BIN)/ruff check --fix backend tests migrations bench

openapi: setup ## Write openapi/openapi.json and regenerate the TypeScript client
	$(BIN)/kring openapi --output openapi/openapi.json
	npm run generate:client --silent

migration: setup-python ## Autogenerate a migration: make migration name=add_orders
	@test -n "$(name)" || { echo "usage: make migration name=short_slug"; exit 2; }
	$(BIN)/kring migration "$(name)"

# The portals are built only when the bundle sizes are measured (all benches, or only=...bundles).
bench: setup-python $(if $(or $(if $(only),,all),$(findstring bundles,$(only))),setup build-frontend) ## Benchmarks (not part of make test): make bench [only=dashboard,keyset]
	$(BIN)/python -m bench $(only)

people ?= 200
minutes ?= 10
bench-load: setup-python ## Load run: make bench-load people=200 minutes=10 [target=URL]
	$(BIN)/python -m bench.load --people $(people) --minutes $(minutes) $(if $(target),--target $(target))

clean: ## Remove build output and installed dependencies (keeps var/ with your data)
	rm -rf $(STAMPS) $(TOOLS) $(VENV) node_modules */node_modules */*/node_modules \
		frontend-*/dist
