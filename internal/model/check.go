package model

import (
	"github.com/iecmh/endorse/internal/wasmjson"
)

// Check validates a resolved model: required keys, closed word lists,
// references to categories, courses and vocabulary, and impossible numbers.
func Check(m *Model) []Issue {
	ck := &checker{m: m}
	ck.association()
	ck.providers()
	for _, c := range m.Categories {
		ck.category(c)
	}
	ck.catalog()
	ck.topicGroups()
	ck.serviceText()
	ck.sourceWords()
	return ck.list
}

// serviceText checks that every service is described, and only services:
// the checker's form shows each service with its words.
func (ck *checker) serviceText() {
	ck.part, ck.id = "vocabulary", ""
	v := &ck.m.Vocabulary
	for _, w := range v.ServiceText {
		ck.words("service_text", []string{w.Key}, v.Services, "service")
	}
	for _, w := range v.Services {
		if !Has(v.ServiceText, w.Key) {
			ck.add("service_text", "missing: say what the service "+quote(w.Key)+" covers")
		}
	}
}

// sourceWords checks that publishers are named by host and source titles
// by web address, so each can match the sources the rules cite.
func (ck *checker) sourceWords() {
	ck.part, ck.id = "vocabulary", ""
	for _, w := range ck.m.Vocabulary.Publishers {
		if !isHost(w.Key) {
			ck.add(wasmjson.Join("publishers", w.Key), "a publisher is named by its host, such as \"mi-aimh.org\"")
		}
	}
	for _, w := range ck.m.Vocabulary.SourceTitles {
		ck.webAddress(wasmjson.Join("source_titles", w.Key), w.Key)
	}
}

// topicGroups checks that the topic groups name topics.
func (ck *checker) topicGroups() {
	ck.part, ck.id = "vocabulary", ""
	for i, g := range ck.m.Vocabulary.TopicGroups {
		p := wasmjson.Index("topic_groups", i)
		if len(g) < 2 {
			ck.add(p, "a topic group names a topic and at least one more")
		}
		for j, w := range g {
			if w != Untagged || j == 0 {
				ck.words(p, []string{w}, ck.m.Vocabulary.Topics, "topic")
			}
		}
	}
}

type checker struct {
	issues
	m *Model
}

// association checks rules/association.toml: who the association is, its
// fees, where applicants act and whom they ask, and its own policies.
func (ck *checker) association() {
	ck.part, ck.id = "association", ""
	a := &ck.m.Association
	ck.required("id", a.ID)
	ck.required("name", a.Name)
	ck.fees(a.Fees)
	ck.webAddress("apply.url", a.Apply.URL)
	ck.webAddress("apply.credential_form", a.Apply.CredentialForm)
	if a.Apply.URL != "" {
		ck.required("apply.system", a.Apply.System)
	}
	ck.coordinator(a.Coordinator)
	ck.documents(a.Documents)
	ck.oneOf("membership.applications", a.Membership.Applications, MembershipWhos)
	ck.oneOf("membership.renewals", a.Membership.Renewals, MembershipWhos)
	ck.rscPolicies(a.RSCPolicies)
	ck.basis("renewal", "", a.Renewal.Assumption, a.Renewal.AssumptionReason)
	ck.count("renewal.years", a.Renewal.Years, 0, 10)
	ck.count("renewal.late_days", a.Renewal.LateDays, 0, 366)
	ck.oneOf("renewal.first", a.Renewal.First, RenewalFirsts)
}

// fees checks [fees]: no amount is negative, and every category's fees
// name a category.
func (ck *checker) fees(f Fees) {
	for _, fee := range []struct {
		key    string
		amount float64
	}{{"membership", f.Membership}, {"student_membership", f.StudentMembership}, {"credential", f.Credential},
		{"exam_retake", f.ExamRetake}, {"renewal", f.Renewal}, {"late_renewal", f.LateRenewal}, {"reinstatement", f.Reinstatement}} {
		ck.nonNegative("fees."+fee.key, fee.amount)
	}
	for _, c := range f.Categories {
		p := "fees.categories." + c.Category
		ck.categoryRef(p, c.Category)
		ck.nonNegative(p+".registration", c.Registration)
		ck.nonNegative(p+".processing", c.Processing)
		ck.nonNegative(p+".exam", c.Exam)
	}
}

