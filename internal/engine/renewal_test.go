package engine_test

import (
	"testing"

	"github.com/iecmh/endorse/internal/engine"
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/profile"
)

// TestRenewalCycles: the renewal cycle checked on a day follows the
// association's policy: cycles of one or more calendar years from the
// year after the endorsement, and a late window after the due date that
// still checks the cycle just ended.
func TestRenewalCycles(t *testing.T) {
	for _, tc := range []struct {
		name                 string
		policy               model.RenewalPolicy
		since, asOf          string
		from, due, lateUntil string
		late                 bool
		status               string
	}{
		{"yearly", model.RenewalPolicy{Years: 1, LateDays: 31, First: "year_after"}, "2019-06-01", "2024-06-01",
			"2024-01-01", "2024-12-31", "2025-01-31", false, engine.Incomplete},
		{"yearly, late window", model.RenewalPolicy{Years: 1, LateDays: 31, First: "year_after"}, "2019-06-01", "2025-01-31",
			"2024-01-01", "2024-12-31", "2025-01-31", true, engine.Incomplete},
		{"yearly, after the late window", model.RenewalPolicy{Years: 1, LateDays: 31, First: "year_after"}, "2019-06-01", "2025-02-01",
			"2025-01-01", "2025-12-31", "2026-01-31", false, engine.Incomplete},
		{"no late window", model.RenewalPolicy{Years: 1}, "2019-06-01", "2025-01-15",
			"2025-01-01", "2025-12-31", "2025-12-31", false, engine.Incomplete},
		{"first cycle not begun", model.RenewalPolicy{Years: 1, LateDays: 31, First: "year_after"}, "2024-03-01", "2024-12-31",
			"2025-01-01", "2025-12-31", "2026-01-31", false, engine.NotDue},
		{"first cycle, same year", model.RenewalPolicy{Years: 1, First: "same_year"}, "2024-03-01", "2024-12-31",
			"2024-01-01", "2024-12-31", "2024-12-31", false, engine.Incomplete},
		{"three years", model.RenewalPolicy{Years: 3, LateDays: 31, First: "year_after"}, "2019-06-01", "2024-06-01",
			"2023-01-01", "2025-12-31", "2026-01-31", false, engine.Incomplete},
		{"three years, late window", model.RenewalPolicy{Years: 3, LateDays: 31, First: "year_after"}, "2019-06-01", "2026-01-15",
			"2023-01-01", "2025-12-31", "2026-01-31", true, engine.Incomplete},
		{"three years, middle of the first cycle's last year", model.RenewalPolicy{Years: 3, LateDays: 31, First: "year_after"}, "2019-06-01", "2022-12-31",
			"2020-01-01", "2022-12-31", "2023-01-31", false, engine.Incomplete},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := loadProjectRules(t)
			m.Association.Renewal = tc.policy
			p := mustProfile(t, `{"format":"endorse-profile/1","endorsements":[{"category":"ifs","since":"`+tc.since+`"}]}`)
			r := engine.Evaluate(m, p, date(t, tc.asOf), "ifs").Renewal[0]
			got := [4]string{r.From.String(), r.Due.String(), r.LateUntil.String(), r.Status}
			want := [4]string{tc.from, tc.due, tc.lateUntil, tc.status}
			if got != want || r.Late != tc.late {
				t.Errorf("cycle %v late %v, want %v late %v", got, r.Late, want, tc.late)
			}
		})
	}
}

// TestThreeYearCycle: an association that renews every three years with
// 45 hours over the cycle, 3 on DEI and 15 about RSC (its override of the
// shared yearly rule) counts every hour of the cycle and nothing before it,
// and each hour toward one minimum only.
func TestThreeYearCycle(t *testing.T) {
	m := loadProjectRules(t)
	m.Association.Renewal = model.RenewalPolicy{Years: 3, LateDays: 31, First: "year_after"}
	ifs := m.Category("ifs")
	training := &model.Requirement{ID: "training", Kind: "training", Section: "training", Text: "45 hours over the cycle",
		Params: &model.Training{Hours: 45, Topics: map[string]float64{"dei": 3, "rsc": 15}}}
	ifs.RenewalTree = []*model.Requirement{training}
	p := mustProfile(t, `{"format":"endorse-profile/1","endorsements":[{"category":"ifs","since":"2019-06-01"}],
	  "training":[{"title":"before the cycle","hours":40,"date":"2022-12-31","topics":["imh"]},
	    {"title":"RSC and equity","hours":15,"date":"2023-05-01","topics":["rsc","dei"]},
	    {"title":"conference","hours":27,"date":"2024-10-01","topics":["imh"]},
	    {"title":"equity","hours":3,"date":"2025-03-01","topics":["dei"]}]}`)
	r := engine.Evaluate(m, p, date(t, "2025-06-01"), "ifs").Renewal[0]
	o := r.Requirements[0]
	if o.Status != engine.Met || o.Have != 45 {
		t.Errorf("status %s, have %v: want met with 45 hours (15 + 27 + 3; 2022 is before the cycle)", o.Status, o.Have)
	}
	p.Training[3] = profile.Training{Title: "conference", Hours: 3, HasHours: true, Date: date(t, "2025-03-01"), Topics: []string{"imh"}}
	o = engine.Evaluate(m, p, date(t, "2025-06-01"), "ifs").Renewal[0].Requirements[0]
	if o.Status != engine.NotMet || len(o.Gaps) != 1 || o.Gaps[0].Code != "more_topic_hours" || o.Gaps[0].Arg("hours") != "3" {
		t.Errorf("status %s, gaps %v: want not met, 3 hours short on DEI or RSC (the 15 RSC+DEI hours serve one minimum each)", o.Status, o.Gaps)
	}
}

func mustProfile(t *testing.T, js string) *profile.Profile {
	t.Helper()
	p, errs := profile.Decode([]byte(js))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	return p
}

func date(t *testing.T, s string) model.Date {
	t.Helper()
	d, ok := model.ParseDate(s)
	if !ok {
		t.Fatal(s)
	}
	return d
}
