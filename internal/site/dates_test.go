package site

import (
	"html/template"
	"strings"
	"testing"
	"time"

	"github.com/iecmh/endorse/internal/model"
)

// TestDateFunc: the template function "date" shows a time, a rules date or
// an ISO string as people read it in the site's language, the same words
// the checker shows (static/js/checker/dates.js).
func TestDateFunc(t *testing.T) {
	en := &funcState{lang: "en"}
	d, _ := model.ParseDate("2025-03-01")
	for _, tc := range []struct {
		fs   *funcState
		in   any
		want string
	}{
		{en, time.Date(2025, time.March, 1, 15, 0, 0, 0, time.UTC), "1 March 2025"},
		{en, d, "1 March 2025"},
		{en, "2024-12-31", "31 December 2024"},
		{&funcState{lang: "en-US"}, "2024-01-09", "9 January 2024"},
		{&funcState{lang: "fr"}, "2024-01-09", "2024-01-09"},
		{en, time.Time{}, ""},
		{en, model.Date(0), ""},
		{en, "", ""},
	} {
		got, err := tc.fs.date(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("date(%v) in %q = %q, %v; want %q", tc.in, tc.fs.lang, got, err, tc.want)
		}
	}
	for _, bad := range []any{"1 March 2025", "2025-02-30", 42} {
		if got, err := en.date(bad); err == nil {
			t.Errorf("date(%v) = %q, want an error", bad, got)
		}
	}
}

// TestDateFuncInTemplate: pages call it as {{date .}}.
func TestDateFuncInTemplate(t *testing.T) {
	tm := template.Must(template.New("t").Funcs((&funcState{lang: "en"}).funcMap()).
		Parse(`<time datetime="{{.Format "2006-01-02"}}">{{date .}}</time>`))
	var b strings.Builder
	if err := tm.Execute(&b, time.Date(2026, time.June, 1, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	if got := b.String(); got != `<time datetime="2026-06-01">1 June 2026</time>` {
		t.Errorf("rendered %s", got)
	}
}
