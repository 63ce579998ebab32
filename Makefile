# Herald: `make run` starts everything on the embedded default; `make test` runs every check.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/herald
TEST_BROKER_URL ?= amqp://guest:guest@127.0.0.1:5672//
FRONTEND_SOURCES := $(shell find frontend/src frontend/index.html frontend/vite.config.ts frontend/tailwind.config.ts -type f 2>/dev/null)

.PHONY: run install install-dev frontend test lint test-embedded test-services test-frontend e2e bench schema clean

$(VENV)/.runtime: requirements.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements.txt
	@touch $@

$(VENV)/.dev: $(VENV)/.runtime requirements-dev.txt
	$(PY) -m pip install -q -r requirements-dev.txt
	@touch $@

install: $(VENV)/.runtime
install-dev: $(VENV)/.dev

frontend/node_modules/.installed: frontend/package.json frontend/package-lock.json
	cd frontend && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
	@touch $@

frontend/dist/index.html: frontend/node_modules/.installed $(FRONTEND_SOURCES)
	cd frontend && npx vite build

frontend: frontend/dist/index.html

## Start web + worker + beat on SQLite and an on-disk broker (DATABASE_URL / CELERY_BROKER_URL switch).
run: install
	@if command -v npm >/dev/null; then $(MAKE) --no-print-directory frontend; \
	  else echo "npm not found: the web app is not built; / shows the API docs"; fi
	bash scripts/run.sh

## Every check a contributor must pass: lint, types, pytest on both backends, front end.
test: lint test-embedded test-services test-frontend

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	DJANGO_DEBUG=1 $(VENV)/bin/mypy .
	DJANGO_DEBUG=1 $(PY) manage.py makemigrations --check --dry-run

## The suite on the embedded default: SQLite + on-disk broker, real worker processes.
test-embedded: install-dev
	env -u DATABASE_URL -u CELERY_BROKER_URL $(VENV)/bin/pytest -q -p no:cacheprovider --ignore=tests/rabbitmq

## The suite on PostgreSQL + RabbitMQ (fails, never skips, when they are down).
test-services: install-dev
	DATABASE_URL=$(TEST_DATABASE_URL) CELERY_BROKER_URL=$(TEST_BROKER_URL) \
	  $(VENV)/bin/pytest -q -p no:cacheprovider

test-frontend: install-dev frontend/node_modules/.installed
	cd frontend && npm run lint && npm run typecheck && npm test
	$(MAKE) --no-print-directory schema
	@git diff --quiet -- frontend/openapi.snapshot.yaml || { git diff --stat -- frontend/openapi.snapshot.yaml; \
	  echo "The API changed: commit frontend/openapi.snapshot.yaml and run 'cd frontend && npm run gen:api'"; exit 1; }
	cd frontend && npm run check:api
	$(MAKE) --no-print-directory e2e

e2e: install-dev frontend/node_modules/.installed
	cd frontend && npx vite build && npx playwright test

## Regenerate the OpenAPI schema the front end's typed client is built from.
schema: install-dev
	DJANGO_DEBUG=1 $(PY) manage.py spectacular --file frontend/openapi.snapshot.yaml --validate

bench: install-dev
	env -u DATABASE_URL -u CELERY_BROKER_URL $(PY) -m benchmarks.broker
	env -u DATABASE_URL -u CELERY_BROKER_URL $(PY) -m benchmarks.pipeline
	DATABASE_URL=$(TEST_DATABASE_URL) CELERY_BROKER_URL=$(TEST_BROKER_URL) $(PY) -m benchmarks.pipeline

clean:
	rm -rf data/test frontend/dist
