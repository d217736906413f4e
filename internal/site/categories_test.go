package site

import (
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/iecmh/endorse/internal/categoryview"
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/rules"
)

// categoryProject extracts testdata/categories.txtar with the repository's
// real templates and stylesheet, builds it and returns the root.
func categoryProject(t *testing.T) string {
	t.Helper()
	root := categorySource(t, nil)
	mustBuild(t, root, nil)
	return root
}

// categorySource is categoryProject's root before the build, with the
// files of over written over the fixture's.
func categorySource(t *testing.T, over map[string]string) string {
	t.Helper()
	root := project(t, "categories", over)
	copyTree(t, filepath.Join("..", "..", "templates"), filepath.Join(root, "templates"))
	for _, dir := range []string{"css", "img"} {
		if _, err := os.Stat(filepath.Join("..", "..", "static", dir)); err == nil {
			copyTree(t, filepath.Join("..", "..", "static", dir), filepath.Join(root, "static", dir))
		}
	}
	return root
}

var (
	tagRE   = regexp.MustCompile(`<[^>]*>`)
	spaceRE = regexp.MustCompile(`\s+`)
	mainRE  = regexp.MustCompile(`(?s)<main[^>]*>.*</main>`)
)

// visibleText is what a reader sees of a page's <main>: tags removed,
// entities decoded, white space collapsed.
func visibleText(page string) string {
	m := mainRE.FindString(page)
	return strings.TrimSpace(spaceRE.ReplaceAllString(html.UnescapeString(tagRE.ReplaceAllString(m, " ")), " "))
}

// assertInOrder fails unless every want occurs in text, in this order.
func assertInOrder(t *testing.T, text string, wants ...string) {
	t.Helper()
	rest := text
	for _, w := range wants {
		i := strings.Index(rest, w)
		if i < 0 {
			if strings.Contains(text, w) {
				t.Errorf("%q is on the page but out of order", w)
			} else {
				t.Errorf("page does not say %q", w)
			}
			continue
		}
		rest = rest[i+len(w):]
	}
	if t.Failed() {
		t.Logf("page text:\n%s", text)
	}
}

func TestCategoryPageShowsRequirementsInPublishedOrder(t *testing.T) {
	root := categoryProject(t)
	text := visibleText(readOut(t, root, "categories/alpha/index.html"))
	assertInOrder(t, text,
		"Alpha Specialist (AS)", "For clinicians who treat babies with their parents.",
		"Rules in force From 1 January 2025 Who it is for",
		"Who this category is for", "the baby and the parent together",
		"Requirements to earn the AS endorsement: From 1 January 2025",
		"Education", "A Master’s degree or higher.",
		"Training", "At least 33 clock hours of training",
		"What the checker counts At least 33 clock hours of training in total; including at least 3 clock hours on diversity, equity and inclusion.",
		"Specialized Work Experience", "Any one of these:", "Two years of paid dyadic therapy.",
		"An internship, then one paid year.", "All of these:", "One internship year.", "One paid year.",
		"Reflective Supervision/Consultation", "At least 50 clock hours",
		"Reference Ratings", "Code of Ethics and Endorsement Agreement", "Documentation of Competencies",
		"Professional Membership", "Be a current member of PTA.", "PTA: PTA asks residents to join PTA.",
	)
	if table, _, _ := strings.Cut(text, "Who may provide"); strings.Contains(table, "Pass the written exam.") {
		t.Error("the 2025 edition has no exam, but the exam row is shown")
	}
}

func TestCategoryPageShowsProvidersRenewalFeesChangesSources(t *testing.T) {
	root := categoryProject(t)
	text := visibleText(readOut(t, root, "categories/alpha/index.html"))
	assertInOrder(t, text,
		"Who may provide your reflective supervision/consultation",
		"From 1 January 2018 only endorsed providers count.",
		"Until 31 December 2024", "No longer in force", "Alpha Specialist (AS)", "Early Childhood Beta (ECB) with a Master’s degree or higher",
		"From 1 January 2025", "Alpha Specialist (AS) with the Endorsed Reflective Supervisor (ERS) add-on",
		"PTA policy on top of these rules", "These limits are PTA's own", "PTA’s own limit on Alpha providers.",
		"RSC from AS counts only with the Endorsed Reflective Supervisor (ERS) add-on.",
		"Keeping your endorsement: renewal every 3 years",
		"The AS endorsement is renewed every 3 years. The hours of each period of 3 calendar years are due by 31 December of its last year.",
		"Late applications are accepted until 31 January for the period just ended; hours from 1 January count toward the next period.",
		"If you were endorsed during a year, your first period begins on 1 January of the next year.",
		"Send the renewal form with the list of your hours.", "In each 3-year period, to renew the AS endorsement",
		"15 clock hours of training each year, 1 of them on diversity, equity and inclusion.",
		"12 clock hours of reflective supervision/consultation each year.",
		"Renewal rules of other years", "Until 31 December 2022", "15 clock hours of training each year.",
		"Fees", "Registration fee (when you start an application) $25", "Processing fee (when you submit) $200",
		"PTA membership (yearly) $50",
		"What changed in “From 1 January 2025” from “Until 31 December 2024”",
		"The exam was dropped and training went up.",
		"Changed · Training", "Before: At least 30 clock hours of training.",
		"Now checked: At least 33 clock hours of training in total",
		"Previously checked: At least 30 clock hours of training in total.",
		"No longer required · Exam", "Pass the written exam.",
		"All editions", "Until 31 December 2024 The first rules.", "From 1 January 2025 in force The exam was dropped",
		"Check your readiness",
		"Sources", "The rules on this page are PTA's. Its own documents: How to apply to PTA",
		"we wrote the requirements above in our own words from these public pages.",
		"Michigan Association for Infant Mental Health: Requirements for level III",
		"Connecticut Association for Infant Mental Health: Updates to the requirements",
		"itmhca.org: Policies", // a host rules/vocabulary.toml names no publisher for
	)
	if n := strings.Count(text, "Connecticut Association for Infant Mental Health: Updates"); n != 1 {
		t.Errorf("source listed %d times, want once (deduplicated)", n)
	}
	// The membership requirement's source is the association's own page
	// under its full address: one entry, the document's, not a second one.
	if strings.Contains(text, "Prairie Test Association: Apply") {
		t.Error("the association's own page is listed again under its full address")
	}
	if strings.Contains(text, "PTA policies for Beta only") {
		t.Error("a document for Beta only is listed on Alpha's page")
	}
	if !strings.Contains(visibleText(readOut(t, root, "categories/beta/index.html")), "Its own documents: How to apply to PTA PTA policies for Beta only") {
		t.Error("Beta's page lacks its documents")
	}
}

