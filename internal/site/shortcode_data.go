package site

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/iecmh/endorse/internal/categoryview"
	"github.com/iecmh/endorse/internal/content"
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/prose"
)

// The data shortcodes' template functions. They read the same rules model
// and catalog as the category pages and the checker, so a Markdown page
// that shows a fee, a requirement or a course cannot disagree with them.
// An unknown id is an error, reported at the shortcode.
//
//	feeTable                → the application fees of every category
//	fee "membership"        → "$50" (also "student_membership",
//	                          "credential", "exam_retake", "renewal",
//	                          "late_renewal", "reinstatement", or a category
//	                          id and "registration", "processing" or "exam")
//	applyLink "url"         → association.toml's [apply] url (also
//	                          "system": its name, "credential_form")
//	categoryInfo "ifs"      → the category's page view (.Name, .Summary,
//	                          .URL, .Sections: its requirements in force)
//	requirementsOf "ifs"    → the same, its source links pointing at the
//	                          category page
//	courseList "sequence"   → courses: "all", "sequence", "required" or
//	                          "standalone"
//	renewalCycle            → how renewal periods run: due date, late
//	                          window, first period ([renewal], in words);
//	                          "due": "31 December", "late": the late
//	                          window's last day ("31 January")
//	membershipNote          → whose membership counts ([membership] note)
//	coordinator             → whom applicants ask ([coordinator]: .Name,
//	                          .Email, .Phone, .URL)

// feeTableView is what the fees shortcode shows.
type feeTableView struct {
	Association               string // short name
	Rows                      []feeRow
	Registration, Processing  bool // some category has this fee
	Exam                      bool
	MembershipFee, Credential string // "" when not set
}

// feeRow is one category's application fees ("" when it has none).
type feeRow struct {
	Name, Abbr, URL                string
	Registration, Processing, Exam string
}

// dataFuncs are the functions above, reading the build's data.
type dataFuncs struct {
	rules      *model.Model
	catalog    *content.Catalog
	currency   string                        // of the amounts (site.toml currency)
	categories map[string]*categoryview.View // set once the category pages are made
}

func (d *dataFuncs) model() (*model.Model, error) {
	if d.rules == nil {
		return nil, errors.New("this project has no rules/ to take it from")
	}
	return d.rules, nil
}

// renewalCycle is the renewal cycle in words, as the category pages say
// it, or one of its days ("due", "late").
func (d *dataFuncs) renewalCycle(args ...any) (string, error) {
	m, err := d.model()
	if err != nil {
		return "", err
	}
	pol := m.Association.Renewal
	switch words := textArgs(args); {
	case len(words) == 0:
		return categoryview.CycleWords(pol), nil
	case len(words) == 1 && words[0] == "due":
		return "31 December", nil
	case len(words) == 1 && words[0] == "late" && pol.LateDays > 0:
		return categoryview.LateUntil(pol), nil
	case len(words) == 1 && words[0] == "late":
		return "", errors.New("rules/association.toml sets no renewal.late_days")
	}
	return "", errors.New(`write renewal, renewal "due" or renewal "late"`)
}

// coordinator is whom applicants ask, as the checker names them.
func (d *dataFuncs) coordinator() (model.Coordinator, error) {
	m, err := d.model()
	if err != nil {
		return model.Coordinator{}, err
	}
	if !m.Association.Coordinator.Set() {
		return model.Coordinator{}, errors.New("rules/association.toml sets no [coordinator] email, phone or url")
	}
	return m.Association.Coordinator, nil
}

// membershipNote is the association's word on whose membership counts.
func (d *dataFuncs) membershipNote() (string, error) {
	m, err := d.model()
	if err != nil {
		return "", err
	}
	if m.Association.Membership.Note == "" {
		return "", errors.New("rules/association.toml sets no membership.note")
	}
	return m.Association.Membership.Note, nil
}

// feeTable lists the categories with fees, in the rules' category order.
func (d *dataFuncs) feeTable() (*feeTableView, error) {
	m, err := d.model()
	if err != nil {
		return nil, err
	}
	a := m.Association
	amount := d.amount
	v := &feeTableView{Association: a.ShortName, MembershipFee: amount(a.Fees.Membership), Credential: amount(a.Fees.Credential)}
	for _, c := range m.Categories {
		i := slices.IndexFunc(a.Fees.Categories, func(f model.CategoryFees) bool { return f.Category == c.ID })
		if i < 0 {
			continue
		}
		f := a.Fees.Categories[i]
		row := feeRow{Name: c.Name, Abbr: c.Abbr, URL: categoryview.URL(c.ID),
			Registration: amount(f.Registration), Processing: amount(f.Processing), Exam: amount(f.Exam)}
		v.Registration = v.Registration || row.Registration != ""
		v.Processing = v.Processing || row.Processing != ""
		v.Exam = v.Exam || row.Exam != ""
		v.Rows = append(v.Rows, row)
	}
	if len(v.Rows) == 0 {
		return nil, errors.New("rules/association.toml has no [fees.categories]")
	}
	return v, nil
}

