package engine_test

import (
	"testing"

	"github.com/iecmh/endorse/internal/engine"
	"github.com/iecmh/endorse/internal/i18n"
)

// TestPlanWordsMatchBrowser: the plan's own words (the catalog's [plan])
// read the same in the CLI's plan (i18n.Renderer.Plan) and in the
// checker's (messages.js planWords), arguments included.
func TestPlanWordsMatchBrowser(t *testing.T) {
	node := needNode(t)
	m := loadProjectRules(t)
	c := loadCatalog(t)
	say := &i18n.Renderer{C: c, M: m}
	type call struct {
		Key  string         `json:"key"`
		Args map[string]any `json:"args"`
	}
	var calls []call
	var want []string
	add := func(key string, args ...engine.Arg) {
		js := map[string]any{}
		for _, a := range args {
			js[a.Name] = a.Value
		}
		calls = append(calls, call{key, js})
		want = append(want, say.Plan(key, args...))
	}
	for _, key := range []string{"renewal_title", "nothing_open", "open", "incomplete", "no_date", "dates"} {
		add(key)
	}
	for _, id := range []string{"ifs", "imhm-c", "ers"} {
		add("title", engine.Arg{Name: "category", Value: id})
	}
	for _, key := range []string{"met_with_plans", "met_at_pace"} {
		add(key, engine.Arg{Name: "date", Value: "2027-03-01", Kind: engine.ArgDate})
	}
	var got []string
	runChecker(t, node, wordsData(t, c, m, "calls", calls),
		`const { setMessages, planWords } = await mod("messages.js");
setMessages(d.catalog, d.rules);`, `d.calls.map((c) => planWords(c.key, c.args))`, &got)
	if len(got) != len(want) {
		t.Fatalf("node worded %d plan texts, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] || want[i] == "" {
			t.Errorf("%s %v\n  CLI:     %q\n  browser: %q", calls[i].Key, calls[i].Args, want[i], got[i])
		}
	}
}