func TestCategoryPageRemovedRequirementAndMarkup(t *testing.T) {
	root := categoryProject(t)
	page := readOut(t, root, "categories/beta/index.html")
	assertInOrder(t, visibleText(page), "Education", "Not required by PTA: PTA does not ask for a degree in this category.",
		"Training", "30 clock hours of training.",
		"From 1 January 2026, for every applicant, when you apply or renew From 2026, Beta applicants receive RSC from an Alpha.",
		"The requirements of this category have had one edition so far.")
	for _, want := range []string{"<caption>Requirements to earn the ECB endorsement", `<th scope=row>Education`, `<th scope=col>Area`,
		`href="/checker/?category=beta"`} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	if strings.Contains(page, "Not yet in force") {
		t.Error("every page shows the newest rules of the whole model, but a rule is marked not yet in force")
	}
	if strings.Contains(page, "style=") || strings.Contains(page, "<script>") {
		t.Error("page has an inline style or script")
	}
}

func TestCategoryIndexGroupsByAgeBand(t *testing.T) {
	root := categoryProject(t)
	text := visibleText(readOut(t, root, "categories/index.html"))
	assertInOrder(t, text, "Endorsement categories", "not a ladder",
		"Birth to three: infant categories", "Alpha Specialist (AS)", "For clinicians who treat babies",
		"Three to six: early childhood categories", "Early Childhood Beta (ECB)",
		"Add-ons", "Endorsed Reflective Supervisor (ERS)",
		"Course-based credential program", "Course Credential (CC)")
	prog := visibleText(readOut(t, root, "categories/credential/index.html"))
	assertInOrder(t, prog, "Coursework", "Complete every credential course.", "Introduction to Infant Mental Health (12 clock hours)",
		"Courses completed before 1 January 2018: Ask the coordinator", "Credential application fee $15")
	ers := visibleText(readOut(t, root, "categories/ers/index.html"))
	assertInOrder(t, ers, "Prerequisite endorsement", "What the checker counts You hold AS or ECB.")
}

// TestCategoryEditionAsOf: the edition in force follows the as-of date given
// as input, never the clock.
func TestCategoryEditionAsOf(t *testing.T) {
	root := project(t, "categories", nil)
	m, l := rules.Load(os.DirFS(filepath.Join(root, "rules")), "rules", []model.Course{{ID: "intro", Title: "Intro", Credential: true, Sequence: 1}})
	if len(l) > 0 {
		t.Fatal(l)
	}
	c := m.Category("alpha")
	old := categoryview.New(m, c, model.NewDate(2020, 6, 1), nil)
	if old.Edition.ID != "2013" || old.Changes != nil || !hasSection(old, "exam") {
		t.Errorf("as of 2020: edition %q, changes %v, exam shown %v; want 2013, none, shown", old.Edition.ID, old.Changes, hasSection(old, "exam"))
	}
	if old.RSC.Rules[0].Status != "" || old.RSC.Rules[1].Status != "Not yet in force" {
		t.Errorf("as of 2020 provider rule status = %q, %q", old.RSC.Rules[0].Status, old.RSC.Rules[1].Status)
	}
	if got := old.Renewal.Sections[0].Reqs[0].Text; got != "15 clock hours of training each year." {
		t.Errorf("as of 2020 the current renewal training rule is %q", got)
	}
	early := categoryview.New(m, m.Category("ers"), model.NewDate(2020, 1, 1), nil)
	if early.NotOffered == "" {
		t.Error("ERS as of 2020 should say it is not offered yet")
	}
	if pages := categoryPages(nil); pages != nil {
		t.Errorf("no model: %d pages, want none", len(pages))
	}
}

func hasSection(v *categoryview.View, key string) bool {
	for _, s := range v.Sections {
		if s.Key == key {
			return true
		}
	}
	return false
}

// TestCategoryGolden compares the <main> of one rendered category page with
// testdata/category_alpha.golden.html (go test ./internal/site -run
// CategoryGolden -update rewrites it). Tags start on new lines so a diff
// is readable.
func TestCategoryGolden(t *testing.T) {
	root := categoryProject(t)
	got := mainRE.FindString(readOut(t, root, "categories/alpha/index.html"))
	got = strings.ReplaceAll(got, "><", ">\n<") + "\n"
	golden := filepath.Join("testdata", "category_alpha.golden.html")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("category page differs from %s (run with -update after an intended change):\n%s", golden, got)
	}
}
