package content

import "time"

// Filter says which pages a build publishes, as Hugo's --buildDrafts,
// --buildFuture and --buildExpired do: by default a draft, a page whose
// publishDate (else date) is after Now and a page whose expiryDate is
// before Now are left out. Now is an input, never read from the clock here.
type Filter struct {
	Drafts  bool      // publish drafts too
	Future  bool      // publish pages dated after Now too
	Expired bool      // publish expired pages too
	Now     time.Time // the build's time; zero: no page counts as future or expired
}

// Keeps reports whether a build with f publishes p.
func (f Filter) Keeps(p *Page) bool {
	switch {
	case p.Draft && !f.Drafts:
		return false
	case f.Now.IsZero():
		return true
	case !f.Future && p.PublishDate.After(f.Now):
		return false
	case !f.Expired && !p.ExpiryDate.IsZero() && p.ExpiryDate.Before(f.Now):
		return false
	}
	return true
}
