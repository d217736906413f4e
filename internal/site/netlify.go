package site

import (
	"errors"
	"io/fs"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/iecmh/endorse/internal/content"
	"github.com/iecmh/endorse/internal/diag"
	"github.com/iecmh/endorse/internal/inputfs"
	"github.com/iecmh/endorse/internal/tomlpos"
)

// NetlifyFile is the repo path of the Netlify configuration.
const NetlifyFile = "netlify.toml"

// netlifyConfig is what Endorse reads of netlify.toml.
type netlifyConfig struct {
	Headers []struct {
		For    string            `toml:"for"`
		Values map[string]string `toml:"values"`
	} `toml:"headers"`
}

// checkNetlifyTOML reports a netlify.toml whose [[headers]] are not the
// rules the build writes to _headers. Netlify applies netlify.toml's rules
// after _headers' (its values win), so a stale file would keep an old
// frame-ancestors list, or none, whatever site.toml says. A project
// without netlify.toml is not checked.
func checkNetlifyTOML(fsys fs.FS, rules []HeaderRule) diag.List {
	var l diag.List
	src, err := fs.ReadFile(fsys, NetlifyFile)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		l.Add(NetlifyFile, 0, 0, "cannot read: "+inputfs.Cause(err))
		return l
	}
	var cfg netlifyConfig
	if _, err := toml.Decode(string(src), &cfg); err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			at := tomlpos.ParseError(src, pe)
			l.Add(NetlifyFile, at.Line, at.Col, pe.Message)
		} else {
			l.Add(NetlifyFile, 0, 0, err.Error())
		}
		return l
	}
	if i, why := netlifyDiff(cfg, rules); why != "" {
		// At the i-th [[headers]] table, or the last when there are fewer.
		at, _ := tomlpos.Scan(src).Find("headers[" + strconv.Itoa(min(i, len(cfg.Headers)-1)) + "]")
		l.Add(NetlifyFile, at.Line, at.Col, why+": Netlify would serve these instead of public/_headers. Run `endorse netlify` to rewrite netlify.toml from "+content.SiteFile)
	}
	return l
}

// netlifyDiff returns the index of the first [[headers]] table that
// differs from rules and how, or "" when they agree.
func netlifyDiff(cfg netlifyConfig, rules []HeaderRule) (int, string) {
	for i, r := range rules {
		if i >= len(cfg.Headers) {
			return i, "its [[headers]] lack the rule for " + strconv.Quote(r.For)
		}
		h := cfg.Headers[i]
		want := map[string]string{}
		for _, x := range r.Headers {
			want[x.Name] = x.Value
		}
		if h.For != r.For {
			return i, "[[headers]] number " + strconv.Itoa(i+1) + " is for " + strconv.Quote(h.For) + ", where the build has " + strconv.Quote(r.For)
		}
		if !maps.Equal(h.Values, want) {
			return i, "the [[headers]] for " + strconv.Quote(h.For) + " differ from the build's (" + firstDiff(h.Values, want) + ")"
		}
	}
	if len(cfg.Headers) > len(rules) {
		return len(rules), "it has a [[headers]] rule for " + strconv.Quote(cfg.Headers[len(rules)].For) + " that the build does not write"
	}
	return 0, ""
}

// firstDiff names the first header (in name order) that differs.
func firstDiff(got, want map[string]string) string {
	names := append(keysOf(got), keysOf(want)...)
	slices.Sort(names)
	for _, n := range names {
		g, inGot := got[n]
		w, inWant := want[n]
		switch {
		case !inGot:
			return n + " is missing"
		case !inWant:
			return n + " is not set by the build"
		case g != w:
			return n + " is " + strconv.Quote(g) + ", the build has " + strconv.Quote(w)
		}
	}
	return ""
}

func keysOf(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// NetlifyTOMLFor returns the netlify.toml of the project at root (read
// under the input policy) as `endorse netlify` writes it, with what it
// would replace: nil when there is none. It refuses a file holding
// settings Endorse does not generate, which rewriting would lose.
func NetlifyTOMLFor(root string) (next, prev []byte, err error) {
	in := inputfs.New(root, content.ReadLimits(inputfs.New(root, inputfs.Default)))
	s, l := content.LoadSite(in)
	if err := l.Err(); err != nil {
		return nil, nil, err
	}
	prev, err = fs.ReadFile(in, NetlifyFile)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, nil, err
	}
	if prev != nil {
		var all map[string]any
		md, err := toml.Decode(string(prev), &all)
		if err != nil {
			return nil, nil, errors.New(NetlifyFile + ": " + err.Error())
		}
		for _, k := range md.Keys() {
			switch ks := k.String(); {
			case ks == "build", ks == "build.command", ks == "build.publish", ks == "headers", strings.HasPrefix(ks, "headers."):
			default:
				return nil, nil, errors.New(NetlifyFile + " also sets " + ks + ", which Endorse does not generate: make its [[headers]] the rules of public/_headers by hand")
			}
		}
	}
	return NetlifyTOML(BuildCommand(s), SiteHeaders(s)), prev, nil
}
