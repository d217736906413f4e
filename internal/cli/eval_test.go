package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/iecmh/endorse/internal/engine"
	"github.com/iecmh/endorse/internal/rules"
)

// evalProfile is a profile for the CLI tests: IMHS met but for the exam.
const evalProfile = `{
  "format": "endorse-profile/1",
  "degrees": [{"level": "master", "name": "MSW", "date": "2019-05-20"}],
  "training": [{"title": "Foundations", "hours": 80, "date": "2020-03-14", "topics": ["imh", "dei"]}],
  "work": [{"role": "Therapist", "start": "2019-06-01", "paid": true, "age_band": "infant", "service": "dyadic_therapy", "families": 20}],
  "rsc_received": [{"start": "2022-01-01", "end": "2023-06-30", "hours": 54, "provider": "R", "provider_endorsement": "imhm-c"}],
  "references": [{"role": "supervisor", "rater_endorsement": "imhs"}, {"role": "rsc_provider"}, {"role": "colleague"}],
  "exam": {"passed": false},
  "code_of_ethics": {"signed": true, "date": "2024-01-10"},
  "memberships": [{"association": "npaimh"}],
  "attestations": {"portfolio": true}
}`

// projectRoot is the repository root (tests start in internal/cli).
var projectRoot, _ = filepath.Abs("../..")

// inProject runs the test from the repository root with a profile file.
func inProject(t *testing.T, profile string) string {
	t.Helper()
	t.Chdir(projectRoot)
	f := filepath.Join(t.TempDir(), "profile.json")
	if err := os.WriteFile(f, []byte(profile), 0o644); err != nil {
		t.Fatal(err)
	}
	return f
}

func run(args ...string) (string, error) {
	var out, errOut bytes.Buffer
	err := Run(args, &out, &errOut)
	return out.String() + errOut.String(), err
}

// TestEvalText: what a person sees for the day before and the day of the
// 2025 IMHS rules: verdict, edition, the requirement in words with its
// status, what is missing, and each profile entry by what they typed.
func TestEvalText(t *testing.T) {
	f := inProject(t, evalProfile)
	for _, tc := range []struct{ asOf, want string }{
		{"2024-12-31", "── IMHS · Infant Mental Health Specialist ──"},
		{"2024-12-31", "✗ Not met yet: 1 of 6 requirements open."},
		{"2024-12-31", "Rules in force: “Until 31 December 2024” (edition 2013, until 2024-12-31)."},
		{"2024-12-31", "\n  Exam\n    ✗ Pass the written endorsement exam (multiple choice and written vignettes)\n      Not met. Missing: a pass in the written exam."},
		{"2024-12-31", "· training 1 “Foundations” (80 h, 2020-03-14): counted 80 h"},
		{"2024-12-31", "· work 1 “Therapist” (2019-06-01 – ongoing): counted 67 months"},
		{"2024-12-31", "← this one counts"},
		{"2025-01-01", "✓ Met: every requirement is met."},
		{"2025-01-01", "(edition 2025, from 2025-01-01)"},
	} {
		out, err := run("eval", f, "--category", "imhs", "--as-of", tc.asOf)
		if err != nil || !strings.Contains(out, tc.want) {
			t.Errorf("eval --as-of %s: err %v, output lacks %q:\n%s", tc.asOf, err, tc.want, out)
		}
	}
}

// TestEvalJSONMatchesEngine: --format json is byte for byte what the
// wasm checker gets from engine.EvaluateJSON with the build's rules.json.
func TestEvalJSONMatchesEngine(t *testing.T) {
	f := inProject(t, evalProfile)
	out, err := run("eval", f, "--as-of", "2025-03-01", "--format", "json")
	if err != nil {
		t.Fatal(err)
	}
	m, l := rules.LoadProject(os.DirFS("."))
	if l.Err() != nil {
		t.Fatal(l.Err())
	}
	js, _ := m.MarshalJSON()
	want, err := engine.EvaluateJSON(js, []byte(evalProfile), "2025-03-01", "")
	if err != nil || out != string(want)+"\n" {
		t.Errorf("CLI JSON differs from EvaluateJSON (err %v)", err)
	}
}

// TestEvalBadProfile: problems are reported as file:line:col (JSON syntax)
// or file: field.path: message, and the command fails.
func TestEvalBadProfile(t *testing.T) {
	for _, tc := range []struct{ profile, want string }{
		{`{"format": "endorse-profile/1",` + "\n" + `"training": [}`, "profile.json:2:14: invalid character '}'"},
		{`{"format": "endorse-profile/1", "training": [{"title": "x", "hours": -1, "date": "2024-01-01"}]}`,
			"profile.json: training[0].hours: must be a number ≥ 0"},
		{`{"format": "endorse-profile/1", "work": [{"start": "2020-01-01", "service": "juggling"}]}`,
			`profile.json: work[0].service: unknown service "juggling"`},
	} {
		f := inProject(t, tc.profile)
		_, err := run("eval", f, "--as-of", "2025-01-01")
		if err == nil || !strings.HasSuffix(err.Error(), tc.want) {
			t.Errorf("eval error = %v, want …%s", err, tc.want)
		}
	}
}

// TestRulesCommand lists categories with their editions.
func TestRulesCommand(t *testing.T) {
	inProject(t, "{}")
	out, err := run("rules", "--as-of", "2025-01-01")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"imhs        IMHS        Infant Mental Health Specialist",
		"edition 2013     until 2024-12-31                   “Until 31 December 2024”",
		"edition 2025     from 2025-01-01, in force          “From 1 January 2025”",
		"not offered before 2022-09-01"} {
		if !strings.Contains(out, want) {
			t.Errorf("endorse rules lacks %q:\n%s", want, out)
		}
	}
}
