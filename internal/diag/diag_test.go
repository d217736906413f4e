package diag

import (
	"errors"
	"testing"
)

func TestStringFormats(t *testing.T) {
	tests := []struct {
		d    Diagnostic
		want string
	}{
		{Diagnostic{File: "content/site.toml", Line: 3, Col: 7, Message: "unknown key \"titel\""}, `content/site.toml:3:7: unknown key "titel"`},
		{Diagnostic{File: "a.md", Line: 2, Message: "m"}, "a.md:2: m"},
		{Diagnostic{File: "profile.json", Field: "training[2].hours", Message: "must be a number"}, "profile.json: training[2].hours: must be a number"},
	}
	for _, tt := range tests {
		if got := tt.d.String(); got != tt.want {
			t.Errorf("got %q, want %q", got, tt.want)
		}
	}
}

func TestErrSortsAndDeduplicates(t *testing.T) {
	var l List
	l.Add("b.md", 1, 1, "second file")
	l.Add("a.md", 10, 2, "later line")
	l.Add("a.md", 2, 5, "earlier line")
	l.Add("a.md", 2, 5, "earlier line")
	err := l.Err()
	want := "a.md:2:5: earlier line\na.md:10:2: later line\nb.md:1:1: second file"
	if err == nil || err.Error() != want {
		t.Fatalf("got %v, want\n%s", err, want)
	}
	var de *Error
	if !errors.As(err, &de) || len(de.List) != 3 {
		t.Fatalf("want *Error with 3 entries, got %#v", err)
	}
	if (List{}).Err() != nil {
		t.Fatal("empty list must give a nil error")
	}
}

func TestLineColCountsRunes(t *testing.T) {
	src := []byte("a = 1\nné = 2\n")
	line, col := LineCol(src, len("a = 1\nné "))
	if line != 2 || col != 4 {
		t.Fatalf("got %d:%d, want 2:4", line, col)
	}
}
