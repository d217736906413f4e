package profile

import (
	"strings"
	"testing"

	"github.com/iecmh/endorse/internal/wasmjson"
)

// TestDecodeErrors: each malformed profile is reported by field path.
func TestDecodeErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`[]`, `a profile must be a JSON object`},
		{`{"format":"endorse-profile/2"}`, `format: must be "endorse-profile/1"`},
		{`{"format":"endorse-profile/1","training":[{"title":"a","hours":1,"date":"2024-01-01"},{"hours":"2","date":"2024-01-01"},{"hours":-1,"date":"2024-01-01"}]}`,
			`training[1].hours: must be a number ≥ 0|training[1].hours: missing: give the hours or a catalog course id|training[2].hours: must be a number ≥ 0`},
		{`{"format":"endorse-profile/1","work":[{"start":"2024-02-30","fte":2,"age_band":"teen"}]}`,
			`work[0].start: must be a date YYYY-MM-DD|work[0].start: missing: a date YYYY-MM-DD is required|work[0].fte: must be a number above 0 and at most 1|work[0].age_band: "teen" is not one of infant, early_childhood, both`},
		{`{"format":"endorse-profile/1","degrees":[{"level":"phd","date":"2020-01-01"}],"typo":1}`,
			`typo: unknown key|degrees[0].level: "phd" is not one of associate, bachelor, master, doctorate`},
		{`{"format":"endorse-profile/1","rsc_received":[{"start":"2024-02-01","end":"2024-01-01","hours":3,"format":"solo"}]}`,
			`rsc_received[0].end: is before start|rsc_received[0].format: "solo" is not one of individual, group, peer`},
		{`{"format":"endorse-profile/1","exam":{"passed":"yes"},"attestations":{"portfolio":1}}`,
			`exam.passed: must be a boolean|attestations: must be an object of true/false answers`},
		{`{"format":"endorse-profile/1","degrees":[{}],"exam":{"form":"oral"},"references":[{}],"endorsements":[{}],
			"rsc_provided":[{"start":"2024-01-01","supervisees":-2,"format":"x"}],"leadership":[{"level":"boss"}],"training":[{"hours":100001}]}`,
			`degrees[0].level: missing (required)|degrees[0].date: missing: a date YYYY-MM-DD is required|` +
				`training[0].hours: must be a number from 0 to 100000|training[0].date: missing: a date YYYY-MM-DD is required|` +
				`rsc_provided[0].format: "x" is not one of individual, group, peer|rsc_provided[0].supervisees: must be a number ≥ 0|` +
				`leadership[0].start: missing: a date YYYY-MM-DD is required|leadership[0].level: "boss" is not one of local, regional, state, national|` +
				`references[0].role: missing (required)|exam.form: "oral" is not one of imh, ecmh|endorsements[0].category: missing (required)`},
		{`{"format": "endorse-profile/1",`, `not valid JSON: 1:32: unexpected end of input`},
		// Over the cap the message gives the range (issue 9, defect 10).
		{`{"format":"endorse-profile/1","training":[{"title":"a","hours":1e14,"date":"2024-01-01"}]}`,
			`training[0].hours: must be a number from 0 to 100000`},
	} {
		_, errs := Decode([]byte(tc.in))
		got := []string{}
		for _, e := range errs {
			got = append(got, e.Error())
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("Decode(%s)\n got: %s\nwant: %s", tc.in, strings.Join(got, "|"), tc.want)
		}
	}
}

// TestAnswered: absent keys are unanswered, empty lists are answers.
func TestAnswered(t *testing.T) {
	p, errs := Decode([]byte(`{"format":"endorse-profile/1","training":[],"exam":null,
		"work":[{"start":"2020-01-01"}],"rsc_received":[{"date":"2021-03-04","hours":1.5}]}`))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if !p.Answered["training"] || p.Answered["exam"] || p.Answered["references"] {
		t.Errorf("Answered = %v", p.Answered)
	}
	if p.Work[0].FTE != 1 || p.RSCReceived[0].Start != p.RSCReceived[0].End || p.RSCReceived[0].Format != "individual" {
		t.Errorf("defaults not applied: %+v %+v", p.Work[0], p.RSCReceived[0])
	}
}

// TestDecodeMalformed: the files that once passed the browser's import
// check (issue 9) are refused, first with the path of the bad value
// (value checks of the same entry may follow); a leading UTF-8 BOM is
// accepted, and a number out of range names its field.
func TestDecodeMalformed(t *testing.T) {
	const f = `{"format":"endorse-profile/1",`
	for _, tc := range []struct{ in, want string }{
		{f + `"degrees":[null]}`, `degrees[0]: must be an object`},
		{f + `"training":[null]}`, `training[0]: must be an object`},
		{f + `"rsc_received":[{"date":"2024-01-01","hours":1},null]}`, `rsc_received[1]: must be an object`},
		{f + `"training":[{"hours":1,"date":"2024-01-01","topics":5}]}`, `training[0].topics: must be a list of strings`},
		{f + `"training":[{"hours":1,"date":"2024-01-01","topics":{"a":1}}]}`, `training[0].topics: must be a list of strings`},
		{f + `"training":[{"hours":1,"date":"2024-01-01","topics":"imh"}]}`, `training[0].topics: must be a list of strings`},
		{f + `"training":[{"hours":1,"date":"2024-01-01","topics":[null]}]}`, `training[0].topics: must be a list of strings`},
		{f + `"degrees":{"level":"master"}}`, `degrees: must be a list`},
		{f + `"exam":[]}`, `exam: must be an object`},
		{f + `"training":[{"hours":1e400,"date":"2024-01-01"}]}`, `training[0].hours: number out of range (magnitude must be below 1e15)`},
		{f + `"work":[{"start":"2024-01-01","families":-1e400}]}`, `work[0].families: number out of range (magnitude must be below 1e15)`},
		{"\ufeff" + f + `"training":[]}`, ``},
		{"\ufeff" + f + `"training":[}`, `not valid JSON: 1:43: invalid character '}'`},
	} {
		_, errs := Decode([]byte(tc.in))
		if got := joined(errs[:min(len(errs), 1)]); got != tc.want {
			t.Errorf("Decode(%q)\n got: %s\nwant: %s", tc.in, got, tc.want)
		}
	}
}

