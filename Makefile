# Newsroom — the verbs a newcomer needs. `make run` and `make test` set everything up.
SHELL := /bin/bash
.DEFAULT_GOAL := help

# The first Python >= 3.11 found on PATH (override: make run PYTHON=/path/to/python3).
PYTHON ?= $(shell for p in python3 python3.13 python3.12 python3.11; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null \
	&& { echo $$p; break; }; done)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
PORT ?= 8000
# The browser the tests drive: Debian's Chromium, never one downloaded by a test tool.
CHROMIUM ?= /usr/bin/chromium

.PHONY: help install run test lint format demo clean test-tools screenshots serve bench soak lighthouse bench-import cluster

help:
	@echo "make run    installe, migre SQLite, charge la démo et sert http://127.0.0.1:$(PORT)/"
	@echo "make test   installe et lance toute la suite (ruff, checks Django, pytest)"
	@echo "make lint   ruff check + format --check ; make format pour corriger"
	@echo "make screenshots  refait les captures d’écran du README (docs/screenshots/)"
	@echo "make serve  le site en réglages de production (gunicorn, DEBUG=0, worker des tâches de fond) sur http://127.0.0.1:$(PORT)/"
	@echo "make cluster  la démo sur deux serveurs d’application, un worker, nginx, PostgreSQL, Redis et S3 (moto) sur http://127.0.0.1:$(PORT)/"
	@echo "make bench  le banc d’essai (PostgreSQL, 100 000 articles, gunicorn, nginx, wrk)"
	@echo "make lighthouse  Lighthouse (mobile) sur chaque type de page de chaque publication du site lancé"
	@echo "make clean  supprime l’environnement virtuel, la base SQLite et les médias locaux"

# setup.py names the packages the editable install maps (a new app must be installed again).
$(STAMP): pyproject.toml setup.py
	@test -n "$(PYTHON)" || { echo "Python >= 3.11 est requis (introuvable sur le PATH)." >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

# Test tools: the Nu Html Checker and axe-core from npm (no install scripts: vnu's would fetch
# a Java runtime; we run the machine's), Java, Chromium and nginx (tests/test_nginx.py runs
# deploy/nginx.conf for real) from Debian when missing; the S3 server of the media tests
# (moto_server) comes with the project's dev extra (install).
$(NODE_STAMP): package.json package-lock.json
	@command -v npm >/dev/null || { echo "npm (Node.js) est requis pour les tests HTML et d’accessibilité." >&2; exit 1; }
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	@touch $(NODE_STAMP)

test-tools: install $(NODE_STAMP)
	@if ! command -v java >/dev/null || ! test -x $(CHROMIUM) || ! command -v nginx >/dev/null; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			echo "Installation de Chromium, Java et nginx (Debian)…"; \
			apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium default-jre-headless nginx-light; \
		else \
			echo "Chromium ($(CHROMIUM)), Java et nginx sont requis : sudo apt-get install chromium default-jre-headless nginx-light" >&2; exit 1; \
		fi; \
	fi

demo: install
	$(BIN)/python manage.py migrate --noinput -v 0
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py create_admin

# The site and, beside it, the worker of background tasks; Ctrl-C stops both. (Unlike
# runserver, the worker does not reload changed code: stop and start again.)
run: demo
	@echo "Site : http://127.0.0.1:$(PORT)/  —  administration : http://127.0.0.1:$(PORT)/admin/"
	@echo "Tâches de fond : manage.py run_worker tourne à côté (README, « Tâches de fond »)."
	$(BIN)/python manage.py run_worker & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker' EXIT INT TERM; \
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# Production settings on this machine: DEBUG off, gunicorn (deploy/gunicorn.conf.py), hashed
# static files, persistent database connections. Plain http://127.0.0.1, so no HTTPS redirect.
# With SQLite by default; set DATABASE_URL for PostgreSQL. Django serves media here because
# no front server runs; in production nginx does (deploy/nginx.conf). The worker of background
# tasks runs beside gunicorn: Ctrl-C (or SIGTERM to this shell) stops both.
serve: install
	@mkdir -p var
	@test -s var/secret-key || $(BIN)/python -c "import secrets; print(secrets.token_urlsafe(50))" > var/secret-key
	DEBUG=0 SECRET_KEY="$${SECRET_KEY:-$$(cat var/secret-key)}" \
	ALLOWED_HOSTS="$${ALLOWED_HOSTS:-127.0.0.1,localhost}" SECURE_SSL_REDIRECT=0 \
	SECURE_HSTS_SECONDS=0 SESSION_COOKIE_SECURE=0 CSRF_COOKIE_SECURE=0 \
	SERVE_MEDIA="$${SERVE_MEDIA:-1}" CONN_MAX_AGE="$${CONN_MAX_AGE:-60}" PORT=$(PORT) \
	sh -c '$(BIN)/python manage.py release -v 0 || exit; \
	       $(BIN)/python manage.py run_worker & worker=$$!; \
	       $(BIN)/gunicorn -c deploy/gunicorn.conf.py newsroom.wsgi & web=$$!; \
	       trap "kill $$web $$worker 2>/dev/null" INT TERM; \
	       wait $$web; kill $$worker 2>/dev/null; wait'

# Two app servers, a worker and nginx sharing PostgreSQL, Redis and an S3-compatible store
# (moto's server): the production shape on one machine (benchmarks/cluster.py; README,
# « Mise en production à plusieurs serveurs »). Ctrl-C stops everything.
cluster: install
	@command -v nginx >/dev/null || { echo "nginx est requis : sudo apt-get install nginx" >&2; exit 1; }
	$(BIN)/python benchmarks/cluster.py --port $(PORT)

# Once per deployment, with the production environment, before (re)starting the servers:
# check --deploy, migrate, collectstatic… (newsroom/management/commands/release.py).
.PHONY: release
release: install
	$(BIN)/python manage.py release

# The benchmark: PostgreSQL with 100,000 articles, gunicorn, nginx, wrk (see README).
bench: install
	$(BIN)/python benchmarks/run.py

# 64 connections for 60 s on gunicorn + PostgreSQL: errors and memory (benchmarks/soak.py).
soak: install
	$(BIN)/python benchmarks/soak.py

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

test: lint test-tools
	$(BIN)/python manage.py check --fail-level WARNING
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/pytest

# The README's screenshots, taken by the browser tests.
screenshots: install test-tools
	NEWSROOM_UPDATE_SCREENSHOTS=1 $(BIN)/pytest tests/browser -k "screenshot or editorial_desk or partner_desk or api_desk" -q

clean:
	rm -rf $(VENV) node_modules db.sqlite3 media var .pytest_cache .ruff_cache
	find staticfiles -mindepth 1 ! -name .gitkeep -delete

# The WordPress importer: rate and peak memory on a generated export of 20,000 posts
# (BENCH_WP_POSTS), or of about BENCH_WP_MB megabytes (the 1 GB memory test).
bench-import: install
	$(BIN)/python benchmarks/wordpress_import.py

# Lighthouse (mobile, performance) on every page type of every publication of the running
# site (start `make run` or `make serve` first). Node tools in benchmarks/lighthouse/ only.
lighthouse: install
	@command -v npm >/dev/null || { echo "npm (Node.js) est requis pour Lighthouse." >&2; exit 1; }
	cd benchmarks/lighthouse && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	$(BIN)/python benchmarks/lighthouse/run.py
