# Endorse — build, preview and test an endorsement association's site.
# `make` builds the example site into public/; `make serve` previews it with
# live reload; `make edit` previews it with the editor at /admin/ saving to
# the files; `make test` runs every test; `make fuzz` fuzzes briefly;
# `make bench` measures.

GO      ?= go
ENDORSE := $(GO) run ./cmd/endorse
AXE     := .ci/node_modules/axe-core/axe.min.js
CMS     := .cms/node_modules/decap-cms/dist/decap-cms.js
WASMENV := PATH="$$($(GO) env GOROOT)/lib/wasm:$$PATH" GOOS=js GOARCH=wasm

.PHONY: all build serve edit cms test test-go test-wasm screenshots fuzz bench clean

all: build

build:
	$(ENDORSE) build

serve:
	$(ENDORSE) serve

# The editor at /admin/ (content/site.toml's [admin]) on this computer:
# the preview, with decap-server saving what you edit to the files.
edit: $(CMS)
	$(ENDORSE) serve -edit

# Decap CMS and decap-server for the editor, pinned in
# .cms/package-lock.json (about 390 MB of npm packages, of which the build
# publishes Decap's prebuilt dist/); installed on first use. Without them
# `endorse build` leaves /admin/ out and says so.
cms: $(CMS)
$(CMS): .cms/package.json .cms/package-lock.json
	npm ci --prefix .cms --no-audit --no-fund --ignore-scripts --loglevel=error
	touch $@

# Every test: go vet, the Go tests (including browser end-to-end tests) and
# the pure engine packages again under GOOS=js GOARCH=wasm in Node. The Go
# tests and the wasm tests run side by side (-j2): near the end only the
# browser tests run, and they leave a core idle between steps. Both print
# one line per package, so their output interleaves by whole lines.
# Starting internal/e2e first instead, beside the other packages, did not
# help: its Chromium used more CPU (358 and 382 s against 326 and 344, two
# pairs of fresh-clone runs at a load of 8-20, 2026-12-05), probably
# because the checker re-evaluates after each pause in typing (120 ms),
# and on a crowded machine the keys arrive with such pauses.
test: $(AXE) $(CMS)
	$(GO) vet ./...
	@$(MAKE) --no-print-directory -j2 test-go test-wasm

# The browser tests of internal/e2e alone took 10-11 minutes on a 2-core
# machine under a load of 16-24 from other work (2026-12-05): they get 20.
test-go: $(AXE) $(CMS)
	$(GO) test -timeout 20m ./...

test-wasm:
	$(WASMENV) $(GO) test ./internal/diag/... ./internal/wasmjson/... ./internal/model/... ./internal/profile/... ./internal/engine/... ./wasm/...

# A full-page screenshot of every kind of page at both widths, of the
# pages with wide tables and of the guided start on small phones, in
# .cache/screenshots/ for review (the browser tests that visit them, with
# ENDORSE_SCREENSHOTS set; make test leaves them out: no test looks at
# the pixels).
screenshots: $(AXE)
	ENDORSE_SCREENSHOTS=1 $(GO) test -count=1 -run '^(TestPagesAccessible|TestWideTablesFitPhone|TestGuidedStartPersonas|TestGuidedStartFitsPhone)$$' ./internal/e2e

# A short run of every fuzz target in the tree (found with go test -list,
# so a new target is fuzzed without editing this file); CI runs it after
# the tests. FUZZTIME=5m for a long run. New failing inputs are written to
# the package's testdata/fuzz/ and then replayed by every `go test`.
# Go 1.26's fuzzing coordinator can fail a target at the end of -fuzztime
# with a bare "context deadline exceeded" and no input written, on a busy
# machine (go.dev/issue/75804, fixed in Go 1.27): such a run is tried once
# more; a run that writes a failing input fails at once, and a second bare
# failure fails too.
FUZZTIME ?= 10s
fuzz:
	@set -e; for pkg in $$($(GO) list ./...); do \
	  for name in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz' || true); do \
	    echo "fuzz $$pkg $$name ($(FUZZTIME))"; \
	    inputs="$$($(GO) list -f '{{.Dir}}' $$pkg)/testdata/fuzz/$$name"; \
	    before=$$(ls "$$inputs" 2>/dev/null | wc -l); \
	    if ! $(GO) test $$pkg -run '^$$' -fuzz "^$$name\$$" -fuzztime $(FUZZTIME) -parallel 2; then \
	      test "$$(ls "$$inputs" 2>/dev/null | wc -l)" = "$$before" || exit 1; \
	      echo "fuzz $$name: failed without a failing input (go.dev/issue/75804): once more"; \
	      $(GO) test $$pkg -run '^$$' -fuzz "^$$name\$$" -fuzztime $(FUZZTIME) -parallel 2; \
	    fi; \
	  done; \
	done

# axe-core for the browser accessibility tests (internal/e2e), pinned in
# .ci/package-lock.json; installed on first use.
$(AXE): .ci/package.json .ci/package-lock.json
	npm ci --prefix .ci --no-audit --no-fund
	touch $@

# Speed and size against Hugo and the targets (installs Debian's hugo when
# missing); prints a Markdown report, also written to .bench/report.md.
# BENCHFLAGS e.g. "-sizes 1000x3 -checker=false" for a quick look.
bench:
	$(GO) run ./cmd/benchreport $(BENCHFLAGS)

clean:
	rm -rf public .cache .bench
