package content

import "testing"

// BenchmarkParsePage measures reading one page's front matter in each
// format (the same page as TestFormatsReadAlike: eleven keys, a nested
// table), the per-page cost that YAML or JSON adds to a build over TOML:
//
//	go test -run '^$' -bench ParsePage -count 5 ./internal/content/
func BenchmarkParsePage(b *testing.B) {
	cfg := configOf(nil)
	for _, f := range []Format{FormatTOML, FormatYAML, FormatJSON} {
		src := []byte(samePage[f])
		b.Run(string(f), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, l := parsePage("acct/basics.md", src, cfg); len(l) > 0 {
					b.Fatal(l.Err())
				}
			}
		})
	}
}