// TestShapeErrors: the import check refuses what no form can hold and
// accepts unfinished entries (a missing date, hours out of range), which
// the checker keeps and shows next to the entry.
func TestShapeErrors(t *testing.T) {
	const f = `{"format":"endorse-profile/1",`
	for _, tc := range []struct{ in, want string }{
		{f + `"training":[{"title":"unfinished"},{"hours":-3}],"work":[{"fte":2,"age_band":"teen"}]}`, ``},
		{f + `"training":[null,{"topics":5}],"typo":1}`, `training[0]: must be an object|training[1].topics: must be a list of strings|typo: unknown key`},
		{f + `"":1,"exam":{"":true}}`, `"": unknown key|exam."": unknown key`},
		{f + `"degrees":[{"date":"2024-02-30"}]}`, `degrees[0].date: must be a date YYYY-MM-DD`},
		{`{"format":"endorse-profile/2"}`, `format: must be "endorse-profile/1"`},
		{`[]`, `a profile must be a JSON object`},
		{f + `"training":[{"hours":1e400}]}`, `training[0].hours: number out of range (magnitude must be below 1e15)`},
		{`{"a":`, `not valid JSON: 1:6: unexpected end of input`},
		{"\ufeff" + `{"format":"endorse-profile/1"}`, ``},
	} {
		if got := joined(ShapeErrors([]byte(tc.in))); got != tc.want {
			t.Errorf("ShapeErrors(%q)\n got: %s\nwant: %s", tc.in, got, tc.want)
		}
	}
}

// joined is the problems' texts joined by "|".
func joined(errs wasmjson.Errors) string {
	got := []string{}
	for _, e := range errs {
		got = append(got, e.Error())
	}
	return strings.Join(got, "|")
}

// FuzzShapeErrors: ShapeErrors never panics and reports exactly the first
// problems Decode reports (its value checks come after them), so the
// browser's import check and `endorse eval` cannot disagree on shape.
func FuzzShapeErrors(f *testing.F) {
	for _, s := range []string{`{"format":"endorse-profile/1","training":[null,{"topics":5}]}`,
		"\ufeff{\"format\":\"endorse-profile/1\"}", `{"a":[{"b":1e400}]}`, `{"format":"endorse-profile/1","work":[{"fte":2}]}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		shape := joined(ShapeErrors(data))
		_, errs := Decode(data)
		if all := joined(errs); shape != "" && all != shape && !strings.HasPrefix(all, shape+"|") {
			t.Fatalf("ShapeErrors %q is not the start of Decode's %q", shape, all)
		}
	})
}

// TestWorkServices: an entry's kinds of service are its services and, in
// a profile written before an entry could name several, its one service;
// a requirement counts the entry when any of them is among its own.
func TestWorkServices(t *testing.T) {
	for _, tc := range []struct {
		work string
		list []string
		in   []string
		has  bool
	}{
		{`{"start":"2020-01-01","service":"home_visiting"}`, []string{"home_visiting"}, []string{"dyadic_therapy", "home_visiting"}, true},
		{`{"start":"2020-01-01","services":["home_visiting","dyadic_therapy"]}`, []string{"home_visiting", "dyadic_therapy"}, []string{"dyadic_therapy"}, true},
		{`{"start":"2020-01-01","services":["home_visiting"],"service":"policy"}`, []string{"policy", "home_visiting"}, []string{"policy"}, true},
		{`{"start":"2020-01-01","services":["home_visiting"],"service":"home_visiting"}`, []string{"home_visiting"}, []string{"policy"}, false},
		{`{"start":"2020-01-01","services":[]}`, []string{}, []string{"policy"}, false},
	} {
		p, errs := Decode([]byte(`{"format":"endorse-profile/1","work":[` + tc.work + `]}`))
		if len(errs) > 0 {
			t.Fatalf("%s: %v", tc.work, errs)
		}
		w := &p.Work[0]
		if got := w.ServiceList(); strings.Join(got, " ") != strings.Join(tc.list, " ") {
			t.Errorf("%s: services %q, want %q", tc.work, got, tc.list)
		}
		if got := w.HasService(tc.in); got != tc.has {
			t.Errorf("%s: HasService(%q) = %v", tc.work, tc.in, got)
		}
	}
}
