package textreport

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/iecmh/endorse/internal/engine"
	"github.com/iecmh/endorse/internal/i18n"
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/profile"
	"github.com/iecmh/endorse/internal/rules"
)

const projectRoot = "../.."

// unrounded is a number of 1 or more with two or more decimals ("37.06"):
// people read amounts with at most one decimal (two only below 1).
var unrounded = regexp.MustCompile(`\b[1-9][0-9]*\.[0-9]{2,}\b`)

// TestNoRawWords writes the text report of every golden applicant case
// (rules/cases) and fails on a message code, a raw id of the rules
// (a requirement id such as "work-paid", a vocabulary key such as
// "rsc_provider") or an unrounded number in it: what a person reads is
// worded from the catalog, with labels from the rules.
func TestNoRawWords(t *testing.T) {
	m, l := rules.LoadProject(os.DirFS(projectRoot))
	if err := l.Err(); err != nil {
		t.Fatal(err)
	}
	c, l := i18n.Load(os.DirFS(projectRoot), "en")
	if err := l.Err(); err != nil {
		t.Fatal(err)
	}
	raw := rawIDs(m, c)
	files, _ := filepath.Glob(filepath.Join(projectRoot, "rules", "cases", "*", "*.json"))
	if len(files) < 50 {
		t.Fatalf("found %d golden cases", len(files))
	}
	for _, f := range files {
		var tc struct {
			AsOf     string          `json:"as_of"`
			Category string          `json:"category"`
			Profile  json.RawMessage `json:"profile"`
		}
		src, err := os.ReadFile(f)
		if err != nil || json.Unmarshal(src, &tc) != nil {
			t.Fatalf("%s: cannot read the case", f)
		}
		p, errs := profile.Decode(tc.Profile)
		day, ok := model.ParseDate(tc.AsOf)
		if len(errs) > 0 || !ok {
			continue // cases of invalid profiles: the engine never sees them
		}
		var b strings.Builder
		if err := Write(&b, c, m, p, engine.Evaluate(m, p, day, tc.Category)); err != nil {
			t.Fatal(err)
		}
		checkWords(t, f, b.String(), raw)
	}
}

func checkWords(t *testing.T, file, out string, raw *idSet) {
	t.Helper()
	for i, line := range strings.Split(out, "\n") {
		if entry := strings.Index(line, "“"); entry >= 0 {
			line = line[:entry] // what the person typed is theirs to word
		}
		if s := unrounded.FindString(line); s != "" {
			t.Errorf("%s: line %d shows the unrounded number %s: %q", file, i+1, s, line)
		}
		if s := raw.find(line); s != "" {
			t.Errorf("%s: line %d shows the raw id %q: %q", file, i+1, s, line)
		}
	}
}

// rawIDs holds, as whole words, the ids that must never be shown: the
// catalog's codes, the rules' vocabulary keys with "_" and requirement ids
// with "-".
func rawIDs(m *model.Model, c *i18n.Catalog) *idSet {
	ids := &idSet{words: map[string]bool{}}
	for code := range c.Messages {
		if strings.Contains(code, "_") {
			ids.add(code)
		}
	}
	v := m.Vocabulary
	for _, list := range [][]model.Word{v.Topics, v.Services, v.Roles, v.Leadership, v.Credentials, v.Licenses, v.Attestations} {
		for _, w := range list {
			if strings.Contains(w.Key, "_") {
				ids.add(w.Key)
			}
		}
	}
	var walk func([]*model.Requirement)
	walk = func(list []*model.Requirement) {
		for _, r := range list {
			if strings.Contains(r.ID, "-") {
				ids.add(r.ID)
			}
			walk(r.Children)
		}
	}
	for _, cat := range m.Categories {
		for _, e := range cat.Editions {
			walk(e.Tree)
		}
		walk(cat.RenewalTree)
	}
	return ids
}

// idSet finds ids standing as whole words in a line: not preceded or
// followed by a letter, digit, "_" or "-". A set looked up per word, not
// one regexp alternating over every id: that took 26-37 s for the golden
// cases (the regexp has no literal prefix to skip ahead with).
type idSet struct {
	words map[string]bool // ids made of word characters and "-" only
	other []string        // any other id, searched for in the line
}

func (s *idSet) add(id string) {
	if strings.IndexFunc(id, func(r rune) bool { return !isWordChar(r) }) >= 0 {
		s.other = append(s.other, id)
		return
	}
	s.words[id] = true
}

// find returns the first id in line that stands as a whole word, or "".
func (s *idSet) find(line string) string {
	for _, w := range strings.FieldsFunc(line, func(r rune) bool { return !isWordChar(r) }) {
		if s.words[w] {
			return w
		}
	}
	for _, id := range s.other {
		for at := 0; ; {
			i := strings.Index(line[at:], id)
			if i < 0 {
				break
			}
			i += at
			end := i + len(id)
			if (i == 0 || !isWordChar(rune(line[i-1]))) && (end == len(line) || !isWordChar(rune(line[end]))) {
				return id
			}
			at = i + 1
		}
	}
	return ""
}

// isWordChar reports whether r is a letter or digit of ASCII, "_" or "-"
// (regexp's \w and "-").
func isWordChar(r rune) bool {
	return r == '_' || r == '-' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}
