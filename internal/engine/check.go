package engine

import (
	"github.com/iecmh/endorse/internal/jsonlite"
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/profile"
)

// CheckProfile checks the words a profile takes from the rules: topics,
// services, roles, credentials, licenses, attestations, category ids and
// catalog course ids. Each problem names its field path; the list is
// sorted by path.
func CheckProfile(m *model.Model, p *profile.Profile) jsonlite.Errors {
	pc := &profileChecker{m: m, v: &m.Vocabulary}
	pc.training(p.Training)
	for i, w := range p.Work {
		pc.word(at("work", i, "service"), w.Service, pc.v.Services, "service")
		pc.category(at("work", i, "supervisor_endorsement"), w.SupervisorEndorsement)
	}
	for i, r := range p.RSCReceived {
		pc.category(at("rsc_received", i, "provider_endorsement"), r.ProviderEndorsement)
	}
	for i, l := range p.Leadership {
		pc.word(at("leadership", i, "kind"), l.Kind, pc.v.Leadership, "leadership kind")
	}
	for i, r := range p.References {
		pc.word(at("references", i, "role"), r.Role, pc.v.Roles, "role")
		pc.category(at("references", i, "rater_endorsement"), r.RaterEndorsement)
	}
	pc.rest(p)
	sortByPath(pc.errs)
	return pc.errs
}

// sortByPath orders errors by field path, keeping the order of equal paths
// (insertion sort: the lists are short).
func sortByPath(e jsonlite.Errors) {
	for i := 1; i < len(e); i++ {
		for j := i; j > 0 && e[j].Path < e[j-1].Path; j-- {
			e[j], e[j-1] = e[j-1], e[j]
		}
	}
}

type profileChecker struct {
	m    *model.Model
	v    *model.Vocabulary
	errs jsonlite.Errors
}

func at(list string, i int, key string) string { return jsonlite.Join(jsonlite.Index(list, i), key) }

func (pc *profileChecker) word(path, key string, words []model.Word, what string) {
	if key != "" && !model.Has(words, key) {
		pc.errs.Add(path, "unknown "+what+" \""+key+"\"")
	}
}

func (pc *profileChecker) category(path, id string) {
	if id != "" && pc.m.Category(id) == nil {
		pc.errs.Add(path, "unknown category \""+id+"\"")
	}
}

func (pc *profileChecker) training(list []profile.Training) {
	for i, t := range list {
		for _, tp := range t.Topics {
			pc.word(at("training", i, "topics"), tp, pc.v.Topics, "topic")
		}
		if t.Course != "" && pc.m.Course(t.Course) == nil {
			pc.errs.Add(at("training", i, "course"), "unknown course \""+t.Course+"\"")
		}
	}
}

func (pc *profileChecker) rest(p *profile.Profile) {
	for i, c := range p.Credentials {
		pc.word(at("credentials", i, "id"), c.ID, pc.v.Credentials, "credential")
	}
	for i, l := range p.Licenses {
		pc.word(at("licenses", i, "kind"), l.Kind, pc.v.Licenses, "license kind")
	}
	for i, e := range p.Endorsements {
		pc.category(at("endorsements", i, "category"), e.Category)
	}
	for k := range p.Attestations {
		pc.word(jsonlite.Join("attestations", k), k, pc.v.Attestations, "attestation")
	}
}