// rscPolicies checks [[rsc.policies]], the association's own limits on
// RSC providers: each names providers, a qualifier, its words and source.
func (ck *checker) rscPolicies(policies []ProviderPolicy) {
	for i, pol := range policies {
		p := wasmjson.Index("rsc.policies", i)
		ck.nonEmpty(wasmjson.Join(p, "providers"), len(pol.Providers))
		ck.categoryRefs(wasmjson.Join(p, "providers"), pol.Providers)
		ck.required(wasmjson.Join(p, "need"), pol.Need)
		ck.oneOf(wasmjson.Join(p, "need"), pol.Need, Qualifiers)
		ck.dateOrder(p, pol.From, pol.Until)
		ck.required(wasmjson.Join(p, "text"), pol.Text)
		ck.required(wasmjson.Join(p, "source"), pol.Source)
	}
}

func (ck *checker) providers() {
	ck.part, ck.id = "providers", ""
	for i, r := range ck.m.Providers {
		p := wasmjson.Index("rules", i)
		ck.nonEmpty(wasmjson.Join(p, "categories"), len(r.Categories))
		ck.categoryRefs(wasmjson.Join(p, "categories"), r.Categories)
		ck.oneOf(wasmjson.Join(p, "purpose"), r.Purpose, Purposes)
		ck.oneOf(wasmjson.Join(p, "applicant"), r.Applicant, Applicants)
		ck.dateOrder(p, r.From, r.Until)
		ck.nonEmpty(wasmjson.Join(p, "providers"), len(r.Providers))
		for _, t := range r.Providers {
			ck.providerToken(wasmjson.Join(p, "providers"), t)
		}
		ck.required(wasmjson.Join(p, "text"), r.Text)
		ck.basis(p, "", r.Assumption, r.AssumptionReason)
	}
}

func (ck *checker) providerToken(path, tok string) {
	id, quals := SplitToken(tok)
	ck.categoryRef(path, id)
	for _, q := range quals {
		if q != "master" && q != "ers" {
			ck.add(path, "unknown provider qualifier "+quote("+"+q)+" (use +master or +ers)")
		}
	}
}

func (ck *checker) category(c *Category) {
	ck.part, ck.id = "category", c.ID
	for _, k := range [][2]string{{"id", c.ID}, {"name", c.Name}, {"abbr", c.Abbr}, {"summary", c.Summary}, {"source", c.Source}} {
		ck.required(k[0], k[1])
	}
	ck.oneOf("kind", c.Kind, CategoryKinds)
	ck.oneOf("band", c.Band, Bands)
	ck.oneOf("level", c.Level, CategoryLevels)
	ck.oneOf("designation", c.Designation, Designations)
	ck.practice(c)
	ck.editions(c)
	for _, r := range c.Requirements {
		ck.requirement(r, false)
	}
	for _, r := range c.Renewal {
		ck.requirement(r, true)
	}
	for _, e := range c.Editions {
		ck.groups(e.Tree)
	}
	ck.groups(c.RenewalTree)
}

// practice checks what the checker's fit reads: every category names the
// services at its core, with the source that says so; an add-on may name
// none (its fit is the endorsement it adds to and the RSC it asks for).
func (ck *checker) practice(c *Category) {
	p := &c.Practice
	ck.words("practice.services", p.Services, ck.m.Vocabulary.Services, "service")
	switch {
	case c.Kind == "category" && len(p.Services) == 0:
		ck.add("practice.services", "missing: name the services at the category's core (the checker's fit reads them)")
	case c.Kind == "program" && (len(p.Services) > 0 || p.Dyadic):
		ck.add("practice", "a program is not an endorsement: the checker's fit does not read its practice")
	}
	if (len(p.Services) > 0 || p.Dyadic) && p.Source == "" {
		ck.add("practice.source", "missing (required)")
	}
}

