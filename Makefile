# make demo : set everything up (system packages, .venv), then run the main job on corpus/
# make test : the same setup, then the test suite
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: setup sysdeps demo test test-fast clean

sysdeps:
	@bash scripts/install-system-deps.sh "$(PY)"

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	@touch $(STAMP)

setup: sysdeps $(STAMP)

demo: setup
	$(BIN)/rasoat demo
	@echo "Bảng tổng hợp để rà soát: outputs/demo/coverage.xlsx"

test: setup
	$(BIN)/python -m pytest -q

# the quick loop: everything but the tests that need LibreOffice or tesseract, or run whole sets
test-fast: setup
	$(BIN)/python -m pytest -q -m "not slow"

clean:
	rm -rf $(VENV) outputs/demo .pytest_cache
