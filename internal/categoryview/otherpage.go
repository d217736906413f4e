package categoryview

import "slices"

// Href is where a source link points: the list on this page, or on the
// page Page names.
func (r sourceRef) Href() string { return r.Page + "#" + r.ID }

// OnOtherPage is the view for showing a category's requirements on
// another page (the requirements shortcode): a copy whose source links
// point at the numbered list on the category's own page.
func (v *View) OnOtherPage() *View {
	c := *v
	c.Sections = make([]sectionView, len(v.Sections))
	for i, s := range v.Sections {
		c.Sections[i] = sectionView{Key: s.Key, Title: s.Title, Reqs: sourcedFrom(s.Reqs, v.URL)}
	}
	return &c
}

// sourcedFrom copies reqs with their source links pointing at page.
func sourcedFrom(reqs []reqView, page string) []reqView {
	out := make([]reqView, len(reqs))
	for i, r := range reqs {
		r.Sources = slices.Clone(r.Sources)
		for j := range r.Sources {
			r.Sources[j].Page = page
		}
		r.Children = sourcedFrom(r.Children, page)
		out[i] = r
	}
	return out
}
