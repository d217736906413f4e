# Endorse — build, preview and test an endorsement association's site.
# `make` builds the example site into public/; `make serve` previews it with
# live reload; `make test` runs every test; `make bench` measures.

GO      ?= go
ENDORSE := $(GO) run ./cmd/endorse
WASMENV := PATH="$$($(GO) env GOROOT)/lib/wasm:$$PATH" GOOS=js GOARCH=wasm

.PHONY: all build serve test test-go test-wasm bench clean

all: build

build:
	$(ENDORSE) build

serve:
	$(ENDORSE) serve

# Every test: the Go tests (including browser end-to-end tests) and the pure
# engine packages again under GOOS=js GOARCH=wasm in Node.
test: test-go test-wasm

test-go:
	$(GO) vet ./...
	$(GO) test ./...

test-wasm:
	$(WASMENV) $(GO) test ./internal/diag/...

bench:
	@echo "bench: see below"

clean:
	rm -rf public .cache .bench
