package categoryview

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/iecmh/endorse/internal/model"
)

// sourceView is one numbered entry of a category page's source list; its
// anchor is "source-<N>".
type sourceView struct {
	N          int
	ID, URL    string
	Label      string
	Host, Page string
}

// sourceRef points from a requirement to an entry of the source list.
type sourceRef struct {
	N    int
	ID   string
	Page string // URL of the page holding the list when it is another one (see Href)
}

// sourceList numbers source URLs in order of first use, without duplicates.
type sourceList struct {
	list       []sourceView
	byURL      map[string]int
	website    string // the association's host, labelled with its name
	name       string
	publishers model.Words       // by host (rules/vocabulary.toml [publishers])
	titles     map[string]string // by key (rules/vocabulary.toml [source_titles])
}

func newSourceList(m *model.Model) *sourceList {
	s := &sourceList{byURL: map[string]int{}, website: hostOf(m.Association.Website), name: m.Association.Name,
		publishers: m.Vocabulary.Publishers, titles: map[string]string{}}
	for _, w := range m.Vocabulary.SourceTitles {
		s.titles[s.key(w.Key)] = w.Label
	}
	return s
}

// addDocuments registers, first, the association's own documents that
// govern the category id, labelled by their titles; it returns how many.
func (s *sourceList) addDocuments(docs []model.Document, id string) int {
	n := 0
	for _, d := range docs {
		if _, seen := s.byURL[s.key(d.URL)]; !d.For(id) || seen {
			continue
		}
		v := s.view(len(s.list)+1, d.URL)
		v.Label = d.Title
		s.byURL[s.key(d.URL)] = v.N
		s.list = append(s.list, v)
		n++
	}
	return n
}

// add registers the URLs of a `source` value (space separated).
func (s *sourceList) add(src string) { s.refs(src) }

// refs registers the URLs of src and returns references to them.
func (s *sourceList) refs(src string) []sourceRef {
	var out []sourceRef
	for _, u := range strings.Fields(src) {
		n, ok := s.byURL[s.key(u)]
		if !ok {
			n = len(s.list) + 1
			s.byURL[s.key(u)] = n
			s.list = append(s.list, s.view(n, u))
		}
		out = append(out, sourceRef{N: n, ID: "source-" + strconv.Itoa(n)})
	}
	return out
}

// key is what two addresses of one source share: a page of the
// association's own site (with or without "www.") is the same source as
// its path ("/apply/"), and "/apply" the same as "/apply/".
func (s *sourceList) key(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	if u.Host != "" && strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.") == strings.TrimPrefix(s.website, "www.") {
		u.Scheme, u.Host = "", ""
	}
	u.Path = strings.TrimSuffix(u.Path, "/")
	u.RawPath = ""
	return u.String()
}

// view labels a source "Publisher: Title": the publisher named by the
// vocabulary (the association itself on its own site; else the host), the
// title given there or made from the address.
func (s *sourceList) view(n int, raw string) sourceView {
	host, page := hostOf(raw), s.titles[s.key(raw)]
	if page == "" {
		page = pageName(raw)
	}
	org := s.publisher(strings.TrimPrefix(host, "www."))
	if host == s.website {
		org = s.name
	}
	if org == "" {
		org = host
	}
	label := org
	if page != "" {
		label += ": " + page
	}
	return sourceView{N: n, ID: "source-" + strconv.Itoa(n), URL: raw, Label: label, Host: host, Page: page}
}

// publisher names who publishes the pages of host ("" when the
// vocabulary does not).
func (s *sourceList) publisher(host string) string {
	for _, w := range s.publishers {
		if w.Key == host {
			return w.Label
		}
	}
	return ""
}

func hostOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.ToLower(u.Hostname())
}

// pageName turns the last path segment of a URL into words:
// ".../requirements-for-level-iii/" → "Requirements for level III".
func pageName(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	segs := strings.FieldsFunc(u.Path, func(r rune) bool { return r == '/' })
	if len(segs) == 0 {
		return ""
	}
	last := segs[len(segs)-1]
	if i := strings.LastIndexByte(last, '.'); i > 0 {
		last = last[:i]
	}
	words := strings.FieldsFunc(last, func(r rune) bool { return r == '-' || r == '_' })
	for len(words) > 1 && slugSuffix(words[len(words)-1]) { // "endorsement-policies-2" → "Endorsement policies"
		words = words[:len(words)-1]
	}
	for i, w := range words {
		if upperWords[w] {
			words[i] = strings.ToUpper(w)
		} else if w == "faqs" {
			words[i] = "FAQs"
		}
	}
	return sentence(strings.Join(words, " "))
}

// slugSuffix reports whether a last word of a page's address is a content
// system's disambiguation ("2", "new", "copy"), not part of its title.
func slugSuffix(w string) bool {
	if w == "new" || w == "copy" || w == "old" {
		return true
	}
	return strings.Trim(w, "0123456789") == ""
}

// upperWords are abbreviations written in capitals in source labels.
var upperWords = map[string]bool{"i": true, "ii": true, "iii": true, "iv": true, "ifa": true, "ifs": true,
	"ifrs": true, "imhs": true, "imhm": true, "ecfa": true, "ecfs": true, "ecfrs": true, "ecmhs": true,
	"ecmhm": true, "ecmh": true, "imh": true, "rsc": true, "dei": true, "faq": true, "ers": true, "iecmh": true}

