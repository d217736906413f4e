package categoryview

import "testing"

// TestShownAbbr: an abbreviation follows a category's name only when it
// says something the name does not.
func TestShownAbbr(t *testing.T) {
	for _, c := range []struct{ name, abbr, want string }{
		{"Infant Family Associate", "IFA", "IFA"},
		{"Infant Mental Health Mentor – Research/Faculty", "IMHM-R/F", "IMHM-R/F"},
		{"Course credential", "Credential", ""},
		{"Course credential", "credential", ""},
		{"Some program", "Program", ""},
		{"Some program", "Certificate", ""},
		{"Some program", "", ""},
	} {
		if got := shownAbbr(c.name, c.abbr); got != c.want {
			t.Errorf("shownAbbr(%q, %q) = %q, want %q", c.name, c.abbr, got, c.want)
		}
	}
}
