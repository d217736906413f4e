package engine_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/iecmh/endorse/internal/engine"
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/profile"
	"github.com/iecmh/endorse/internal/wasmjson"
)

func rulesJSON(t testing.TB) []byte {
	js, err := loadProjectRules(t).MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	return js
}

// TestEvaluateJSONErrors: bad input gives an error naming the problem,
// never a report.
func TestEvaluateJSONErrors(t *testing.T) {
	rules := rulesJSON(t)
	ok := `{"format":"endorse-profile/1"}`
	for _, tc := range []struct{ rules, profile, asOf, category, want string }{
		{string(rules), ok, "2024-13-01", "", "as-of date must be YYYY-MM-DD"},
		{string(rules), ok, "2024-01-01", "nope", `unknown category "nope"`},
		{`{"format":"x"}`, ok, "2024-01-01", "", `rules.json: format: must be "endorse-rules/1"`},
		{string(rules), `{"format":"endorse-profile/1","training":[{"hours":-2,"date":"2024-01-01","topics":["cooking"]}]}`,
			"2024-01-01", "", "training[0].hours: must be a number ≥ 0"},
		{string(rules), `{"format":"endorse-profile/1","training":[{"hours":2,"date":"2024-01-01","topics":["cooking"],"course":"x"}],"references":[{"role":"boss","rater_endorsement":"imhx"}]}`,
			"2024-01-01", "", "references[0].rater_endorsement: unknown category \"imhx\"\nreferences[0].role: unknown role \"boss\"\ntraining[0].course: unknown course \"x\"\ntraining[0].topics: unknown topic \"cooking\""},
	} {
		out, err := engine.EvaluateJSON([]byte(tc.rules), []byte(tc.profile), tc.asOf, tc.category)
		if err == nil || err.Error() != tc.want || out != nil {
			t.Errorf("EvaluateJSON(%.60s…) = %v, want error %q", tc.profile, err, tc.want)
		}
	}
}

// TestEmptyProfile: an empty profile leaves every requirement incomplete
// or not met, lists every category, and writes [] rather than null.
func TestEmptyProfile(t *testing.T) {
	out, err := engine.EvaluateJSON(rulesJSON(t), []byte(`{"format":"endorse-profile/1"}`), "2025-06-01", "")
	if err != nil {
		t.Fatal(err)
	}
	s := string(out)
	if strings.Contains(s, "null,") && strings.Contains(s, `"items":null`) || strings.Contains(s, `"status":"met"`) {
		t.Errorf("unexpected report: %.300s", s)
	}
	v, err := wasmjson.Parse(out)
	if err != nil {
		t.Fatal(err)
	}
	cats, _ := v.Get("categories")
	if len(cats.Arr) < 10 {
		t.Errorf("only %d categories", len(cats.Arr))
	}
	ranking, _ := v.Get("ranking")
	if n := len(ranking.Arr); n == 0 || ranking.Arr[n-1].Str != "ers" {
		t.Errorf("the add-on needs an endorsement first, so it must rank last for a newcomer: %s", compact(ranking))
	}
}

// TestDeterministic: the same input gives byte-identical output.
func TestDeterministic(t *testing.T) {
	rules := rulesJSON(t)
	p := bigProfile(200)
	a, err := engine.EvaluateJSON(rules, p, "2025-06-01", "")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := engine.EvaluateJSON(rules, p, "2025-06-01", "")
	if string(a) != string(b) {
		t.Error("two evaluations differ")
	}
}

// FuzzEvaluate: evaluation never panics on any profile that decodes, on
// any as-of date. Seeds: every golden case's profile.
func FuzzEvaluate(f *testing.F) {
	engine.AddCaseSeeds(f, projectRoot)
	f.Add(bigProfile(40), int32(400))
	m := loadProjectRules(f)
	f.Fuzz(func(t *testing.T, data []byte, shift int32) {
		p, errs := profile.Decode(data)
		if len(errs) > 0 {
			return
		}
		day := model.NewDate(2024, 6, 1).AddDays(int(shift % 20000))
		r := engine.Evaluate(m, p, day, "")
		if _, err := wasmjson.Parse(r.JSON()); err != nil {
			t.Fatalf("report is not JSON: %v", err)
		}
	})
}

// bigProfile builds a profile of n entries spread over the lists.
func bigProfile(n int) []byte { return spreadProfile(n, 7*n) }

