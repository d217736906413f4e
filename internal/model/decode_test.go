package model

import (
	"testing"

	"github.com/iecmh/endorse/internal/wasmjson"
)

// TestDecodeRequirementKindProblems pins the messages for a missing,
// mistyped or unknown kind: an unknown kind's other keys are not checked.
func TestDecodeRequirementKindProblems(t *testing.T) {
	cases := []struct{ in, want string }{
		{`{"id":"a"}`, `r.kind: missing requirement kind`},
		{`{"id":"a","kind":3}`, `r.kind: missing requirement kind|r.kind: must be a string`},
		{`{"id":"a","kind":"nope","hours":1}`, `r.kind: unknown requirement kind "nope"`},
		{`{"id":"a","kind":"any_of","hours":1}`, `r.hours: unknown key`},
		{`{"id":1,"kind":"exam","forms":["x"]}`, `r.id: must be a string`},
	}
	for _, c := range cases {
		v, err := wasmjson.Parse([]byte(c.in))
		if err != nil {
			t.Fatal(err)
		}
		var errs wasmjson.Errors
		DecodeRequirement(v, "r", &errs)
		got := ""
		for i, e := range errs {
			if i > 0 {
				got += "|"
			}
			got += e.Error()
		}
		if got != c.want {
			t.Errorf("%s: got %q, want %q", c.in, got, c.want)
		}
	}
}
