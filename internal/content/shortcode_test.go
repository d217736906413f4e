package content

import (
	"fmt"
	"strings"
	"testing"
)

// dump shows segments compactly: text as-is, a call as
// [name<|% args (line:col) {inner}] ("/" when self-closed).
func dump(segs []Segment) string {
	var b strings.Builder
	for _, s := range segs {
		if s.Call == nil {
			b.WriteString(s.Text)
			continue
		}
		c := s.Call
		args := fmt.Sprint(c.Positional)
		if c.IsNamed {
			args = fmt.Sprint(c.Named)
		}
		d := "<"
		if c.Markdown {
			d = "%"
		}
		fmt.Fprintf(&b, "[%s%s %s %d:%d #%d", c.Name, d, args, c.Line, c.Col, c.Ordinal)
		switch {
		case c.Tagged:
			b.WriteString(" {" + dump(c.Inner) + "}")
		case c.Closed:
			b.WriteString(" /")
		}
		b.WriteString("]")
	}
	return b.String()
}

func TestParseShortcodes(t *testing.T) {
	cases := map[string]string{
		"no shortcodes {{ .x }}":                         "no shortcodes {{ .x }}",
		`a {{< figure src="/a.png" alt="A \"b\"" >}} b`:  `a [figure< map[alt:A "b" src:/a.png] 1:3 #0] b`,
		"{{< youtube w7Ft2ymGmfc >}}":                    "[youtube< [w7Ft2ymGmfc] 1:1 #0]",
		"{{< x 1 2.5 true `raw \"q\"` -3 >}}":            `[x< [1 2.5 true raw "q" -3] 1:1 #0]`,
		"{{% note %}}*hi* {{< b >}}{{% /note %}}!":       "[note% [] 1:1 #0 {*hi* [b< [] 1:18 #0]}]!",
		"{{< a >}}1{{< a >}}2{{< /a >}}3":                "[a< [] 1:1 #0]1[a< [] 1:11 #1 {2}]3",
		"x\n  {{<x/>}} {{< y / >}}":                      "x\n  [x< [] 2:3 #0 /] [y< [] 2:12 #1 /]",
		"{{</* figure src=\"x\" */>}} and {{%/* n */%}}": `{{< figure src="x" >}} and {{% n %}}`,
		"é {{< dir/name k=v >}}":                         "é [dir/name< map[k:v] 1:3 #0]",
		"{{< outer >}}{{< inner >}}{{< /outer >}}tail":   "[outer< [] 1:1 #0 {[inner< [] 1:14 #0]}]tail",
		"{{< ref \"a.md#x\" >}}":                         "[ref< [a.md#x] 1:1 #0]",
		"{{< a\n  k=\"v\"\n>}}":                          "[a< map[k:v] 1:1 #0]",
		"{{% ref \"/apply/fees\" %}}":                    "[ref% [/apply/fees] 1:1 #0]",
	}
	for src, want := range cases {
		segs, err := ParseShortcodes([]byte(src))
		if err != nil {
			t.Errorf("%q: %d:%d: %s", src, err.Line, err.Col, err.Msg)
			continue
		}
		if got := dump(segs); got != want {
			t.Errorf("%q:\ngot  %s\nwant %s", src, got, want)
		}
	}
}

func TestParseShortcodeErrors(t *testing.T) {
	cases := map[string]string{
		"text\n  {{< figure src=\"a.png\"": `2:3: shortcode "figure" is not closed with >}}`,
		"{{< x a=1 2 >}}":                  `1:1: shortcode "x" mixes named and positional arguments: use one kind`,
		"ok {{< /x >}}":                    `1:4: closing tag {{< /x >}} has no opening shortcode "x"`,
		"{{% x %}}a{{< /x >}}":             `1:11: shortcode "x" opened with {{% is closed with {{<`,
		"{{< x \"open >}}":                 `1:1: unterminated quoted argument in shortcode "x"`,
		"{{<  >}}":                         `1:1: shortcode without a name`,
		"{{</* x >}}":                      `1:1: shortcode comment {{</* has no */>}}`,
		"{{< /x a >}}":                     `1:1: closing tag of "x" takes no arguments`,
		"line\n\n   x {{< a = >}}":         `3:6: unexpected "=" in shortcode "a"`,
	}
	for src, want := range cases {
		_, err := ParseShortcodes([]byte(src))
		if err == nil {
			t.Errorf("%q: no error, want %s", src, want)
			continue
		}
		if got := fmt.Sprintf("%d:%d: %s", err.Line, err.Col, err.Msg); got != want {
			t.Errorf("%q:\ngot  %s\nwant %s", src, got, want)
		}
	}
}

// FuzzParseShortcodes: the parser never panics, an error has a position
// inside the body, and text without "{{<" or "{{%" comes back unchanged.
func FuzzParseShortcodes(f *testing.F) {
	for _, s := range []string{"{{< a b=\"c\" >}}x{{< /a >}}", "{{% n %}}*a*{{% /n %}}", "{{</* c */>}}", "{{< x `r` 1 >}}", "{{< a >}}{{< b >}}{{< /a >}}{{< /b >}}", "plain {{ x }}"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		segs, err := ParseShortcodes(body)
		if err != nil {
			lines := strings.Count(string(body), "\n") + 1
			if err.Line < 1 || err.Line > lines || err.Col < 1 || err.Msg == "" {
				t.Fatalf("error without a place: %+v", err)
			}
			return
		}
		if !HasShortcodes(body) && dump(segs) != string(body) {
			t.Fatalf("text changed: %q → %q", body, dump(segs))
		}
	})
}