// rscView is who may provide qualifying RSC for the category.
type rscView struct {
	Rules    []providerRuleView
	Note     string // Markdown: the association's RSC note
	Policies []policyView
	Assoc    string // the association's short name
}

// policyView is one of the association's own limits on providers (its
// policy, not the shared rule).
type policyView struct {
	When      string
	Providers []providerView // whom it limits
	Need      string         // what they must also hold, in words
	Text      string         // Markdown
	Sources   []sourceRef
	Status    string // "" when in force on the page's date, else why not
}

// providerRuleView is one rule of the provider matrix that names the category.
type providerRuleView struct {
	// Heading says when and for whom the rule holds, in plain words:
	// "From 1 January 2025, for every applicant, when you apply or renew".
	Heading   string
	Providers []providerView
	Text      string // Markdown
	Sources   []sourceRef
	Status    string // "" when in force on the page's date, else why not
}

// providerView is one kind of provider: a category, maybe qualified.
type providerView struct {
	Abbr, Name, URL, Qualifier string
}

// rsc lists the provider rules naming the category, in file order (the
// engine uses the first rule that fits), when the category asks for RSC
// or has provider rules.
func (x *pageCtx) rsc() rscView {
	var v rscView
	for _, r := range x.m.Providers {
		if model.In(r.Categories, x.c.ID) {
			v.Rules = append(v.Rules, x.providerRule(r))
		}
	}
	if len(v.Rules) > 0 {
		v.Note, v.Assoc = x.m.Association.RSCNote, x.m.Association.ShortName
		for _, p := range x.m.Association.RSCPolicies {
			v.Policies = append(v.Policies, x.policy(p))
		}
	}
	return v
}

func (x *pageCtx) policy(p model.ProviderPolicy) policyView {
	v := policyView{When: ifStr(p.From != 0 || p.Until != 0, dateRange(p.From, p.Until), "At any date"),
		Need: x.provider("x+" + p.Need).Qualifier, Text: p.Text, Sources: x.sources.refs(p.Source), Status: x.status(p.From, p.Until)}
	for _, id := range p.Providers {
		v.Providers = append(v.Providers, x.provider(id))
	}
	return v
}

func (x *pageCtx) providerRule(r model.ProviderRule) providerRuleView {
	when := ifStr(r.From != 0 || r.Until != 0, dateRange(r.From, r.Until), "At any date")
	v := providerRuleView{Heading: when + ", " + applicantLabel(r.Applicant) + ", " + purposeLabel(r.Purpose), Text: r.Text,
		Sources: x.sources.refs(r.Source), Status: x.status(r.From, r.Until)}
	for _, t := range r.Providers {
		v.Providers = append(v.Providers, x.provider(t))
	}
	return v
}

// provider reads a provider token such as "imhs+ers" or "ifs+master".
func (x *pageCtx) provider(token string) providerView {
	parts := strings.Split(token, "+")
	v := providerView{Abbr: parts[0], Name: parts[0]}
	if c := x.m.Category(parts[0]); c != nil {
		v.Abbr, v.Name, v.URL = c.Abbr, c.Name, categoryURL(c.ID)
	}
	var q []string
	for _, p := range parts[1:] {
		q = append(q, x.labels.word("qualifier", p))
	}
	v.Qualifier = ifStr(len(q) > 0, "with "+strings.Join(q, " and "))
	return v
}

// status says why a dated rule is not in force on the page's date.
func (x *pageCtx) status(from, until model.Date) string {
	switch {
	case until != 0 && x.asOf > until:
		return "No longer in force"
	case from != 0 && x.asOf < from:
		return "Not yet in force"
	}
	return ""
}

func purposeLabel(p string) string {
	switch p {
	case "earn":
		return "when you apply"
	case "renew":
		return "when you renew"
	}
	return "when you apply or renew"
}

func applicantLabel(a string) string {
	switch a {
	case "below_master":
		return "if your highest degree is below a Master’s"
	case "master":
		return "if you hold a Master’s degree or higher"
	case "provides_rsc":
		return "if you provide RSC to others"
	}
	return "for every applicant"
}

// feeView is one fee line; the template writes Amount in the site's
// currency (money).
type feeView struct {
	Label  string
	Amount float64
}

// fees lists the category's fees from association.toml, plus the yearly
// membership when the category asks for membership and the credential
// fee for the program.
func (x *pageCtx) fees(secs []sectionView) []feeView {
	a := x.m.Association
	var out []feeView
	for _, f := range a.Fees.Categories {
		if f.Category == x.c.ID {
			out = appendFee(out, "Registration fee (when you start an application)", f.Registration)
			out = appendFee(out, "Processing fee (when you submit)", f.Processing)
			out = appendFee(out, "Exam fee", f.Exam)
		}
	}
	if x.c.Kind == "program" {
		out = appendFee(out, "Credential application fee", a.Fees.Credential)
	}
	for _, s := range secs {
		if s.Key == "membership" && s.Reqs[0].Removed == "" {
			out = appendFee(out, a.ShortName+" membership (yearly)", a.Fees.Membership)
		}
	}
	return out
}

func appendFee(out []feeView, label string, amount float64) []feeView {
	if amount <= 0 {
		return out
	}
	return append(out, feeView{Label: label, Amount: amount})
}
