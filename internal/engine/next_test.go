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

// renewingIMHS is issue 11's fifth persona: endorsed IMHS since 2021,
// providing RSC, 8 hours of training this year.
const renewingIMHS = `{"format":"endorse-profile/1",
"endorsements":[{"category":"imhs","since":"2021-04-01"}],
"rsc_provided":[{"start":"2023-01-09","format":"individual","supervisees":4}],
"training":[{"title":"Reflective practice institute","hours":8,"date":"2026-09-12"}]}`

// TestNextStepCoursesFit: the courses a training step proposes are
// written for the category's level (the course's levels), and an
// introductory course is never proposed for a renewal.
func TestNextStepCoursesFit(t *testing.T) {
	m := loadProjectRules(t)
	proposed := func(list []*engine.Outcome) []string {
		var ids []string
		if o := outcomeOf(list, "training"); o != nil {
			for _, s := range o.Next {
				ids = append(ids, s.List("courses")...)
			}
		}
		return ids
	}
	var intro, leveled []model.Course
	for _, k := range m.Catalog {
		if k.Introductory {
			intro = append(intro, k)
		}
		if len(k.Levels) > 0 {
			leveled = append(leveled, k)
		}
	}
	if len(intro) == 0 || len(leveled) == 0 {
		t.Fatalf("the catalog has %d introductory courses and %d with levels: nothing to check", len(intro), len(leveled))
	}
	r := personaReport(t, m, renewingIMHS, "2026-12-05", "imhs")
	if len(r.Renewal) == 0 {
		t.Fatal("no renewal checked")
	}
	ids := proposed(r.Renewal[0].Requirements)
	if len(ids) == 0 {
		t.Fatal("renewing IMHS is proposed no course")
	}
	for _, k := range intro {
		if model.In(ids, k.ID) {
			t.Errorf("renewing IMHS is proposed %q, with the introductory %s", ids, k.ID)
		}
	}
	for _, c := range m.Categories {
		ids := proposed(personaReport(t, m, renewingIMHS, "2026-12-05", c.ID).Categories[0].Requirements)
		for _, k := range leveled {
			if model.In(ids, k.ID) && !model.In(k.Levels, c.Level) {
				t.Errorf("%s (level %s) is proposed %s, written for %q", c.ID, c.Level, k.ID, k.Levels)
			}
		}
	}
}

// policyDirector is issue 11's fourth persona: 12 hours of training on
// leadership, toward a category asking 30 hours on infant mental health
// and 3 on diversity, equity and inclusion (33 in all).
const policyDirector = `{"format":"endorse-profile/1",
"work":[{"role":"State early childhood policy director","start":"2016-01-04","paid":true,"fte":1,"age_band":"both","services":["policy"]}],
"degrees":[{"level":"master","name":"MPP","date":"2012-05-15","related":true}],
"leadership":[{"role":"Policy director","start":"2016-01-04","kind":"policy","level":"state"}],
"training":[{"title":"Infant mental health policy institute","hours":12,"date":"2024-06-20","topics":["leadership"]}]}`

// TestTrainingGapsExplainThemselves: a total's shortfall is not shown
// next to topic shortfalls that cover it ("21 more training hours" beside
// "30 more … on infant mental health"); one the topics do not cover says
// it is in all (the renewing IMHS: 7 in all, 1 and 3 of them on topics).
func TestTrainingGapsExplainThemselves(t *testing.T) {
	m := loadProjectRules(t)
	gaps := func(o *engine.Outcome) string {
		var s []string
		for _, g := range o.Gaps {
			s = append(s, g.Code+":"+g.Arg("hours"))
		}
		return strings.Join(s, " ")
	}
	r := personaReport(t, m, policyDirector, "2026-12-05", "imhm-p")
	if got, want := gaps(outcomeOf(r.Categories[0].Requirements, "training")), "more_topic_hours:3 more_topic_hours:30"; got != want {
		t.Errorf("policy director's training gaps %q, want %q", got, want)
	}
	r = personaReport(t, m, renewingIMHS, "2026-12-05", "imhs")
	if got, want := gaps(outcomeOf(r.Renewal[0].Requirements, "training")), "more_training_hours_in_all:7 more_topic_hours:1 more_topic_hours:3"; got != want {
		t.Errorf("renewing IMHS's training gaps %q, want %q", got, want)
	}
}
