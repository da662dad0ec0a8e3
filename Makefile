# The incidents service. `make` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

UV_VERSION := 0.13.9
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
BIN := $(VENV)/bin
export UV_PYTHON ?= python3

.PHONY: help install run test eval lint typecheck openapi openapi-check client audit audit-deps k8s-check bench bench-api bench-ingest bench-merge clean

help: ## list the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(UV):
	python3 -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(VENV)/.installed: $(UV) pyproject.toml uv.lock
	$(UV) sync --locked --quiet
	@touch $@

install: $(VENV)/.installed ## install the locked dependencies into .venv

run: install ## serve the API with a worker on PORT (default 8000); embedded PostgreSQL unless DATABASE_URL
	$(BIN)/incidents serve --migrate --seed

test: install ## run the whole test suite (embedded PostgreSQL, or DATABASE_URL when set)
	$(BIN)/pytest

# the shared gold sets when they sit beside the checkout, else the copies in tests/eval
EVAL_GOLD ?= $(or $(wildcard ../shared/eval/*.jsonl),$(wildcard tests/eval/*.jsonl))

# the gold sets whose incidents name their real event (event_key): reports of one event should make one incident
DEDUP_GOLD ?= $(or $(wildcard ../shared/eval/dedup-*.jsonl),$(wildcard tests/eval/dedup-*.jsonl))

eval: install ## score extraction in-process on the gold sets, and merging on the dedup sets; fails below the floors in tests/eval/
	$(BIN)/python -m service.evaluation --floors tests/eval/floors.json $(EVAL_GOLD)
	$(BIN)/python -m service.merge_evaluation --floors tests/eval/merge-floors.json $(DEDUP_GOLD)

lint: install ## ruff and mypy
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

openapi: install ## write openapi/openapi.json from the application
	$(BIN)/python scripts/openapi.py

openapi-check: install ## fail when the committed openapi/openapi.json is not what the application serves
	$(BIN)/python scripts/openapi.py --check

client: openapi ## regenerate the Python client in openapi/client from openapi/openapi.json
	PATH=$(abspath $(BIN)):$$PATH $(BIN)/openapi-python-client generate --path openapi/openapi.json \
		--output-path openapi/client --overwrite

audit: install ## bandit over the service's code (medium severity and up fails)
	$(BIN)/bandit -q -r service -ll

audit-deps: install ## pip-audit of the locked runtime dependencies (needs PyPI's advisory data reachable)
	$(UV) export --locked --no-dev --no-hashes --no-emit-project --format requirements-txt > .tools/requirements.txt
	$(BIN)/pip-audit --strict --no-deps --disable-pip -r .tools/requirements.txt

k8s-check: install ## validate k8s/ offline against the Kubernetes 1.31 schemas, and lint it with checkov
	$(UV) tool run --from kubernetes-validate==1.31.0 kubernetes-validate --strict --quiet \
		$$(grep -E '^  - [a-z-]+\.yaml$$' k8s/base/kustomization.yaml | sed 's|^  - |k8s/base/|')
	$(UV) tool run --from checkov==3.2.494 checkov -d k8s --config-file k8s/.checkov.yaml

bench: install ## extraction articles/s per core vs bare spaCy on the same corpus, and worker peak memory
	$(BIN)/python -m bench.extract --articles 300

bench-api: install ## the read API under wrk on 1,000,000 synthetic incidents; writes bench/REPORT-api.md (needs DATABASE_URL and wrk)
	$(BIN)/python -m bench.api

bench-merge: install ## the merge step's cost per article with 1,000,000 incidents in the table, and its EXPLAIN; writes bench/REPORT-merge.md (needs DATABASE_URL)
	$(BIN)/python -m bench.merge $(BENCH_MERGE_ARGS)

bench-ingest: install ## the whole service as `make run` starts it, fed real articles: capacity vs bare spaCy, freshness, overload; writes bench/REPORT-ingest.md
	$(BIN)/python -m bench.ingest $(BENCH_INGEST_ARGS)

clean: ## remove the virtual environments (not the data directory)
	rm -rf $(VENV) $(TOOLS)
