package profile

import (
	"reflect"
	"strings"
	"testing"

	"github.com/iecmh/endorse/internal/model"
)

// TestDecodeEveryField: one entry in every list with every key set decodes
// into the right fields (which also checks each list's allocator).
func TestDecodeEveryField(t *testing.T) {
	p, errs := Decode([]byte(`{"format":"endorse-profile/1","name":"N",
		"degrees":[{"level":"master","name":"MSW","field":"F","related":true,"date":"2019-05-20"}],
		"licenses":[{"kind":"mental_health","name":"LPC","date":"2020-01-02"}],
		"credentials":[{"id":"cda","date":"2018-03-04"}],
		"training":[{"title":"T","hours":2.5,"date":"2021-01-01","topics":["imh"],"course":"c"}],
		"work":[{"role":"R","start":"2019-06-01","end":"2020-06-01","paid":true,"fte":0.5,"internship":true,
			"supervisor_endorsement":"imhs","age_band":"infant","services":["s","t"],"service":"u","dyadic":true,"families":3}],
		"rsc_received":[{"date":"2022-01-05","hours":1.5,"format":"group","provider":"P","provider_endorsement":"imhm-c",
			"provider_vetted":true,"provider_master":true,"provider_ers":true,"about_own_rsc":true}],
		"rsc_provided":[{"start":"2023-01-01","end":"2023-02-01","format":"group","supervisees":4}],
		"leadership":[{"role":"L","start":"2022-01-01","end":"2022-03-01","kind":"policy","level":"state"}],
		"references":[{"role":"supervisor","rater_endorsement":"imhs","rater_vetted":true}],
		"exam":{"passed":true,"date":"2021-10-01","form":"imh"},
		"code_of_ethics":{"signed":true,"date":"2024-11-02"},
		"memberships":[{"association":"npaimh","until":"2025-12-31"}],
		"endorsements":[{"category":"imhs","since":"2020-06-01"}],
		"attestations":{"portfolio":true}}`))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	d := func(s string) model.Date { v, _ := model.ParseDate(s); return v }
	want := &Profile{Name: "N",
		Degrees:     []Degree{{Level: "master", Name: "MSW", Field: "F", Related: true, Date: d("2019-05-20")}},
		Licenses:    []License{{Kind: "mental_health", Name: "LPC", Date: d("2020-01-02")}},
		Credentials: []Credential{{ID: "cda", Date: d("2018-03-04")}},
		Training:    []Training{{Title: "T", Hours: 2.5, HasHours: true, Date: d("2021-01-01"), Topics: []string{"imh"}, Course: "c"}},
		Work: []Work{{Role: "R", Start: d("2019-06-01"), End: d("2020-06-01"), Paid: true, FTE: 0.5, Internship: true,
			SupervisorEndorsement: "imhs", AgeBand: "infant", Services: []string{"s", "t"}, Service: "u", Dyadic: true, Families: 3}},
		RSCReceived: []RSC{{Start: d("2022-01-05"), End: d("2022-01-05"), Hours: 1.5, Format: "group", Provider: "P",
			ProviderEndorsement: "imhm-c", ProviderVetted: true, ProviderMaster: true, ProviderERS: true, Own: true}},
		RSCProvided:  []Period{{Start: d("2023-01-01"), End: d("2023-02-01"), Format: "group", Supervisees: 4}},
		Leadership:   []Leadership{{Role: "L", Start: d("2022-01-01"), End: d("2022-03-01"), Kind: "policy", Level: "state"}},
		References:   []Reference{{Role: "supervisor", RaterEndorsement: "imhs", RaterVetted: true}},
		Exam:         Exam{Passed: true, Date: d("2021-10-01"), Form: "imh"},
		Ethics:       Ethics{Signed: true, Date: d("2024-11-02")},
		Memberships:  []Membership{{Association: "npaimh", Until: d("2025-12-31")}},
		Endorsements: []Endorsement{{Category: "imhs", Since: d("2020-06-01")}},
		Attestations: map[string]bool{"portfolio": true},
		format:       Format,
	}
	want.Answered = p.Answered
	if !reflect.DeepEqual(p, want) {
		t.Errorf("decoded\n%+v\nwant\n%+v", p, want)
	}
}

// BenchmarkDecode: decoding a profile of 240 list entries with every key
// set (the browser decodes the profile on every evaluation).
func BenchmarkDecode(b *testing.B) {
	entries := map[string]string{
		"training":     `{"title":"T","hours":2.5,"date":"2021-01-01","topics":["imh","dei"],"course":"c"}`,
		"work":         `{"role":"R","start":"2019-06-01","end":"2020-06-01","paid":true,"fte":0.5,"age_band":"infant","services":["s","t"],"dyadic":true,"families":3}`,
		"rsc_received": `{"date":"2022-01-05","hours":1.5,"format":"group","provider":"P","provider_endorsement":"imhm-c"}`,
		"leadership":   `{"role":"L","start":"2022-01-01","end":"2022-03-01","kind":"policy","level":"state"}`,
		"references":   `{"role":"supervisor","rater_endorsement":"imhs","rater_vetted":true}`,
		"degrees":      `{"level":"master","name":"MSW","field":"F","related":true,"date":"2019-05-20"}`,
	}
	src := `{"format":"endorse-profile/1","attestations":{"portfolio":true}`
	for key, e := range entries {
		src += `,"` + key + `":[` + e + strings.Repeat(","+e, 39) + `]`
	}
	data := []byte(src + "}")
	if _, errs := Decode(data); len(errs) > 0 {
		b.Fatal(errs)
	}
	for b.Loop() {
		Decode(data)
	}
}
