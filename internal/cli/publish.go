package cli

import (
	"flag"

	"github.com/iecmh/endorse/internal/site"
)

// publishFlags adds build's and serve's flags for the pages Hugo leaves out
// by default: -drafts, -future and -expired, also under Hugo's names
// (-D/-buildDrafts, -F/-buildFuture, -E/-buildExpired), so a Hugo user's
// habits work. Either spelling sets the same field.
func publishFlags(fl *flag.FlagSet) *site.Publish {
	p := &site.Publish{}
	for _, f := range []struct {
		dst         *bool
		name, short string
		hugo, usage string
	}{
		{&p.Drafts, "drafts", "D", "buildDrafts", "also publish pages with draft = true"},
		{&p.Future, "future", "F", "buildFuture", "also publish pages whose publishDate (else date) is in the future"},
		{&p.Expired, "expired", "E", "buildExpired", "also publish pages whose expiryDate has passed"},
	} {
		fl.BoolVar(f.dst, f.name, false, f.usage)
		fl.BoolVar(f.dst, f.short, false, "short for -"+f.name)
		fl.BoolVar(f.dst, f.hugo, false, "Hugo's name for -"+f.name)
	}
	return p
}
