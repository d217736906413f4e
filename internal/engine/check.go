package engine

import (
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/profile"
	"github.com/iecmh/endorse/internal/wasmjson"
)

// CheckProfile checks the words a profile takes from the rules: topics,
// services, roles, credentials, licenses, attestations, category ids and
// catalog course ids. Each problem names its field path; the list is
// sorted by path.
func CheckProfile(m *model.Model, p *profile.Profile) wasmjson.Errors {
	pc := &profileChecker{m: m, v: &m.Vocabulary}
	pc.training(p.Training)
	for i, w := range p.Work {
		pc.entry("work", i)
		pc.word("service", w.Service, pc.v.Services, "service")
		for _, s := range w.Services {
			pc.word("services", s, pc.v.Services, "service")
		}
		pc.category("supervisor_endorsement", w.SupervisorEndorsement)
	}
	for i, r := range p.RSCReceived {
		pc.entry("rsc_received", i)
		pc.category("provider_endorsement", r.ProviderEndorsement)
	}
	for i, l := range p.Leadership {
		pc.entry("leadership", i)
		pc.word("kind", l.Kind, pc.v.Leadership, "leadership kind")
	}
	for i, r := range p.References {
		pc.entry("references", i)
		pc.word("role", r.Role, pc.v.Roles, "role")
		pc.category("rater_endorsement", r.RaterEndorsement)
	}
	pc.rest(p)
	sortByPath(pc.errs)
	return pc.errs
}

// sortByPath orders errors by field path, keeping the order of equal paths
// (insertion sort: the lists are short).
func sortByPath(e wasmjson.Errors) {
	for i := 1; i < len(e); i++ {
		for j := i; j > 0 && e[j].Path < e[j-1].Path; j-- {
			e[j], e[j-1] = e[j-1], e[j]
		}
	}
}

// profileChecker collects CheckProfile's problems. The checks name the
// list entry they look at (set by entry) and build its path only for a
// problem.
type profileChecker struct {
	m    *model.Model
	v    *model.Vocabulary
	list string // the entry being checked: its list and index
	i    int
	errs wasmjson.Errors
}

// entry makes entry i of list the one the next checks report on.
func (pc *profileChecker) entry(list string, i int) { pc.list, pc.i = list, i }

// word reports value at key of the current entry unless it is empty or
// one of words; what names the kind of word.
func (pc *profileChecker) word(key, value string, words []model.Word, what string) {
	if value != "" && !model.Has(words, value) {
		pc.unknown(key, what, value)
	}
}

// category reports id at key of the current entry unless it is empty or a
// category of the rules.
func (pc *profileChecker) category(key, id string) {
	if id != "" && pc.m.Category(id) == nil {
		pc.unknown(key, "category", id)
	}
}

// unknown records `unknown <what> "<value>"` at key of the current entry
// (path list[i].key).
func (pc *profileChecker) unknown(key, what, value string) {
	pc.errs.Add(wasmjson.Join(wasmjson.Index(pc.list, pc.i), key), "unknown "+what+" \""+value+"\"")
}

func (pc *profileChecker) training(list []profile.Training) {
	for i, t := range list {
		pc.entry("training", i)
		for _, tp := range t.Topics {
			pc.word("topics", tp, pc.v.Topics, "topic")
		}
		if t.Course != "" && pc.m.Course(t.Course) == nil {
			pc.unknown("course", "course", t.Course)
		}
	}
}

func (pc *profileChecker) rest(p *profile.Profile) {
	for i, c := range p.Credentials {
		pc.entry("credentials", i)
		pc.word("id", c.ID, pc.v.Credentials, "credential")
	}
	for i, l := range p.Licenses {
		pc.entry("licenses", i)
		pc.word("kind", l.Kind, pc.v.Licenses, "license kind")
	}
	for i, e := range p.Endorsements {
		pc.entry("endorsements", i)
		pc.category("category", e.Category)
	}
	for k := range p.Attestations { // a map: the path is attestations.<key>
		if k != "" && !model.Has(pc.v.Attestations, k) {
			pc.errs.Add(wasmjson.Join("attestations", k), "unknown attestation \""+k+"\"")
		}
	}
}
