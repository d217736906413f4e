package content

import (
	"net"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/iecmh/endorse/internal/diag"
	"github.com/iecmh/endorse/internal/tomlpos"
)

// Embed is the [embed] table of site.toml: the web sites allowed to show
// the checker and the category pages in an <iframe> (the pages under
// /embed/). Without it the site publishes no embed pages, and no page may
// be framed.
type Embed struct {
	// Allow lists origins such as "https://www.example-aimh.org": the
	// scheme, the host and a port when it is not the default, nothing
	// else. Each becomes a frame-ancestors source of the embed pages.
	Allow []string `toml:"allow"`
}

// Enabled reports whether the site publishes embed pages.
func (e Embed) Enabled() bool { return len(e.Allow) > 0 }

// Origins returns Allow in the form browsers compare (lower-case scheme
// and host, no default port, no trailing slash), valid entries only,
// each once.
func (e Embed) Origins() []string {
	var out []string
	for _, a := range e.Allow {
		if o, why := ParseOrigin(a); why == "" && !slices.Contains(out, o) {
			out = append(out, o)
		}
	}
	return out
}

// ParseOrigin checks that s is an origin a page may be framed by and
// returns it normalised, or why it is not one. Only https origins are
// accepted, and http on a loopback host (localhost, *.localhost,
// 127.0.0.1, [::1]), which browsers treat as secure, for trying an embed
// on one's own computer.
func ParseOrigin(s string) (origin, why string) {
	u, err := url.Parse(strings.TrimSpace(s))
	switch {
	case err != nil || u.Host == "" || u.Opaque != "":
		return "", "is not an origin such as \"https://www.example.org\""
	case u.User != nil:
		return "", "must not hold a user name or password"
	case u.Path != "" && u.Path != "/", u.RawQuery != "", u.Fragment != "", u.ForceQuery:
		return "", "must be an origin only (scheme and host, such as \"https://www.example.org\"), without a path, query or fragment"
	case strings.Contains(u.Hostname(), "*"):
		return "", "must name one host: wildcards are not allowed"
	}
	scheme := strings.ToLower(u.Scheme)
	host := strings.ToLower(u.Hostname())
	if scheme != "https" && !(scheme == "http" && loopback(host)) {
		return "", "must use https (http is accepted only for localhost and 127.0.0.1, to try an embed locally)"
	}
	port := u.Port()
	if port != "" {
		if n, err := strconv.Atoi(port); err != nil || n < 1 || n > 65535 {
			return "", "has an invalid port"
		}
	}
	if (scheme == "https" && port == "443") || (scheme == "http" && port == "80") {
		port = ""
	}
	if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	if port != "" {
		host += ":" + port
	}
	return scheme + "://" + host, ""
}

// loopback reports whether host names this computer.
func loopback(host string) bool {
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// validateEmbed reports each bad embed.allow entry at its own position in
// site.toml (the key's when the entry cannot be found) and a repeated one.
func validateEmbed(e Embed, src []byte) diag.List {
	var l diag.List
	seen := map[string]bool{}
	keys := tomlpos.Scan(src)
	for i, a := range e.Allow {
		at, _ := keys.Find("embed.allow[" + strconv.Itoa(i) + "]")
		line, col := at.Line, at.Col
		o, why := ParseOrigin(a)
		if why == "" && seen[o] {
			why = "is listed twice"
		}
		seen[o] = true
		if why == "" {
			continue
		}
		msg := "embed.allow: " + strconv.Quote(a) + " " + why
		if line == 0 {
			l.AddField(SiteFile, "embed.allow", msg)
		} else {
			l.Add(SiteFile, line, col, msg)
		}
	}
	return l
}
