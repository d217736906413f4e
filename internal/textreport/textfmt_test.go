package textreport

import "testing"

// TestShortLabel: a requirement's label is its first sentence without
// Markdown, shortened at a clause (or word) break to fit the line.
func TestShortLabel(t *testing.T) {
	for _, tc := range []struct {
		text  string
		limit int
		want  string
	}{
		{"Pass the **written** exam. Then wait.", 80, "Pass the written exam"},
		{"See [the FAQ](https://x.example/faq) (twice).", 80, "See the FAQ (twice)"},
		{"A Master's degree (for example MA or MSW), or a license.", 40, "A Master's degree, or a license"},
		{"At least 50 hours of RSC, individual or group, over two years.", 47, "At least 50 hours of RSC, individual or group…"},
		{"Two years of supervised, relationship-focused work after the degree.", 40, "Two years of supervised…"},
	} {
		if got := shorten(firstSentence(plainText(tc.text)), tc.limit); got != tc.want {
			t.Errorf("label of %q (%d) = %q, want %q", tc.text, tc.limit, got, tc.want)
		}
	}
}