// spreadProfile builds a profile of n entries spread over the lists, the
// i-th dated i×days/n days after 2015-01-05 (jobs, leadership and RSC
// provided last a few weeks): with days = 7n one a week, with days fixed
// many a day.
func spreadProfile(n, days int) []byte {
	day := func(i int) string { return model.NewDate(2015, 1, 5).AddDays(i * days / max(n, 1)).String() }
	var w wasmjson.Writer
	w.BeginObject()
	w.Key("format")
	w.String("endorse-profile/1")
	w.Key("degrees")
	w.Value(mustParse(`[{"level":"bachelor","date":"2010-05-01"},{"level":"master","date":"2014-05-01"}]`))
	lists := []struct {
		key  string
		make func(i int) string
	}{
		{"training", func(i int) string {
			return `{"title":"t","hours":` + strconv.Itoa(1+i%7) + `,"date":"` + day(i) + `","topics":["imh","dei","rsc"]}`
		}},
		{"work", func(i int) string {
			return `{"role":"r","start":"` + day(i) + `","end":"` + day(i+30*n/max(days/7, 1)) + `","paid":true,"fte":0.5,"age_band":"infant","service":"dyadic_therapy","families":3}`
		}},
		{"rsc_received", func(i int) string {
			return `{"date":"` + day(i) + `","hours":1.5,"format":"individual","provider":"p` + strconv.Itoa(i%3) + `","provider_endorsement":"imhm-c","about_own_rsc":true}`
		}},
		{"rsc_provided", func(i int) string { return `{"start":"` + day(i) + `","end":"` + day(i+20*n/max(days/7, 1)) + `"}` }},
		{"leadership", func(i int) string {
			return `{"role":"l","start":"` + day(i) + `","end":"` + day(i+20*n/max(days/7, 1)) + `","kind":"policy","level":"state"}`
		}},
		{"references", func(i int) string { return `{"role":"supervisor","rater_endorsement":"imhs"}` }},
	}
	for k, l := range lists {
		w.Key(l.key)
		w.BeginArray()
		for i := k; i < n; i += len(lists) {
			w.Value(mustParse(l.make(i)))
		}
		w.EndArray()
	}
	w.Key("attestations")
	w.Value(mustParse(`{"portfolio":true}`))
	w.EndObject()
	return w.Bytes()
}

func mustParse(s string) wasmjson.Value {
	v, err := wasmjson.Parse([]byte(s))
	if err != nil {
		panic(s)
	}
	return v
}

// BenchmarkEvaluateAll: every category against a 200-entry profile, on a
// decoded model and profile (what the browser does per keystroke).
func BenchmarkEvaluateAll(b *testing.B) {
	m := loadProjectRules(b)
	p, errs := profile.Decode(bigProfile(200))
	if len(errs) > 0 {
		b.Fatal(errs)
	}
	day := model.NewDate(2025, 6, 1)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		engine.Evaluate(m, p, day, "")
	}
}

// BenchmarkEvaluateScale: every category against profiles of 1,000, 10,000
// and 100,000 entries spread over the lists and over the ten years before
// the as-of date (so every RSC window, period and projection has work):
// the engine is O(n log n), so the time per entry stays nearly level as
// profiles grow (make bench reports it; the goal is 10,000 entries under
// 50 ms).
func BenchmarkEvaluateScale(b *testing.B) {
	m := loadProjectRules(b)
	day := model.NewDate(2025, 6, 1)
	for _, n := range []int{1000, 10000, 100000} {
		p, errs := profile.Decode(spreadProfile(n, 3650))
		if len(errs) > 0 {
			b.Fatal(errs)
		}
		b.Run("entries="+strconv.Itoa(n), func(b *testing.B) {
			for b.Loop() {
				engine.Evaluate(m, p, day, "")
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/entry")
		})
	}
}

// BenchmarkEvaluateJSON: what the browser runs on every keystroke, JSON
// in and out (EvaluateModelJSON; the rules were decoded once).
func BenchmarkEvaluateJSON(b *testing.B) {
	rules, err := loadProjectRules(b).MarshalJSON()
	if err != nil {
		b.Fatal(err)
	}
	m, err := model.DecodeModel(rules)
	if err != nil {
		b.Fatal(err)
	}
	p := bigProfile(200)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := engine.EvaluateModelJSON(m, p, "2025-06-01", ""); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzRulesJSON: whatever rules.json holds, decoding it and evaluating a
// profile never panics (the browser trusts rules.json, so this matters).
func FuzzRulesJSON(f *testing.F) {
	f.Add(rulesJSON(f))
	f.Add([]byte(`{"format":"endorse-rules/1","categories":[{"id":"x","editions":[{"id":"a"}],"requirements":[{"id":"r","kind":"any_of"},{"id":"c","parent":"r","kind":"work","months":-5,"after_degree":"phd"}]}]}`))
	p, errs := profile.Decode(bigProfile(30))
	if len(errs) > 0 {
		f.Fatal(errs)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := model.DecodeModel(data)
		if err != nil {
			return
		}
		engine.Evaluate(m, p, model.NewDate(2025, 6, 1), "").JSON()
	})
}
