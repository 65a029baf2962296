# Everything a developer or CI runs. `make demo` and `make test` work on a fresh clone:
# the venv target installs the pinned dependencies first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SPEC ?= openapi/kashoo.yaml
export PATH := $(CURDIR)/$(BIN):$(PATH)

HANDWRITTEN := $(wildcard kashoo_ext kashoo_sandbox kashoo_cli tests bench examples openapi/*.py)
TYPED := $(wildcard kashoo_ext kashoo_sandbox kashoo_cli bench examples tests)

.PHONY: install generate check-generated lint typecheck test pytest demo bench clean

install: $(VENV)/.installed

$(VENV)/.installed: requirements/dev.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements/dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e . \
	  >$(VENV)/install.log 2>&1 || { cat $(VENV)/install.log; exit 1; }
	touch $@

## Regenerate kashoo_api_client/ from the spec (commit the result).
generate: install
	openapi/generate.sh $(abspath $(SPEC)) $(CURDIR)

## Fail if the committed kashoo_api_client/ differs from what the spec produces.
check-generated: install
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	openapi/generate.sh $(abspath $(SPEC)) "$$tmp" && \
	diff -ru -x __pycache__ -x .ruff_cache -x '*.egg-info' "$$tmp/kashoo_api_client" kashoo_api_client && \
	echo "check-generated: kashoo_api_client/ is what $(SPEC) produces"

lint: install
	ruff check $(HANDWRITTEN)
	ruff format --check $(HANDWRITTEN)

typecheck: install
	$(if $(TYPED),mypy $(TYPED),@echo "typecheck: no hand-written package yet")

pytest: install
	pytest -q

## The whole suite: lint, types, generated code up to date, tests.
test: lint typecheck check-generated pytest

## The README's main job: the `kashoo` CLI end to end against the local sandbox.
demo: install
	bash examples/demo.sh

## Benchmarks: writes bench/RESULTS.md (ratios against baselines measured in the same run).
bench: install
	python -m bench

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
