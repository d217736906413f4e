package engine

import (
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/profile"
)

// credential: holds one of the listed credentials (e.g. the CDA).
func credential(c *ctx, r *model.Requirement, o *Outcome) {
	p, _ := r.Params.(*model.Credential)
	met := false
	for i, cr := range c.p.Credentials {
		ok := model.In(p.Credentials, cr.ID) && cr.Date <= c.asOf
		o.check(profile.ListCredentials, i, ok, "not one of the accepted credentials")
		met = met || ok
	}
	o.yesNo(met, "one of these credentials is needed: "+wordsText(c.m.Vocabulary.Credentials, p.Credentials))
}

// wordsText joins the labels of vocabulary keys.
func wordsText(words []model.Word, keys []string) string {
	s := ""
	for i, k := range keys {
		if i > 0 {
			s += ", "
		}
		s += wordLabel(words, k)
	}
	return s
}

func wordLabel(words []model.Word, key string) string {
	for _, w := range words {
		if w.Key == key {
			return w.Label
		}
	}
	return key
}
