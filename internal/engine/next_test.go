package engine_test

import (
	"strings"
	"testing"

	"github.com/iecmh/endorse/internal/engine"
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/profile"
)

// personaReport evaluates a profile (JSON) for category on day.
func personaReport(t *testing.T, m *model.Model, src, day, category string) *engine.Report {
	t.Helper()
	p, errs := profile.Decode([]byte(src))
	if len(errs) > 0 {
		t.Fatalf("profile: %v", errs)
	}
	d, _ := model.ParseDate(day)
	return engine.Evaluate(m, p, d, category)
}

// outcomeOf finds requirement id among list (and their children).
func outcomeOf(list []*engine.Outcome, id string) *engine.Outcome {
	for _, o := range list {
		if o.ID == id {
			return o
		}
		if c := outcomeOf(o.Children, id); c != nil {
			return c
		}
	}
	return nil
}

func nextCodes(o *engine.Outcome) string {
	var codes []string
	for _, m := range o.Next {
		codes = append(codes, m.Code)
	}
	return strings.Join(codes, " ")
}

// homeVisitor is issue 11's first persona: 55 h of RSC from a provider
// endorsed as IMHS, who (from 2025, NPAIMH's policy) counts toward IFS
// only with the ERS add-on.
const homeVisitor = `{"format":"endorse-profile/1",
"work":[{"role":"Home visitor","start":"2023-11-01","paid":true,"fte":1,"age_band":"infant","services":["home_visiting"],"dyadic":true,"families":15}],
"degrees":[{"level":"master","name":"MSW","date":"2021-05-15","related":true}],
"training":[{"title":"Infant mental health foundations","hours":40,"date":"2025-10-01"}],
"rsc_received":[{"start":"2025-11-01","end":"2026-11-30","hours":55,"format":"individual","provider":"A. Reyes","provider_endorsement":"imhs"}]}`

// TestNextStepRealCauseFirst: when the RSC listed does not count only
// because of what the provider holds, the first next step is to ask the
// provider, before a pace of new hours.
func TestNextStepRealCauseFirst(t *testing.T) {
	m := loadProjectRules(t)
	r := personaReport(t, m, homeVisitor, "2026-12-05", "ifs")
	o := outcomeOf(r.Categories[0].Requirements, "rsc")
	if o == nil || len(o.Next) == 0 || o.Next[0].Code != "do_ask_provider" {
		t.Fatalf("IFS RSC next steps %q, want do_ask_provider first", nextCodes(o))
	}
}
