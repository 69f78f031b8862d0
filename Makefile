# Two commands do everything on a fresh machine with Python 3.11 and pip:
#   make report   run every notebook over the bundled corpus -> reports/
#   make test     the whole test suite, notebooks included (nbval, strict)
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: report test bench env notebooks clean browser

env: $(STAMP)

# Re-install whenever the pinned dependencies change.
$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	$(PY) -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (analysis)" >/dev/null
	touch $(STAMP)

report: $(STAMP)
	$(PY) -m analysis report

test: $(STAMP) browser
	$(PY) -m pytest

# The report-safety test opens the HTML pages in headless Chromium; install it when missing
# (Debian/Ubuntu, as root). Where that is impossible the test skips and says why.
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
		( (apt-get install -y chromium chromium-driver || \
		   (apt-get update && apt-get install -y chromium chromium-driver)) >/dev/null 2>&1 || \
		  echo "note: could not install chromium + chromium-driver; the browser test will be skipped" )

# After changing the library: re-execute the committed notebooks in place, in order, each in a
# fresh kernel, without timing metadata (so an unchanged result gives an unchanged file).
notebooks: $(STAMP)
	cd notebooks && for nb in [0-9][0-9]_*.ipynb; do PYTHONPATH=$(CURDIR) \
		../$(VENV)/bin/jupyter nbconvert --to notebook --execute --inplace \
			--ExecutePreprocessor.record_timing=False $$nb || exit 1; done
	$(PY) -c 'import sys; from analysis.report.run import drop_volatile_metadata as d; [d(p) for p in sys.argv[1:]]' \
		notebooks/[0-9][0-9]_*.ipynb

bench: $(STAMP)
	for b in benchmarks/bench_*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

clean:
	rm -rf reports .pytest_cache
