package engine_test

import (
	"slices"
	"testing"

	"github.com/iecmh/endorse/internal/engine"
	"github.com/iecmh/endorse/internal/model"
)

// TestFormReadsWhatEngineReads: the checker decides which questions a
// category asks (static/js/checker/reads.js) and which categories count a
// service (services.js) from the requirements of the edition in force, as
// requirementsInForce lists them; those must be the requirements of the
// engine's edition tree (model.BuildTrees), for every edition of every
// category — ids repeat across editions, so a parent found by id alone
// would pull another edition's pathway in. And reads.js must know every
// kind the engine evaluates, reading at least the profile key the engine
// reads for it: a kind it missed would hide the questions that kind needs.
func TestFormReadsWhatEngineReads(t *testing.T) {
	node := needNode(t)
	m := loadProjectRules(t)
	rulesJSON, err := m.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Editions map[string][]string // "category/edition" → requirements in force
		Reads    map[string][]string // kind → profile keys reads.js reads
	}
	runChecker(t, node, `{"rules":`+string(rulesJSON)+`}`,
		`const { KIND_READS } = await mod("reads.js");
const { requirementsInForce } = await mod("services.js");`,
		`{Editions: Object.fromEntries(d.rules.categories.flatMap((c) => (c.editions || []).map((e) => [c.id + "/" + e.id,
			(requirementsInForce(c, e.from || "0000-01-01") || []).map((r) => r.kind + ":" + r.id)]))),
		  Reads: Object.fromEntries(Object.entries(KIND_READS).map(([k, f]) => [k, f({license: "x", credentials: ["x"]})]))}`, &got)
	checked := 0
	for _, c := range m.Categories {
		for i, e := range c.Editions {
			if i+1 < len(c.Editions) && c.Editions[i+1].From == e.From {
				continue // an edition that never is in force on its own first day
			}
			var want []string
			walk(e.Tree, func(r *model.Requirement) { want = append(want, r.Kind+":"+r.ID) })
			js := got.Editions[c.ID+"/"+e.ID]
			slices.Sort(want)
			slices.Sort(js)
			if !slices.Equal(js, want) {
				t.Errorf("%s edition %s: the checker's requirements in force\n  %v\nthe engine's\n  %v", c.ID, e.ID, js, want)
			}
			checked++
		}
	}
	if checked < 16 {
		t.Fatalf("only %d editions compared", checked)
	}
	for kind, answer := range engine.KindAnswers() {
		reads, ok := got.Reads[kind]
		switch {
		case !ok:
			t.Errorf("reads.js KIND_READS lacks the kind %q", kind)
		case answer != "" && !slices.Contains(reads, answer):
			t.Errorf("reads.js: kind %q reads %v, not %q, which the engine reads", kind, reads, answer)
		}
	}
}

// walk calls f on every requirement of tree, parents before children.
func walk(tree []*model.Requirement, f func(*model.Requirement)) {
	for _, r := range tree {
		f(r)
		walk(r.Children, f)
	}
}