func (ck *checker) editions(c *Category) {
	ck.nonEmpty("editions", len(c.Editions))
	seen := map[string]bool{}
	for i, e := range c.Editions {
		p := wasmjson.Index("editions", i)
		ck.required(wasmjson.Join(p, "id"), e.ID)
		ck.required(wasmjson.Join(p, "name"), e.Name)
		if seen[e.ID] {
			ck.add(wasmjson.Join(p, "id"), "duplicate edition id "+quote(e.ID))
		}
		seen[e.ID] = true
		if i > 0 && (e.From == 0 || e.From == c.Editions[i-1].From) {
			ck.add(wasmjson.Join(p, "from"), "every edition but the first needs its own from date")
		}
	}
}

func (ck *checker) requirement(r *Requirement, renewal bool) {
	if r.Overridden {
		part, id := ck.part, ck.id
		ck.part, ck.id = "association", ""
		defer func() { ck.part, ck.id = part, id }()
	}
	p := r.Path
	ck.required(wasmjson.Join(p, "id"), r.ID)
	if r.ID != "" && !validID(r.ID) {
		ck.add(wasmjson.Join(p, "id"), "id must be lower case letters, digits and '-'")
	}
	ck.required(wasmjson.Join(p, "text"), r.Text)
	if r.Parent == "" {
		ck.oneOf(wasmjson.Join(p, "section"), r.Section, Sections)
		ck.required(wasmjson.Join(p, "section"), r.Section)
		ck.required(wasmjson.Join(p, "source"), r.Source)
	} else if r.Section != "" || len(r.Editions) > 0 || r.From != 0 || r.Until != 0 {
		ck.add(wasmjson.Join(p, "parent"), "a child requirement takes section, editions and dates from its parent")
	}
	if renewal && len(r.Editions) > 0 {
		ck.add(wasmjson.Join(p, "editions"), "renewal requirements use from/until, not editions")
	}
	if !renewal && (r.From != 0 || r.Until != 0) {
		ck.add(wasmjson.Join(p, "from"), "application requirements use editions, not from/until")
	}
	ck.dateOrder(p, r.From, r.Until)
	if r.Params != nil {
		ck.params(r.Params, p)
	}
	ck.basis(p, r.Basis, r.Assumption, r.AssumptionReason)
}

// basis checks the audit record of a rule: a known basis, and a reason
// for an assumption (whether every requirement has a record is the
// project's test: Audited).
func (ck *checker) basis(p string, basis string, assumption bool, reason string) {
	ck.oneOf(wasmjson.Join(p, "basis"), basis, Bases)
	switch {
	case assumption && reason == "":
		ck.add(wasmjson.Join(p, "assumption_reason"), "missing: say what the sources leave open")
	case !assumption && reason != "":
		ck.add(wasmjson.Join(p, "assumption"), "assumption_reason is set but assumption is not true")
	}
}

func (ck *checker) groups(tree []*Requirement) {
	for _, r := range tree {
		min := map[string]int{"any_of": 2, "all_of": 1}[r.Kind]
		if len(r.Children) < min {
			ck.addAt(r, "kind", r.Kind+" needs at least "+wasmjson.Itoa(min)+" children (requirements with parent = "+quote(r.ID)+")")
		}
		ck.groups(r.Children)
	}
}

func validID(s string) bool {
	for _, c := range s {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return s != ""
}

// ValidID reports whether s is a valid category or requirement id.
func ValidID(s string) bool { return validID(s) }

func (ck *checker) required(path, s string) {
	if s == "" {
		ck.add(path, "missing (required)")
	}
}

func (ck *checker) nonEmpty(path string, n int) {
	if n == 0 {
		ck.add(path, "must not be empty")
	}
}

// coordinator checks [coordinator]: an email is name@host without spaces,
// the url a web address, and a name alone reaches no one.
func (ck *checker) coordinator(c Coordinator) {
	ck.webAddress("coordinator.url", c.URL)
	if c.Email != "" && !emailLike(c.Email) {
		ck.add("coordinator.email", quote(c.Email)+" is not an email address (name@host)")
	}
	if c.Name != "" && !c.Set() {
		ck.add("coordinator", "give an email, a phone or a url: a name alone does not say how to reach the coordinator")
	}
}

// emailLike reports whether s is one @ between non-empty parts, the host
// with a dot, and no spaces.
func emailLike(s string) bool {
	at, dot := -1, false
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] <= ' ':
			return false
		case s[i] == '@' && at >= 0:
			return false
		case s[i] == '@':
			at = i
		case s[i] == '.' && at >= 0 && i > at+1 && i < len(s)-1:
			dot = true
		}
	}
	return at > 0 && dot
}

