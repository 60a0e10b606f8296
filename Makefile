# Moot: `make demo` serves the site, `make test` runs every check CI runs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: venv lock test lint format demo assets browser brokers clean

venv: $(VENV)/.installed

UV_PIN := uv==0.13.9

# Exactly the locked versions, each checked against its hash (pip, setuptools
# and the build tools too), then Moot itself, built with those. uv installs
# them (pip takes about twenty times as long); uv itself comes from its own
# hashed lock, through pip.
$(VENV)/.installed: pyproject.toml requirements.lock requirements-uv.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes -r requirements-uv.lock
	$(BIN)/uv pip install --quiet --python $(BIN)/python --require-hashes -r requirements.lock
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps --no-build-isolation -e .
	touch $@

# After changing a pin in pyproject.toml (or UV_PIN): the locks again, with every hash.
lock: venv
	$(BIN)/pip-compile --quiet --generate-hashes --extra dev --strip-extras \
	  --allow-unsafe --no-emit-index-url --no-emit-find-links \
	  -o requirements.lock pyproject.toml
	echo "$(UV_PIN)" | $(BIN)/pip-compile --quiet --generate-hashes --strip-extras \
	  --allow-unsafe --no-emit-index-url --no-emit-find-links \
	  -o requirements-uv.lock -

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	@# All of moot, with django-stubs, which reads the settings (and so wants a
	@# key); strict except where pyproject.toml [tool.mypy] says why not.
	SECRET_KEY=mypy-reads-the-settings-only $(BIN)/mypy moot
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

# The job queue's broker tests need Redis and RabbitMQ on 127.0.0.1; without them
# they skip, except with CI=true, where this installs and starts them as root.
brokers:
	@for pair in redis-server:6379 rabbitmq-server:5672; do svc=$${pair%:*}; port=$${pair#*:}; \
	  up="$(BIN)/python -c \"import socket; socket.create_connection(('127.0.0.1', $$port), 2).close()\""; \
	  if ! eval $$up 2>/dev/null; then \
	    if [ "$$CI" = true ] && [ "$$(id -u)" = 0 ]; then \
	      command -v $$svc >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$svc >/dev/null; \
	      service $$svc start >/dev/null; \
	      for i in $$(seq 60); do eval $$up 2>/dev/null && break; sleep 1; done; \
	    else echo "No $$svc on 127.0.0.1:$$port: the broker tests will skip."; fi; \
	  fi; \
	done

test: lint assets browser brokers
	$(BIN)/pytest -n auto
	@if $(BIN)/python -c "import socket; socket.create_connection(('127.0.0.1', 5432), 2).close()" 2>/dev/null; then \
	  echo "PostgreSQL answers on 127.0.0.1:5432: the database tests again on a throwaway database."; \
	  DATABASE_URL=postgres://postgres@127.0.0.1:5432/moot_test_$$$$ $(BIN)/pytest -n auto --db-only; \
	elif [ "$$CI" = true ]; then \
	  echo "CI=true but PostgreSQL does not answer on 127.0.0.1:5432: failing." >&2; exit 1; \
	else echo "PostgreSQL does not answer on 127.0.0.1:5432: PostgreSQL pass skipped."; fi

SEED := ../shared/seed/000_4e186e70c30e6533.txt

# GOV.UK Frontend's compiled CSS only, without the GOV.UK Transport @font-face
# rules (that typeface, the crown and the logotype are for GOV.UK alone) and
# without its source-map comment (the map is not copied, and collectstatic's
# hashed names refuse a reference to a missing file). If npm fails the site
# still works on Moot's own CSS.
assets: static/govuk/govuk-frontend.min.css node_modules/axe-core/axe.min.js

node_modules/axe-core/axe.min.js: package.json package-lock.json
	@npm install --no-audit --no-fund --silent || echo "npm failed: the browser tests will skip." >&2

static/govuk/govuk-frontend.min.css: package.json package-lock.json Makefile
	@mkdir -p static/govuk
	@if npm install --no-audit --no-fund --silent; then \
	  sed -E -e 's/@font-face\{[^}]*\}//g' -e 's|/\*# sourceMappingURL=[^*]*\*/||g' \
	    node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css > $@; \
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
	@echo "Moot is at http://$(HOST):$(PORT)/ (jobs: a worker beside it, docs/alerts.md)"
	$(BIN)/moot worker --beat --loglevel=warning & worker=$$!; \
	  trap 'kill $$worker' EXIT INT TERM; \
	  MOOT_HTTPS=False $(BIN)/moot runserver --noreload $(HOST):$(PORT)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
