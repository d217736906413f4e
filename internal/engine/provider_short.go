package engine

import "github.com/iecmh/endorse/internal/profile"

// providerShort says why a provider the rule's tokens do not accept does
// not count, by the real cause: when a token names the provider's own
// endorsement (or the ERS add-on alone), what the provider lacks for it (a
// Master's degree, the ERS add-on: something the applicant can ask the
// provider about); else which providers the rule accepts.
func (c *ctx) providerShort(tokens []string, r *profile.RSC) *Msg {
	c.catNamed = true // both reasons name the category
	var best []string
	found := false
	for _, tok := range tokens {
		id, quals := cutPlus(tok)
		if id != r.ProviderEndorsement && id != "ers" {
			continue
		}
		var need []string
		if id == "ers" {
			need = append(need, "ers")
		}
		for quals != "" {
			var q string
			q, quals = cutPlus(quals)
			if !hasQualifier(r, q) {
				need = append(need, q)
			}
		}
		if !found || len(need) < len(best) {
			best, found = need, true
		}
	}
	if found && len(best) > 0 {
		return msgProviderNeeds(r.ProviderEndorsement, best, c.cat.ID)
	}
	return msgProviderNotAccepted(r.ProviderEndorsement, tokens, c.cat.ID)
}
