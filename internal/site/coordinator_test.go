package site

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// withCoordinator is the categories fixture with a contact page and the
// association's [coordinator] table set to fields (TOML lines).
func withCoordinator(t *testing.T, page, fields string) string {
	t.Helper()
	root := categorySource(t, map[string]string{"content/contact.md": "+++\ntitle = \"Contact\"\n+++\n" + page})
	src, err := os.ReadFile(filepath.Join(root, "rules", "association.toml"))
	if err != nil {
		t.Fatal(err)
	}
	// [coordinator] goes before the first table so its keys stay its own.
	head, rest, _ := strings.Cut(string(src), "\n[")
	writeFile(t, root, "rules/association.toml", head+"\n[coordinator]\n"+fields+"\n["+rest)
	return root
}

// TestCoordinatorShortcode: {{< coordinator >}} lists how to reach the
// coordinator from rules/association.toml, with the contact page only when
// it is the one way (model.Coordinator.ContactURL, the rule the checker's
// next steps follow); {{< coordinator email >}} is one field.
func TestCoordinatorShortcode(t *testing.T) {
	for _, tc := range []struct {
		name, page, fields string
		want, not          []string
	}{
		{"email and url", "{{< coordinator >}}\n\nWrite to {{< coordinator email >}}.\n",
			"name = \"Ada Lee\"\nemail = \"ada@pta.example.org\"\nurl = \"https://pta.example.org/contact/\"\n",
			[]string{"Endorsement coordinator: Ada Lee", "Email: ada@pta.example.org", "mailto:ada@pta.example.org>ada@pta.example.org</a>."},
			[]string{"Contact page"}},
		{"url only", "{{< coordinator >}}\n\nOr see {{< coordinator url >}}.\n",
			"name = \"PTA office\"\nurl = \"https://pta.example.org/contact/\"\n",
			[]string{"Endorsement coordinator: PTA office", "https://pta.example.org/contact/>Contact page</a>", "Or see https://pta.example.org/contact/."},
			[]string{"Email:", "Phone:"}},
	} {
		root := withCoordinator(t, tc.page, tc.fields)
		mustBuild(t, root, nil)
		out := readOut(t, root, "contact/index.html")
		text := visibleText(out)
		for _, w := range tc.want {
			if !strings.Contains(text, w) && !strings.Contains(out, w) {
				t.Errorf("%s: the contact page lacks %q:\n%s\n%s", tc.name, w, text, mainRE.FindString(out))
			}
		}
		for _, n := range tc.not {
			if strings.Contains(text, n) {
				t.Errorf("%s: the contact page shows %q:\n%s", tc.name, n, text)
			}
		}
	}
}

// TestCoordinatorShortcodeUnsetField: naming a field the association does
// not set fails the build at the shortcode, instead of a page that shows
// nothing (or an empty mailto: link) where the address should be.
func TestCoordinatorShortcodeUnsetField(t *testing.T) {
	root := withCoordinator(t, "Write to {{< coordinator email >}}.\n", "url = \"https://pta.example.org/contact/\"\n")
	_, err := build(t, root, nil)
	want := `content/contact.md:4:10: shortcode "coordinator": rules/association.toml's [coordinator] has no email`
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("build error = %v; want %q", err, want)
	}
}
