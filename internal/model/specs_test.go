package model

import (
	"reflect"
	"strings"
	"testing"

	"github.com/iecmh/endorse/internal/wasmjson"
	"github.com/iecmh/endorse/internal/wasmjson/speccheck"
)

// TestSpecs: every entry of the model's static field tables points at a
// field of the right type (the tables use unsafe offsets).
func TestSpecs(t *testing.T) {
	tables := []struct {
		t     reflect.Type
		specs []wasmjson.Spec
	}{
		{reflect.TypeFor[Model](), modelSpecs},
		{reflect.TypeFor[CategoryFees](), categoryFeeSpecs},
		{reflect.TypeFor[Requirement](), requirementSpecs},
	}
	for _, tb := range tables {
		check(t, tb.t, tb.specs)
	}
	for _, kind := range []string{"degree", "credential", "training", "work", "rsc_received", "rsc_provided",
		"leadership", "references", "exam", "code_of_ethics", "membership", "endorsement", "courses", "attestation"} {
		p, _ := NewParams(kind)
		check(t, reflect.TypeOf(p).Elem(), p.Specs().Specs)
	}
}

func check(t *testing.T, typ reflect.Type, specs []wasmjson.Spec) {
	t.Helper()
	if errs := speccheck.Check(typ, specs); len(errs) > 0 {
		t.Error(strings.Join(errs, "\n"))
	}
}
