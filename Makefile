# Entry points: `make test` sets everything up and runs every check; `make demo` runs an
# example handler; `make bench` measures cold start and hot paths.
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: test test-versions lint format typecheck unit bench demo redis-server clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[all,otel,dev]"
	touch $(STAMP)

# The integration suite starts a real redis-server; install it when it is missing and we can.
redis-server:
	@if ! command -v redis-server >/dev/null 2>&1; then \
		if [ "$$(id -u)" = "0" ]; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server; \
		else \
			echo "redis-server is missing: run 'sudo apt-get install redis-server'"; \
		fi; \
	fi

lint: $(STAMP)
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

typecheck: $(STAMP)
	$(BIN)/mypy --strict src

test: $(STAMP) redis-server lint typecheck
	$(BIN)/pytest

# The suite again on the oldest and newest supported Pythons found on this machine.
PYENV_ROOT ?= $(HOME)/.pyenv
OTHER_PYTHONS ?= $(firstword $(wildcard $(PYENV_ROOT)/versions/3.10*/bin/python3)) \
	$(lastword $(sort $(wildcard $(PYENV_ROOT)/versions/3.13*/bin/python3)))
test-versions: redis-server
	@[ -n "$(strip $(OTHER_PYTHONS))" ] || echo "no Python 3.10 or 3.13 under $(PYENV_ROOT): skipped"
	@for py in $(OTHER_PYTHONS); do \
		venv=.venv-$$($$py -c 'import sys; print("python%d.%d" % sys.version_info[:2])'); \
		[ -x $$venv/bin/python ] || $$py -m venv $$venv || exit 1; \
		$$venv/bin/python -m pip install --quiet -e ".[all,otel,dev]" || exit 1; \
		echo "### pytest on $$($$venv/bin/python --version)"; \
		$$venv/bin/pytest -q || exit 1; \
	done

unit: $(STAMP)
	$(BIN)/pytest tests/unit tests/functional

bench: $(STAMP)
	$(BIN)/python benchmarks/coldstart.py
	@for script in benchmarks/hotpath_*.py; do \
		[ -f "$$script" ] || continue; \
		echo "### $$script"; $(BIN)/python "$$script"; \
	done

demo: $(STAMP)
	$(BIN)/python examples/demo.py

clean:
	rm -rf $(VENV) .venv-python3.* .mypy_cache .ruff_cache .hypothesis
