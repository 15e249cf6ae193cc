# Two entry points: `make run` and `make test`. Everything installs into .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/assembly-search ingest samples --force
	$(BIN)/assembly-search stats
	$(BIN)/assembly-search serve --host 127.0.0.1 --port 5000

test: install
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) data
