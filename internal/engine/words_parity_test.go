package engine_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/iecmh/endorse/internal/engine"
	"github.com/iecmh/endorse/internal/i18n"
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/profile"
)

// TestWordsMatchBrowser: every message of every golden case's report reads
// the same in the CLI (i18n.Renderer) and in the checker
// (static/js/checker/messages.js, run by Node on the report JSON), so the
// two implementations of the catalog's template language cannot drift.
func TestWordsMatchBrowser(t *testing.T) {
	node := needNode(t)
	m := loadProjectRules(t)
	c := loadCatalog(t)
	msgs := append(caseMessages(t, m), formMessages()...)
	say := &i18n.Renderer{C: c, M: m}
	var want []string
	var js []json.RawMessage
	for _, msg := range msgs {
		want = append(want, say.Msg(msg))
		js = append(js, engine.MsgJSON(msg))
	}
	got := browserWords(t, node, c, m, js, "d.msgs.map(say)")
	if len(got) != len(want) {
		t.Fatalf("node worded %d messages, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("%s\n  CLI:     %q\n  browser: %q", js[i], want[i], got[i])
		}
	}
}

// TestEventWordsMatchBrowser: every date of the plans of testdata/plan
// (all five event codes) has words in the catalog, using only arguments
// its event has, and reads the same in the CLI and in the checker's
// calendar (messages.js eventWords).
func TestEventWordsMatchBrowser(t *testing.T) {
	m := loadProjectRules(t)
	c := loadCatalog(t)
	say := &i18n.Renderer{C: c, M: m}
	var want []string
	var js []json.RawMessage
	codes := map[string]bool{}
	for _, name := range []string{"home-visitor", "renewing-imhs"} {
		p, day := planCase(t, name)
		var tc struct {
			Category string `json:"category"`
		}
		src, _ := os.ReadFile(filepath.Join("testdata", "plan", name+".json"))
		_ = json.Unmarshal(src, &tc)
		pl := engine.EvaluatePlan(m, p, day, tc.Category)
		var plan struct {
			Events []json.RawMessage `json:"events"`
		}
		if err := json.Unmarshal(pl.JSON(), &plan); err != nil {
			t.Fatal(err)
		}
		for i, e := range pl.Events {
			codes[e.Code] = true
			if !c.HasEvent(e.Code) {
				t.Errorf("event %s has no [events.%s] summary in %s", e.Code, e.Code, c.File)
			}
			for _, name := range c.EventArgNames(e.Code) {
				found := false
				for _, a := range e.Args {
					found = found || a.Name == name
				}
				if !found {
					t.Errorf("[events.%s] uses {%s}, which the event does not have", e.Code, name)
				}
			}
			s, d := say.Event(e)
			if s == "" || d == "" || strings.Contains(s+d, "{") {
				t.Errorf("event %s worded %q / %q", e.Code, s, d)
			}
			want = append(want, s+"\n"+d)
			js = append(js, plan.Events[i])
		}
	}
	for _, code := range []string{engine.EventMet, engine.EventRSCLeaving, engine.EventRenewalOpen, engine.EventRenewalDue, engine.EventRenewalLate} {
		if !codes[code] {
			t.Errorf("no plan case has a %s event", code)
		}
	}
	if testing.Short() {
		return
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not found")
	}
	got := browserWords(t, node, c, m, js, `d.msgs.map((e) => { const w = eventWords(e); return w.summary + "\n" + w.description; })`)
	for i := range want {
		if i >= len(got) || got[i] != want[i] {
			t.Errorf("%s\n  CLI:     %q\n  browser: %q", js[i], want[i], got[min(i, len(got)-1)])
		}
	}
}

// formMessages are messages whose words depend on a number's form (a unit
// in the singular for 1), which the golden cases may not all reach.
func formMessages() []*engine.Msg {
	var out []*engine.Msg
	for _, n := range []string{"1", "2", "0.5"} {
		out = append(out,
			&engine.Msg{Code: "no_recent_pace", Args: []engine.Arg{{Name: "needed", Value: n, Kind: engine.ArgNumber}, {Name: "unit", Value: "hours", Kind: engine.ArgText}}},
			&engine.Msg{Code: "do_pace", Args: []engine.Arg{{Name: "pace", Value: n, Kind: engine.ArgNumber}, {Name: "unit", Value: "hours", Kind: engine.ArgText}, {Name: "by", Value: "2027-01-01", Kind: engine.ArgDate}}})
	}
	return out
}

