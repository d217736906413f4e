package cli

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/iecmh/endorse/internal/textreport"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// goldenEval names golden text reports: a golden case of rules/cases
// evaluated for one category ("" = all) on the case's as-of date.
var goldenEval = []struct{ name, caseFile, category string }{
	{"imhs-just-short-rsc", "imhs/just-short-rsc", "imhs"},
	{"imhs-internship-pathway", "imhs/internship-pathway-2013", "imhs"},
	{"imhs-catalog-courses", "imhs/catalog-courses-count-2025", "imhs"},
	{"imhs-references-not-answered", "imhs/references-not-answered", "imhs"},
	{"imhs-renewal-provides-rsc", "imhs/renewal-provides-rsc", "imhs"},
	{"ecfs-three-providers-warning", "ecfs/rsc-three-providers-warning", "ecfs"},
	{"ecfrs-day-before-start", "ecfrs/day-before-start", "ecfrs"},
	{"ifrs-just-short-rsc-provided", "ifrs/just-short-rsc-provided", "ifrs"},
	{"all-just-short-rsc", "imhs/just-short-rsc", ""},
	// the engine's plan case: planned courses and RSC, so the plan printed
	// after the report says what the plans change and when
	{"ifs-plan-with-plans", "../../internal/engine/testdata/plan/home-visitor", "ifs"},
}

// TestEvalTextGolden compares `endorse eval --format text` with
// testdata/eval/<name>.txt (go test ./internal/cli -update rewrites them).
func TestEvalTextGolden(t *testing.T) {
	for _, g := range goldenEval {
		t.Run(g.name, func(t *testing.T) {
			asOf, profile := readCase(t, g.caseFile)
			args := []string{"eval", inProject(t, profile), "--as-of", asOf}
			if g.category != "" {
				args = append(args, "--category", g.category)
			}
			out, err := run(args...)
			if err != nil {
				t.Fatal(err)
			}
			checkGolden(t, "eval/"+g.name+".txt", out)
		})
	}
}

// TestRulesGolden: the edition listing on a day between editions.
func TestRulesGolden(t *testing.T) {
	inProject(t, "{}")
	out, err := run("rules", "--as-of", "2024-06-01")
	if err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "rules.txt", out)
}

// TestRulesAssumptionsGolden: endorse rules --assumptions lists every
// assumption of the rules with its file, key path and reason.
func TestRulesAssumptionsGolden(t *testing.T) {
	inProject(t, "{}")
	out, err := run("rules", "--assumptions")
	if err != nil {
		t.Fatal(err)
	}
	checkLines(t, out)
	checkGolden(t, "rules-assumptions.txt", out)
}

// checkLines: no line is wider than lineWidth or holds escape codes.
func checkLines(t *testing.T, out string) {
	t.Helper()
	for i, line := range strings.Split(out, "\n") {
		if textreport.Width(line) > textreport.LineWidth || strings.ContainsRune(line, '\x1b') {
			t.Errorf("line %d is wider than %d columns or has escape codes: %q", i+1, textreport.LineWidth, line)
		}
	}
}

// readCase returns the as-of date and the profile of a golden case.
func readCase(t *testing.T, name string) (string, string) {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(projectRoot, "rules/cases", name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	var c struct {
		AsOf    string          `json:"as_of"`
		Profile json.RawMessage `json:"profile"`
	}
	if err := json.Unmarshal(src, &c); err != nil {
		t.Fatal(err)
	}
	return c.AsOf, string(c.Profile)
}

// checkGolden compares out with testdata/<name> (or rewrites it with
// -update) and checks what every text output promises: lines of at most
// lineWidth columns and no terminal escape codes.
func checkGolden(t *testing.T, name, out string) {
	t.Helper()
	checkLines(t, out)
	file := filepath.Join(projectRoot, "internal/cli/testdata", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if out != string(want) {
		t.Errorf("output differs from testdata/%s (run with -update and read the diff):\n%s", name, out)
	}
}
