# planvurdering — the two set-up commands are `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
OUT    ?= out

.PHONY: demo test lint typecheck pytest install system-libs fixtures benchmarks clean

demo: $(STAMP)
	@mkdir -p $(OUT)
	$(BIN)/planvurdering assess fixtures/plans/sterk_bokmal.pdf --county 46 \
		--case-ref 2024/1234 \
		--out $(OUT)/hoeringsuttalelse.pdf --self-assessment $(OUT)/egenvurdering.pdf \
		--json $(OUT)/vurdering.json
	$(BIN)/python scripts/render_previews.py $(OUT)/hoeringsuttalelse.pdf $(OUT)/egenvurdering.pdf \
		--out $(OUT)/previews --pages 2

test: $(STAMP) lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks fixtures scripts
	$(BIN)/ruff format --check src tests benchmarks fixtures scripts

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest

install: $(STAMP)

# WeasyPrint needs Pango (and HarfBuzz, fontconfig) from the system; pdftoppm
# (poppler-utils) renders PNG previews. Install them only when they are missing.
system-libs:
	@bash scripts/ensure-system-libs.sh

$(STAMP): pyproject.toml
	@$(MAKE) --no-print-directory system-libs
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

fixtures: $(STAMP)
	$(BIN)/python fixtures/generate.py

benchmarks: $(STAMP)
	@for b in benchmarks/*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache .mypy_cache .ruff_cache
