package engine_test

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/iecmh/endorse/internal/engine"
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/profile"
	"github.com/iecmh/endorse/internal/wasmjson"
)

// TestOrderDoesNotMatter: the engine reuses buffers and memos from one
// requirement, category and evaluation to the next (for speed in the
// browser, which evaluates on every keystroke), so a report must not
// depend on what was evaluated before it, nor on evaluations running at
// the same time, nor change after later evaluations. Every golden case is
// evaluated for its category and for all categories: forward, in reverse,
// and on four goroutines at once in four different orders; every report
// must equal the one evaluated first, written again at the end. (The
// golden snapshots alone could not catch a leak: they are written in one
// order.)
func TestOrderDoesNotMatter(t *testing.T) {
	m := loadProjectRules(t)
	files, _ := filepath.Glob(filepath.Join(projectRoot, "rules", "cases", "*", "*.json"))
	type job struct {
		c        wasmjson.Value
		category string
	}
	var jobs []job
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		c, err := wasmjson.Parse(src)
		if err != nil {
			t.Fatal(err)
		}
		jobs = append(jobs, job{c, filepath.Base(filepath.Dir(f))}, job{c, ""})
	}
	if len(jobs) < 100 {
		t.Fatalf("only %d evaluations", len(jobs))
	}
	eval := func(j job) *engine.Report { return evaluateCase(t, m, j.c, j.category) }
	first := make([]*engine.Report, len(jobs))
	want := make([]string, len(jobs))
	for i, j := range jobs {
		first[i] = eval(j)
		want[i] = string(first[i].JSON())
	}
	check := func(how string, i int, r *engine.Report) {
		if got := string(r.JSON()); got != want[i] {
			t.Errorf("%s: case %d (%q) differs from its first evaluation", how, i, jobs[i].category)
		}
	}
	for i := len(jobs) - 1; i >= 0; i-- {
		check("reverse order", i, eval(jobs[i]))
	}
	type input struct {
		p   *profile.Profile
		day model.Date
	}
	inputs := make([]input, len(jobs))
	for i, j := range jobs {
		asOf, _ := j.c.Get("as_of")
		day, _ := model.ParseDate(asOf.Str)
		pv, _ := j.c.Get("profile")
		p, _ := profile.FromValue(pv)
		inputs[i] = input{p, day}
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n := len(jobs)
			for k := range n {
				i := (k + g*n/4) % n // each goroutine starts elsewhere…
				if g%2 == 1 {
					i = n - 1 - i // …and two go backwards
				}
				r := engine.Evaluate(m, inputs[i].p, inputs[i].day, jobs[i].category)
				mu.Lock()
				check("concurrent", i, r)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	for i, r := range first {
		check("kept, written again after the rest", i, r)
	}
}
