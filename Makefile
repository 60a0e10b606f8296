# Moot: `make demo` serves the site, `make test` runs every check CI runs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: venv test lint format demo assets browser clean

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy moot/minutes moot/importers/http.py moot/importers/records.py \
	  moot/importers/text.py moot/importers/json_depth.py moot/importers/*/convert.py moot/importers/*/fetch.py \
	  moot/importers/moderngov/council.py
	@# Every model change has its migration (no database needed).
	MOOT_DATA_DIR=$$(mktemp -d) $(BIN)/moot makemigrations --check --dry-run -v0

format: venv
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# The browser tests need Debian's Chromium and ChromeDriver and axe-core (npm);
# without them they skip, except with CI=true, where this installs them as root.
browser:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
	  if [ "$$CI" = true ] && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver >/dev/null; \
	  else echo "No chromium/chromedriver: the browser tests will skip (apt-get install chromium chromium-driver)."; fi; \
	fi

test: lint assets browser
	$(BIN)/pytest -n auto
	@if $(BIN)/python -c "import socket; socket.create_connection(('127.0.0.1', 5432), 2).close()" 2>/dev/null; then \
	  echo "PostgreSQL answers on 127.0.0.1:5432: the suite again on a throwaway database."; \
	  DATABASE_URL=postgres://postgres@127.0.0.1:5432/moot_test_$$$$ $(BIN)/pytest -n auto; \
	elif [ "$$CI" = true ]; then \
	  echo "CI=true but PostgreSQL does not answer on 127.0.0.1:5432: failing." >&2; exit 1; \
	else echo "PostgreSQL does not answer on 127.0.0.1:5432: PostgreSQL pass skipped."; fi

SEED := ../shared/seed/000_4e186e70c30e6533.txt

# GOV.UK Frontend's compiled CSS only, without the GOV.UK Transport @font-face
# rules (that typeface, the crown and the logotype are for GOV.UK alone). If npm
# fails the site still works on Moot's own CSS.
assets: static/govuk/govuk-frontend.min.css node_modules/axe-core/axe.min.js

node_modules/axe-core/axe.min.js: package.json package-lock.json
	@npm install --no-audit --no-fund --silent || echo "npm failed: the browser tests will skip." >&2

static/govuk/govuk-frontend.min.css: package.json package-lock.json
	@mkdir -p static/govuk
	@if npm install --no-audit --no-fund --silent; then \
	  sed -E 's/@font-face\{[^}]*\}//g' node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css > $@; \
	else echo "npm failed: serving Moot's own CSS without GOV.UK Frontend." >&2; fi

# The demo's own secret key, made once in the data directory, unless one is
# given: Moot refuses to start without one when DEBUG is off (moot/settings.py).
DATA_DIR := $(or $(MOOT_DATA_DIR),data)
demo: export SECRET_KEY_FILE ?= $(if $(SECRET_KEY),,$(DATA_DIR)/secret_key)

# Sample council and the seed item, then serve; safe to run again.
demo: venv assets
	@mkdir -p $${MOOT_DATA_DIR:-data}
	@if [ -n "$$SECRET_KEY_FILE" ] && [ ! -s "$$SECRET_KEY_FILE" ]; then umask 077; \
	  $(BIN)/python -c "import secrets; print(secrets.token_urlsafe(50))" > "$$SECRET_KEY_FILE"; fi
	$(BIN)/moot migrate --noinput
	$(BIN)/moot collectstatic --noinput -v0
	$(BIN)/moot sample --items 300 --seed 1
	$(BIN)/moot load-minutes $(SEED) --body "City of Bradford Metropolitan District Council" \
	  --committee "Corporate Overview and Scrutiny Committee" --meeting-date 2018-09-19
	$(BIN)/moot demo-chain
	$(BIN)/moot propose
	@echo "Moot is at http://$(HOST):$(PORT)/"
	MOOT_HTTPS=False $(BIN)/moot runserver --noreload $(HOST):$(PORT)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
