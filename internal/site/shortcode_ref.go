package site

import (
	"strconv"
	"strings"
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
