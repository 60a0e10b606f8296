# Moot: `make demo` serves the site, `make test` runs every check CI runs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: venv test lint format demo clean

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: venv
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: lint
	$(BIN)/pytest -n auto

demo: venv
	$(BIN)/moot migrate --noinput
	@echo "Moot is at http://$(HOST):$(PORT)/"
	$(BIN)/moot runserver $(HOST):$(PORT)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
