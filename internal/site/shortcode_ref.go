package site

import (
	"strconv"
	"strings"

	"github.com/iecmh/endorse/internal/content"
)

// ref returns the URL (not yet escaped) of the ref (absolute URL) and
// relref (site path) shortcodes:
// {{< relref "apply/fees.md#membership" >}} or path="…". The page must
// exist (a broken ref is an error here, as in Hugo by default); the
// anchor is checked by the link checker like any link.
func (x *expander) ref(d *ShortcodeData, absolute bool) (string, string) {
	arg := d.Get(0)
	if d.IsNamedParams {
		arg = d.Get("path")
	}
	target, ok := arg.(string)
	if !ok {
		return "", d.Name + " needs the path of a page, e.g. {{< " + d.Name + " \"apply/fees.md\" >}}"
	}
	file, frag, _ := strings.Cut(target, "#")
	p, why := x.b.content.Ref(x.j.Page, file)
	if p == nil {
		return "", d.Name + " " + strconv.Quote(target) + ": " + why
	}
	if p.Headless {
		return "", d.Name + " " + strconv.Quote(target) + ": " + p.File + " is not published"
	}
	url := x.b.funcs.relURL(p.URL)
	if absolute {
		url = absURL(x.b.content.Site.BaseURL, p.URL)
	}
	if frag != "" {
		url += "#" + frag
	}
	return url, ""
}

// refPosition returns where on page j a ref or relref shortcode made link,
// or 0, 0. The page is read and its shortcodes parsed again: this is for
// the message about a broken link only, so a build keeps no positions.
func (b *builder) refPosition(j *job, link string) (line, col int) {
	if j.Page == nil {
		return 0, 0
	}
	body, err := j.Page.ReadBody(b.fsys)
	if err != nil || !content.HasShortcodes(body) {
		return 0, 0
	}
	segs, perr := content.ParseShortcodes(body)
	if perr != nil {
		return 0, 0
	}
	x := &expander{b: b, j: j}
	var find func([]content.Segment) bool
	find = func(segs []content.Segment) bool {
		for _, s := range segs {
			sc := s.Call
			switch {
			case sc == nil:
			case sc.Name == "ref" || sc.Name == "relref":
				if url, why := x.ref(x.data(sc, nil), sc.Name == "ref"); why == "" && url == link {
					line, col = x.pos(sc)
					return true
				}
			case find(sc.Inner):
				return true
			}
		}
		return false
	}
	find(segs)
	return line, col
}
