# Entry points: `make test` sets everything up and runs every check; `make demo` runs an
# example handler; `make bench` measures cold start and hot paths.
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: test lint format typecheck unit bench demo redis-server clean

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
	rm -rf $(VENV) .mypy_cache .ruff_cache .hypothesis
