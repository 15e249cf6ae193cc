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

# The demo: the samples in the checkout's own index, named explicitly (an option wins over
# $ASSEMBLY_SEARCH_INDEX, which may name the archive's index); the port is $ASSEMBLY_SEARCH_PORT, else 5000.
DEMO_INDEX := data/index

run: install
	$(BIN)/assembly-search ingest samples --force --index $(DEMO_INDEX)
	$(BIN)/assembly-search stats --index $(DEMO_INDEX)
	$(BIN)/assembly-search serve --index $(DEMO_INDEX) --host 127.0.0.1

test: install
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) data
