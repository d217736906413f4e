package server

import (
	"fmt"
	"net"
	"net/http"
	"strings"
)

// hostGuard answers 421 Misdirected Request to any request whose Host
// header is not a loopback name, unless the name is in extra. It defends the
// preview against DNS rebinding: a page on another site whose name an
// attacker points at 127.0.0.1 would otherwise read the preview (and the
// applicant data it may show) through the browser. extra holds the names
// given with `serve -host` ("*" allows any).
func hostGuard(extra []string, next http.Handler) http.Handler {
	allowed := map[string]bool{}
	for _, h := range extra {
		allowed[strings.ToLower(strings.TrimSuffix(h, "."))] = true
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := hostName(r.Host)
		if !allowed["*"] && !allowed[name] && !loopbackName(name) {
			msg := fmt.Sprintf("endorse serve answers only loopback host names, not %q: "+
				"restart it with -host %s to allow that name", r.Host, name)
			http.Error(w, msg, http.StatusMisdirectedRequest)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// hostName is the lower-case host part of a Host header, without port or
// trailing dot.
func hostName(host string) string {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.Trim(host, "[]"), ".")
	return strings.ToLower(host)
}

// loopbackName reports localhost, *.localhost (RFC 6761 reserves them for
// loopback, and browsers resolve them there themselves) and loopback IPs.
func loopbackName(name string) bool {
	if name == "localhost" || strings.HasSuffix(name, ".localhost") {
		return true
	}
	ip := net.ParseIP(name)
	return ip != nil && ip.IsLoopback()
}
