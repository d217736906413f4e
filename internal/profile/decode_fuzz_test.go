package profile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzDecode: decoding never panics whatever an imported file holds, and
// every problem inside a JSON object names the field path it is about, so
// the checker can say which answer to fix. Seeds: the profiles of every
// golden case.
func FuzzDecode(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "rules", "cases", "*", "*.json"))
	for _, file := range files {
		if src, err := os.ReadFile(file); err == nil {
			f.Add(src)
		}
	}
	for _, s := range []string{`{"format":"endorse-profile/1","degrees":[null]}`, `{"format":"endorse-profile/1","training":[{"topics":5}]}`,
		`{"format":"endorse-profile/1","rsc_received":[{"hours":1e400}]}`, "\ufeff{}", `{"format":"endorse-profile/1","work":[{"fte":-1}]}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, errs := Decode(data)
		if (p == nil) == (len(errs) == 0) {
			t.Fatalf("Decode returned profile %v with %d errors", p != nil, len(errs))
		}
		object := strings.HasPrefix(strings.TrimLeft(string(data), " \t\r\n\ufeff"), "{")
		for _, e := range errs {
			if object && e.Path == "" && !strings.HasPrefix(e.Msg, "not valid JSON") && !strings.Contains(e.Msg, "format") {
				t.Fatalf("problem without its field path: %+v", e)
			}
		}
	})
}