// caseMessages returns every distinct message of the golden cases' reports.
func caseMessages(t *testing.T, m *model.Model) []*engine.Msg {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(projectRoot, "rules", "cases", "*", "*.json"))
	seen := map[string]bool{}
	var out []*engine.Msg
	add := func(list ...*engine.Msg) {
		for _, msg := range list {
			if k := string(engine.MsgJSON(msg)); msg != nil && !seen[k] {
				seen[k] = true
				out = append(out, msg)
			}
		}
	}
	var walk func([]*engine.Outcome)
	walk = func(list []*engine.Outcome) {
		for _, o := range list {
			add(o.Gaps...)
			add(o.Next...)
			add(o.Notes...)
			for _, it := range o.Items {
				add(o.Reason(it))
			}
			walk(o.Children)
		}
	}
	for _, f := range files {
		var tc struct {
			AsOf     string          `json:"as_of"`
			Category string          `json:"category"`
			Profile  json.RawMessage `json:"profile"`
		}
		src, _ := os.ReadFile(f)
		if json.Unmarshal(src, &tc) != nil {
			t.Fatalf("%s: cannot read the case", f)
		}
		p, errs := profile.Decode(tc.Profile)
		day, ok := model.ParseDate(tc.AsOf)
		if len(errs) > 0 || !ok {
			continue
		}
		r := engine.Evaluate(m, p, day, tc.Category)
		for _, cr := range r.Categories {
			add(cr.Other...)
			walk(cr.Requirements)
		}
		for _, rn := range r.Renewal {
			add(rn.Notes...)
			walk(rn.Requirements)
		}
	}
	if len(out) < 100 {
		t.Fatalf("only %d distinct messages in the golden cases", len(out))
	}
	return out
}

// browserWords words the messages with the checker's messages.js in Node.
func browserWords(t *testing.T, node string, c *i18n.Catalog, m *model.Model, msgs []json.RawMessage, wordsJS string) []string {
	t.Helper()
	var words []string
	runChecker(t, node, wordsData(t, c, m, "msgs", msgs), `const { setMessages, say, eventWords } = await mod("messages.js");
setMessages(d.catalog, d.rules);`, wordsJS, &words)
	return words
}

// wordsData is the JSON data of a words test in Node: the catalog as
// messages.json has it, the rules as rules.json, and v under key.
func wordsData(t *testing.T, c *i18n.Catalog, m *model.Model, key string, v any) string {
	t.Helper()
	catJSON, err := c.JSON()
	if err != nil {
		t.Fatal(err)
	}
	rulesJSON, err := m.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	list, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return `{"catalog":` + string(catJSON) + `,"rules":` + string(rulesJSON) + `,"` + key + `":` + string(list) + `}`
}

// loadCatalog is the project's English message catalog.
func loadCatalog(t *testing.T) *i18n.Catalog {
	t.Helper()
	c, l := i18n.Load(os.DirFS(projectRoot), "en")
	if err := l.Err(); err != nil {
		t.Fatal(err)
	}
	return c
}

// runChecker runs expr in Node with the checker's modules
// (static/js/checker, copied beside a package.json that makes them ES
// modules, read here so go test's cache sees a change): setup runs first
// (it imports a module with `await mod("name.js")`), d is the JSON data,
// and the JSON of expr's value is decoded into out.
func runChecker(t *testing.T, node, data, setup, expr string, out any) {
	t.Helper()
	dir := t.TempDir()
	input := filepath.Join(dir, "in.json")
	if err := os.WriteFile(input, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "package.json"), []byte(`{"type": "module"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	js, err := filepath.Glob(filepath.Join(projectRoot, "static", "js", "checker", "*.js"))
	if err != nil || len(js) == 0 {
		t.Fatalf("the checker's modules: %v", err)
	}
	for _, path := range js {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(path)), src, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	script := `import { readFileSync } from "node:fs";
const mod = (name) => import(` + jsQuote("file://"+dir+"/") + ` + name);
const d = JSON.parse(readFileSync(` + jsQuote(input) + `, "utf8"));
` + setup + `
process.stdout.write(JSON.stringify(` + expr + `));`
	cmd := exec.Command(node, "--input-type=module", "-e", script)
	stdout, err := cmd.Output()
	if err != nil {
		var stderr string
		if ee, ok := err.(*exec.ExitError); ok {
			stderr = string(ee.Stderr)
		}
		t.Fatalf("node: %v\n%s", err, stderr)
	}
	if err := json.Unmarshal(stdout, out); err != nil {
		t.Fatalf("node printed %q: %v", strings.TrimSpace(string(stdout)), err)
	}
}

// needNode returns the path of node, skipping the test under -short or
// where Node is not installed.
func needNode(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("runs Node")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not found")
	}
	return node
}

func jsQuote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
