package engine

import (
	"github.com/iecmh/endorse/internal/model"
)

// credential: holds one of the listed credentials (e.g. the CDA).
func credential(c *ctx, r *model.Requirement, o *Outcome) {
	p, _ := r.Params.(*model.Credential)
	met := c.credentials(o, p.Credentials, msgNotCredential)
	o.unless(met, func() *Msg { return msgCredentialNeeded(p.Credentials) })
}

// credentials records every credential entry, counted when it is one of
// accepted and dated on or before the as-of date (else whyNot), and
// reports whether one counted.
func (c *ctx) credentials(o *Outcome, accepted []string, whyNot *Msg) bool {
	met := false
	for i, cr := range c.p.Credentials {
		ok := model.In(accepted, cr.ID) && cr.Date <= c.asOf
		o.check(listCredentials, i, ok, whyNot)
		met = met || ok
	}
	return met
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
