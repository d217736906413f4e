package engine

import (
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/profile"
)

// providerOn returns nil when the RSC entry's provider may give qualifying
// RSC for the category on day, else why not. The first matching rule of
// rules/providers.toml decides.
func (c *ctx) providerOn(r *profile.RSC, day model.Date) *Msg {
	rule := c.providerRule(day)
	if rule == nil {
		c.catNamed = true
		return msgNoProviderRule(c.cat.ID)
	}
	cut := c.m.Association.EndorsedOnlyFrom
	if r.ProviderVetted && cut != 0 && day >= cut && !c.renewal {
		return msgVettedNotCounted(cut)
	}
	if !anyTokenMatches(rule.Providers, r) {
		return c.providerShort(rule.Providers, r)
	}
	return c.policyOn(r, day)
}

// policyOn applies the association's provider policies in force on day to
// a provider the shared rules accept: nil when none objects.
func (c *ctx) policyOn(r *profile.RSC, day model.Date) *Msg {
	if pol := c.policyFor(r, day); pol != nil {
		return msgPolicyNeeds(r.ProviderEndorsement, pol.Need, pol.From, c.m.Association.ShortName)
	}
	return nil
}

// policyFor returns the association's policy in force on day that the
// provider does not satisfy (nil = none).
func (c *ctx) policyFor(r *profile.RSC, day model.Date) *model.ProviderPolicy {
	for i := range c.m.Association.RSCPolicies {
		pol := &c.m.Association.RSCPolicies[i]
		if day.Within(pol.From, pol.Until) && model.In(pol.Providers, r.ProviderEndorsement) && !hasQualifier(r, pol.Need) {
			return pol
		}
	}
	return nil
}

func (c *ctx) providerRule(day model.Date) *model.ProviderRule {
	for _, pr := range c.providerRules() {
		if day.Within(pr.From, pr.Until) && c.applicantIs(pr.Applicant, day) {
			return pr
		}
	}
	return nil
}

// providerRules returns, once per category, the provider rules for it and
// for the purpose (earning or renewing), in file order.
func (c *ctx) providerRules() []*model.ProviderRule {
	if c.rules != nil {
		return c.rules
	}
	purpose := "earn"
	if c.renewal {
		purpose = "renew"
	}
	c.rules = []*model.ProviderRule{}
	for i := range c.m.Providers {
		pr := &c.m.Providers[i]
		if model.In(pr.Categories, c.cat.ID) && (pr.Purpose == "" || pr.Purpose == "both" || pr.Purpose == purpose) {
			c.rules = append(c.rules, pr)
		}
	}
	return c.rules
}

func (c *ctx) applicantIs(cond string, day model.Date) bool {
	switch cond {
	case "below_master":
		return c.levelAt(day) < model.LevelRank("master")
	case "master":
		return c.levelAt(day) >= model.LevelRank("master")
	case "provides_rsc":
		return c.providesRSCOn(day)
	}
	return true
}

func (c *ctx) providesRSCOn(day model.Date) bool { return c.providingCoverage().has(day) }

func anyTokenMatches(tokens []string, r *profile.RSC) bool {
	for _, tok := range tokens {
		if tokenMatches(tok, r) {
			return true
		}
	}
	return false
}

// tokenMatches reads "imhs+ers", "ifs+master": the provider holds the
// endorsement and every qualifier after it. "ers" alone is any provider
// who holds the Endorsed Reflective Supervisor add-on (on whatever base
// endorsement, or entered as "ers").
func tokenMatches(tok string, r *profile.RSC) bool {
	id, quals := cutPlus(tok)
	if id != r.ProviderEndorsement && !(id == "ers" && hasQualifier(r, "ers")) {
		return false
	}
	for quals != "" {
		var q string
		q, quals = cutPlus(quals)
		if !hasQualifier(r, q) {
			return false
		}
	}
	return true
}

// hasQualifier reports whether the provider holds qualifier q: "master"
// (a Master's degree or higher) or "ers" (the ERS add-on).
func hasQualifier(r *profile.RSC, q string) bool {
	switch q {
	case "master":
		return r.ProviderMaster
	case "ers":
		return r.ProviderERS || r.ProviderEndorsement == "ers"
	}
	return false
}

// cutPlus splits s at its first "+".
func cutPlus(s string) (before, after string) {
	for i := 0; i < len(s); i++ {
		if s[i] == '+' {
			return s[:i], s[i+1:]
		}
	}
	return s, ""
}
