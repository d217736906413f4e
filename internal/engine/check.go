package engine

import (
	"github.com/iecmh/endorse/internal/jsonlite"
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/profile"
)

// CheckProfile checks the words a profile takes from the rules: topics,
// services, roles, credentials, licenses, attestations, category ids and
// catalog course ids. Each problem names its field path.
func CheckProfile(m *model.Model, p *profile.Profile) jsonlite.Errors {
	var errs jsonlite.Errors
	v := &m.Vocabulary
	word := func(path, key string, words []model.Word, what string) {
		if key != "" && !model.Has(words, key) {
			errs.Add(path, "unknown "+what+" \""+key+"\"")
		}
	}
	cat := func(path, id string) {
		if id != "" && m.Category(id) == nil {
			errs.Add(path, "unknown category \""+id+"\"")
		}
	}
	for i, t := range p.Training {
		at := jsonlite.Index("training", i)
		for _, tp := range t.Topics {
			word(jsonlite.Join(at, "topics"), tp, v.Topics, "topic")
		}
		if t.Course != "" && m.Course(t.Course) == nil {
			errs.Add(jsonlite.Join(at, "course"), "unknown course \""+t.Course+"\"")
		}
	}
	for i, w := range p.Work {
		word(jsonlite.Join(jsonlite.Index("work", i), "service"), w.Service, v.Services, "service")
		cat(jsonlite.Join(jsonlite.Index("work", i), "supervisor_endorsement"), w.SupervisorEndorsement)
	}
	for i, r := range p.RSCReceived {
		cat(jsonlite.Join(jsonlite.Index("rsc_received", i), "provider_endorsement"), r.ProviderEndorsement)
	}
	for i, l := range p.Leadership {
		word(jsonlite.Join(jsonlite.Index("leadership", i), "kind"), l.Kind, v.Leadership, "leadership kind")
	}
	for i, r := range p.References {
		word(jsonlite.Join(jsonlite.Index("references", i), "role"), r.Role, v.Roles, "role")
		cat(jsonlite.Join(jsonlite.Index("references", i), "rater_endorsement"), r.RaterEndorsement)
	}
	for i, c := range p.Credentials {
		word(jsonlite.Join(jsonlite.Index("credentials", i), "id"), c.ID, v.Credentials, "credential")
	}
	for i, l := range p.Licenses {
		word(jsonlite.Join(jsonlite.Index("licenses", i), "kind"), l.Kind, v.Licenses, "license kind")
	}
	for i, e := range p.Endorsements {
		cat(jsonlite.Join(jsonlite.Index("endorsements", i), "category"), e.Category)
	}
	for k := range p.Attestations {
		word(jsonlite.Join("attestations", k), k, v.Attestations, "attestation")
	}
	sortErrs(errs)
	return errs
}

func sortErrs(errs jsonlite.Errors) {
	for i := 1; i < len(errs); i++ {
		for j := i; j > 0 && errs[j].Path < errs[j-1].Path; j-- {
			errs[j], errs[j-1] = errs[j-1], errs[j]
		}
	}
}