// fee returns one amount: fee "membership", fee "credential", or fee
// "<category id>" "registration" | "processing" | "exam".
func (d *dataFuncs) fee(args ...any) (string, error) {
	m, err := d.model()
	if err != nil {
		return "", err
	}
	a := m.Association
	var amount float64
	var what string
	switch words := textArgs(args); {
	case len(words) == 1:
		f, ok := associationFees(a.Fees)[words[0]]
		if !ok {
			return "", errors.New("no fee " + strconv.Quote(words[0]) + `: write fee and one of ` + strings.Join(associationFeeKeys, ", ") + `, or a category id and "registration", "processing" or "exam"`)
		}
		amount, what = f, "fees."+words[0]
	case len(words) == 2:
		amount, what, err = categoryFee(m, words[0], words[1])
		if err != nil {
			return "", err
		}
	default:
		return "", errors.New(`write fee and one of ` + strings.Join(associationFeeKeys, ", ") + `, or a category id and "registration", "processing" or "exam"`)
	}
	if amount <= 0 {
		return "", errors.New("rules/association.toml sets no " + what)
	}
	return prose.Money(amount, d.currency), nil
}

// associationFeeKeys are the keys of association.toml's [fees] that the
// fee shortcode names, in the order of its documentation.
var associationFeeKeys = []string{"membership", "student_membership", "credential", "exam_retake", "renewal", "late_renewal", "reinstatement"}

// associationFees maps each of associationFeeKeys to its amount.
func associationFees(f model.Fees) map[string]float64 {
	return map[string]float64{"membership": f.Membership, "student_membership": f.StudentMembership,
		"credential": f.Credential, "exam_retake": f.ExamRetake, "renewal": f.Renewal,
		"late_renewal": f.LateRenewal, "reinstatement": f.Reinstatement}
}

// applyLink returns one of association.toml's [apply] values: "url" (the
// application system), "system" (its name) or "credential_form".
func (d *dataFuncs) applyLink(key any) (string, error) {
	m, err := d.model()
	if err != nil {
		return "", err
	}
	a := m.Association.Apply
	k, _ := key.(string)
	var v string
	switch k {
	case "url":
		v = a.URL
	case "system":
		v = a.System
	case "credential_form":
		v = a.CredentialForm
	default:
		return "", errors.New("no link " + strconv.Quote(k) + ` in rules/association.toml [apply]: write "url", "system" or "credential_form"`)
	}
	if v == "" {
		return "", errors.New("rules/association.toml sets no apply." + k)
	}
	return v, nil
}

// categoryFee returns a category's fee of one kind.
func categoryFee(m *model.Model, id, kind string) (float64, string, error) {
	i := slices.IndexFunc(m.Association.Fees.Categories, func(f model.CategoryFees) bool { return f.Category == id })
	if i < 0 {
		return 0, "", errors.New("rules/association.toml has no fees for category " + strconv.Quote(id))
	}
	f := m.Association.Fees.Categories[i]
	what := "fees.categories." + id + "." + kind
	switch kind {
	case "registration":
		return f.Registration, what, nil
	case "processing":
		return f.Processing, what, nil
	case "exam":
		return f.Exam, what, nil
	}
	return 0, "", errors.New("a category fee is \"registration\", \"processing\" or \"exam\", not " + strconv.Quote(kind))
}

// categoryInfo returns the view of a category's page.
func (d *dataFuncs) categoryInfo(id any) (*categoryview.View, error) {
	s, _ := id.(string)
	if v := d.categories[s]; v != nil {
		return v, nil
	}
	if _, err := d.model(); err != nil {
		return nil, err
	}
	ids := make([]string, 0, len(d.categories))
	for k := range d.categories {
		ids = append(ids, k)
	}
	slices.Sort(ids)
	return nil, errors.New("no category " + strconv.Quote(s) + " in rules/categories/ (there are " + strings.Join(ids, ", ") + ")")
}

// requirementsOf is categoryInfo for showing the requirements on another
// page: a copy whose source links point at the category page's list.
func (d *dataFuncs) requirementsOf(id any) (*categoryview.View, error) {
	v, err := d.categoryInfo(id)
	if err != nil {
		return nil, err
	}
	return v.OnOtherPage(), nil
}

// courseList returns the catalog's courses of one kind.
func (d *dataFuncs) courseList(which ...any) ([]*content.Course, error) {
	if d.catalog == nil {
		return nil, errors.New("there is no course catalog (content/courses/)")
	}
	switch w := textArgs(which); {
	case len(w) == 0 || w[0] == "all":
		return d.catalog.Courses, nil
	case w[0] == "sequence":
		return d.catalog.Sequenced(), nil
	case w[0] == "required":
		return d.catalog.Required(), nil
	case w[0] == "standalone":
		return d.catalog.Others(), nil
	default:
		return nil, errors.New("courses are \"all\", \"sequence\", \"required\" or \"standalone\", not " + strconv.Quote(w[0]))
	}
}

// textArgs returns the arguments that are text, as text.
func textArgs(args []any) []string {
	var out []string
	for _, a := range args {
		switch v := a.(type) {
		case string:
			out = append(out, v)
		case []any:
			out = append(out, textArgs(v)...)
		}
	}
	return out
}

// amount is a set amount in the site's currency, "" for none.
func (d *dataFuncs) amount(f float64) string {
	if f <= 0 {
		return ""
	}
	return prose.Money(f, d.currency)
}
