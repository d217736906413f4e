package site

import (
	"io/fs"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/iecmh/endorse/internal/rules"
)

// amountByHand matches an amount of money written out: "$30", "€ 12.50",
// "45 dollars", "20 USD".
var amountByHand = regexp.MustCompile(`[$€£]\s?\d[\d,]*(\.\d+)?|\b\d+(\.\d+)?\s?(dollars|euros|pounds|USD|EUR|GBP|CAD)\b`)

// TestNoFactsByHand: the project's pages never restate by hand a fee or
// price (they come from rules/association.toml through the fee and fees
// shortcodes, or from a course's [price]) nor the address of the
// application system or the credential form (the apply shortcode), so a
// change of fee or address in the data reaches every page. Front matter
// counts: a description is shown to search engines.
func TestNoFactsByHand(t *testing.T) {
	root := os.DirFS("../..")
	m, l := rules.LoadProject(root)
	if err := l.Err(); err != nil {
		t.Fatal(err)
	}
	var addresses []string
	for _, u := range []string{m.Association.Apply.URL, m.Association.Apply.CredentialForm} {
		if u == "" {
			t.Fatal("rules/association.toml has no [apply] url or credential_form: the pages' calls to action need them")
		}
		addresses = append(addresses, strings.TrimSuffix(u, "/"))
	}
	pages := 0
	err := fs.WalkDir(root, "content", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".md") {
			return err
		}
		pages++
		src, err := fs.ReadFile(root, p)
		if err != nil {
			return err
		}
		for i, line := range strings.Split(string(src), "\n") {
			if amount := amountByHand.FindString(line); amount != "" {
				t.Errorf("%s:%d: %q states an amount by hand; use {{< fee … >}} (rules/association.toml [fees])", p, i+1, amount)
			}
			for _, a := range addresses {
				if strings.Contains(line, a) {
					t.Errorf("%s:%d: the address %s is written by hand; use {{< apply … >}} (rules/association.toml [apply])", p, i+1, a)
				}
			}
		}
		return nil
	})
	if err != nil || pages < 10 {
		t.Fatalf("read %d pages of content/: %v", pages, err)
	}
}

// TestAmountByHandPattern: the pattern above catches the ways an amount is
// written and leaves other numbers alone.
func TestAmountByHandPattern(t *testing.T) {
	for _, s := range []string{"$30", "the fee is **$15**", "€ 12.50", "45 dollars", "20 USD"} {
		if !amountByHand.MatchString(s) {
			t.Errorf("%q not caught", s)
		}
	}
	for _, s := range []string{"{{< fee renewal >}}", "30 hours", "1 March 2025", "$HOME", "48 clock hours"} {
		if amountByHand.MatchString(s) {
			t.Errorf("%q caught", s)
		}
	}
}