func (ck *checker) oneOf(path, s string, list []string) {
	if s != "" && !In(list, s) {
		ck.add(path, quote(s)+" is not one of "+Join(list))
	}
}

// documents checks [[documents]]: each has a title and a link, and names
// known categories.
func (ck *checker) documents(docs []Document) {
	for i, d := range docs {
		p := wasmjson.Index("documents", i)
		ck.required(wasmjson.Join(p, "title"), d.Title)
		ck.required(wasmjson.Join(p, "url"), d.URL)
		ck.pageOrWebAddress(wasmjson.Join(p, "url"), d.URL)
		ck.categoryRefs(wasmjson.Join(p, "categories"), d.Categories)
	}
}

// pageOrWebAddress checks a link that may be a page of this site ("/fees/",
// not "//host/…", which leaves the site) or a web address.
func (ck *checker) pageOrWebAddress(path, s string) {
	if len(s) > 1 && s[0] == '/' && s[1] != '/' {
		return
	}
	if s != "" && !isWebAddress(s) {
		ck.add(path, quote(s)+" is neither a page of this site (/page/) nor a web address (https://…)")
	}
}

// webAddress checks an optional address people follow: https:// (or
// http://) and a host.
func (ck *checker) webAddress(path, s string) {
	if s != "" && !isWebAddress(s) {
		ck.add(path, quote(s)+" is not a web address (https://…)")
	}
}

// isHost reports whether s could be a host name: not empty, and no
// scheme, path or space.
func isHost(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '/' || s[i] == ':' || s[i] == ' ' {
			return false
		}
	}
	return s != ""
}

// isWebAddress reports whether s is http(s)://host… without spaces. (The
// model package does not import strings: see wasm/doc.go.)
func isWebAddress(s string) bool {
	rest := ""
	switch {
	case len(s) > 8 && s[:8] == "https://":
		rest = s[8:]
	case len(s) > 7 && s[:7] == "http://":
		rest = s[7:]
	}
	ok := rest != "" && rest[0] != '/'
	for i := 0; i < len(s) && ok; i++ {
		ok = s[i] > ' '
	}
	return ok
}

func (ck *checker) nonNegative(path string, f float64) {
	if f < 0 {
		ck.add(path, "must be ≥ 0")
	}
}

func (ck *checker) dateOrder(p string, from, until Date) {
	if from != 0 && until != 0 && until < from {
		ck.add(wasmjson.Join(p, "until"), "is before from")
	}
}

func (ck *checker) categoryRef(path, id string) {
	if ck.m.Category(id) == nil {
		ck.add(path, "unknown category "+quote(id))
	}
}

func (ck *checker) categoryRefs(path string, ids []string) {
	for _, id := range ids {
		ck.categoryRef(path, id)
	}
}

func (ck *checker) words(path string, keys []string, words []Word, what string) {
	for _, k := range keys {
		if !Has(words, k) {
			ck.add(path, "unknown "+what+" "+quote(k)+" (not in rules/vocabulary.toml)")
		}
	}
}

func (ck *checker) fixed(path string, keys []string, list []string) {
	for _, k := range keys {
		ck.oneOf(path, k, list)
	}
}

// catalog checks the catalog's topic tags against the vocabulary; issues
// name the course id in Category.
func (ck *checker) catalog() {
	for _, c := range ck.m.Catalog {
		ck.part, ck.id = "catalog", c.ID
		ck.words("topics", c.Topics, ck.m.Vocabulary.Topics, "topic")
		ck.fixed("levels", c.Levels, CategoryLevels)
	}
}
