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
PORT ?= 8000

.PHONY: help install run test lint format demo clean

help:
	@echo "make run    installe, migre SQLite, charge la démo et sert http://127.0.0.1:$(PORT)/"
	@echo "make test   installe et lance toute la suite (ruff, checks Django, pytest)"
	@echo "make lint   ruff check + format --check ; make format pour corriger"
	@echo "make clean  supprime l’environnement virtuel, la base SQLite et les médias locaux"

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "Python >= 3.11 est requis (introuvable sur le PATH)." >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/python manage.py migrate --noinput -v 0
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py create_admin

run: demo
	@echo "Site : http://127.0.0.1:$(PORT)/  —  administration : http://127.0.0.1:$(PORT)/admin/"
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

test: lint
	$(BIN)/python manage.py check --fail-level WARNING
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/pytest

clean:
	rm -rf $(VENV) db.sqlite3 media staticfiles .pytest_cache .ruff_cache
