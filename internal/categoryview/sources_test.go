package categoryview

import (
	"testing"

	"github.com/iecmh/endorse/internal/model"
)

// TestOneEntryPerSource: the association's document and a requirement's
// source naming the same page of its site — by path, full address, with
// "www." or without the last slash — are one numbered entry, under the
// document's title; other pages get their own.
func TestOneEntryPerSource(t *testing.T) {
	m := &model.Model{Association: model.Association{Name: "Demo", Website: "https://demo.example.org/",
		Documents: []model.Document{{Title: "How to apply", URL: "/apply/"}, {Title: "Only for X", URL: "/x/", Categories: []string{"x"}}}}}
	s := newSourceList(m)
	if n := s.addDocuments(m.Association.Documents, "alpha"); n != 1 {
		t.Fatalf("%d documents for alpha, want 1", n)
	}
	refs := s.refs("https://demo.example.org/apply/ https://www.demo.example.org/apply /apply https://other.example.org/apply/")
	var got []int
	for _, r := range refs {
		got = append(got, r.N)
	}
	if len(got) != 4 || got[0] != 1 || got[1] != 1 || got[2] != 1 || got[3] != 2 {
		t.Errorf("entries %v, want [1 1 1 2]", got)
	}
	if len(s.list) != 2 || s.list[0].Label != "How to apply" {
		t.Errorf("list %+v", s.list)
	}
}
