package site

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/rules"
)

// TestEditorNotesOffApplicantPages: a requirement's note (how we read
// sources that disagree or leave something open) is for editors. The
// example site's build shows none of them on any page; a Dev build (what
// `endorse serve` renders) shows each in an editor box, with the editor
// panel, on its category page.
func TestEditorNotesOffApplicantPages(t *testing.T) {
	m, l := rules.LoadProject(os.DirFS("../.."))
	if err := l.Err(); err != nil {
		t.Fatal(err)
	}
	notes := map[string]string{}   // a phrase of each note → its category
	current := map[string]string{} // the notes of the rules the category page shows in full
	for _, c := range m.Categories {
		newest := c.Editions[len(c.Editions)-1].ID
		for _, list := range []model.RequirementList{c.Requirements, c.Renewal} {
			for _, r := range list {
				p := notePhrase(r.Note)
				if p == "" {
					continue
				}
				notes[p] = c.ID
				if len(r.Editions) == 0 || slices.Contains(r.Editions, newest) {
					current[p] = c.ID
				}
			}
		}
	}
	if len(notes) < 20 {
		t.Fatalf("found %d requirement notes in rules/; the test reads the wrong files", len(notes))
	}
	root := hugoSite(t, "")
	mustBuild(t, root, nil)
	pages := 0
	err := filepath.WalkDir(filepath.Join(root, "public"), func(p string, d os.DirEntry, err error) error {
		if err != nil || !strings.HasSuffix(p, ".html") {
			return err
		}
		pages++
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		page := string(data)
		if strings.Contains(page, "editor-note") || strings.Contains(page, "editor-panel") {
			t.Errorf("%s has an editor box", p)
		}
		for phrase := range notes {
			if strings.Contains(page, phrase) {
				t.Errorf("%s shows the editor note %q", p, phrase)
			}
		}
		return nil
	})
	if err != nil || pages < 50 {
		t.Fatalf("checked %d pages: %v", pages, err)
	}

	mustBuild(t, root, func(o *Options) { o.Dev = true })
	for phrase, id := range current {
		page := readOut(t, root, "categories/"+id+"/index.html")
		if !strings.Contains(page, phrase) || !strings.Contains(page, "For editors · not published") || !strings.Contains(page, "editor-panel") {
			t.Errorf("serve's %s page lacks the editor note %q", id, phrase)
		}
	}
}

// notePhrase is a stretch of plain words of a Markdown note (as it reads
// in the page's HTML), "" for a note too short to tell apart.
func notePhrase(note string) string {
	words := strings.Fields(note)
	var run []string
	for _, w := range words {
		if strings.ContainsAny(w, "*_`[]()'\"’&<>") {
			if len(run) >= 6 {
				break
			}
			run = run[:0]
			continue
		}
		run = append(run, w)
	}
	if len(run) < 6 {
		return ""
	}
	return strings.Join(run[:min(len(run), 8)], " ")
}
