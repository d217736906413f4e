package site

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestCourseSignup: a course page shows, from its TOML file, the price in
// the site's currency, the runs still to come on the day of the build
// (earlier ones left out), and the registration link; the listing shows
// the price and the next start. A course that says nothing about taking
// it has no call to action.
func TestCourseSignup(t *testing.T) {
	root := project(t, "golden", map[string]string{
		"content/courses/culture.toml": `title = "Cultural Humility"
standalone = true
format = "Online"
summary = "Working across cultures."
register = "https://learn.example.org/culture"
[price]
member = 0
non_member = 25.5
[[sessions]]
start = 2027-01-10
[[sessions]]
start = 2027-03-01
end = 2027-03-20
note = "Tuesday evenings"
[[sessions]]
start = 2027-06-07
`,
		"content/courses/intro.toml": "title = \"Intro\"\nsequence = 1\ncredential = true\nsummary = \"S.\"\nself_paced = true\n[price]\nmember = 60\n",
	})
	site, err := os.ReadFile(filepath.Join(root, "content", "site.toml"))
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, root, "content/site.toml", "currency = \"EUR\"\n"+string(site))
	copyTree(t, "../../templates", root+"/templates")
	mustBuild(t, root, func(o *Options) {
		o.Clock = func() time.Time { return time.Date(2027, 2, 1, 9, 0, 0, 0, time.UTC) }
	})
	page := readOut(t, root, "courses/culture/index.html")
	for _, want := range []string{
		"<dt>Price</dt><dd>Free for members, €25.50 for others</dd>",
		"<dt>Next start</dt><dd><time datetime=2027-03-01>1 March 2027</time></dd>",
		"<li><time datetime=2027-03-01>1 March 2027</time> to <time datetime=2027-03-20>20 March 2027</time>: Tuesday evenings</li><li><time datetime=2027-06-07>7 June 2027</time></li></ul>",
		`<a class=button href=https://learn.example.org/culture>Register for this course</a>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("course page lacks %s", want)
		}
	}
	if strings.Contains(page, "10 January 2027") {
		t.Error("a run that started before the build is shown as upcoming")
	}
	intro := readOut(t, root, "courses/intro/index.html")
	for _, want := range []string{"<dt>Price</dt><dd>€60</dd>", "<dt>Starts</dt><dd>Any time (self-paced)</dd>",
		"Self-paced: register and start at any time"} {
		if !strings.Contains(intro, want) {
			t.Errorf("self-paced course page lacks %s in\n%s", want, intro)
		}
	}
	if list := readOut(t, root, "courses/index.html"); !strings.Contains(list, "<dt>Next start</dt><dd><time datetime=2027-03-01>") {
		t.Error("the course listing does not show the next start")
	}

	plain := project(t, "golden", nil)
	copyTree(t, "../../templates", plain+"/templates")
	mustBuild(t, plain, nil)
	if page := readOut(t, plain, "courses/culture/index.html"); strings.Contains(page, "course-signup") {
		t.Error("a course without price, dates or registration shows a call to action")
	}
}
