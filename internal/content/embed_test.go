package content

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestParseOrigin(t *testing.T) {
	cases := []struct{ in, want, why string }{
		{"https://www.example-aimh.org", "https://www.example-aimh.org", ""},
		{"https://WWW.Example.org/", "https://www.example.org", ""},
		{"https://example.org:443", "https://example.org", ""},
		{"https://example.org:8443", "https://example.org:8443", ""},
		{"http://localhost:8080", "http://localhost:8080", ""},
		{"http://127.0.0.1:5173", "http://127.0.0.1:5173", ""},
		{"http://host.localhost", "http://host.localhost", ""},
		{"http://[::1]:9000", "http://[::1]:9000", ""},
		{"http://www.example.org", "", "must use https"},
		{"www.example.org", "", "is not an origin"},
		{"https://example.org/embed/", "", "without a path"},
		{"https://example.org?x=1", "", "without a path"},
		{"https://user@example.org", "", "user name"},
		{"https://*.example.org", "", "wildcards"},
		{"ftp://example.org", "", "must use https"},
		{"https://example.org:99999", "", "invalid port"},
		{"'self'", "", "is not an origin"},
	}
	for _, c := range cases {
		got, why := ParseOrigin(c.in)
		if got != c.want || !strings.Contains(why, c.why) || (c.why == "") != (why == "") {
			t.Errorf("ParseOrigin(%q) = %q, %q; want %q, …%q…", c.in, got, why, c.want, c.why)
		}
	}
}

// TestEmbedAllowErrorsAtEntry: each bad entry is reported at its own
// line and column, a repeated one too, and the good ones are kept.
func TestEmbedAllowErrorsAtEntry(t *testing.T) {
	src := `title = "T"
base_url = "https://t.example/"
language = "en"

[embed]
allow = [
  "https://ok.example",
  "http://plain.example",
  "https://ok.example/",
  "https://x.example/path",
]
`
	s, l := LoadSite(fstest.MapFS{SiteFile: {Data: []byte(src)}})
	var got []string
	for _, d := range l {
		got = append(got, d.String())
	}
	want := []string{
		`content/site.toml:8:3: embed.allow: "http://plain.example" must use https (http is accepted only for localhost and 127.0.0.1, to try an embed locally)`,
		`content/site.toml:9:3: embed.allow: "https://ok.example/" is listed twice`,
		`content/site.toml:10:3: embed.allow: "https://x.example/path" must be an origin only (scheme and host, such as "https://www.example.org"), without a path, query or fragment`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if o := s.Embed.Origins(); len(o) != 1 || o[0] != "https://ok.example" {
		t.Errorf("Origins = %q", o)
	}
}
