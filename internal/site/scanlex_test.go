package site

import (
	"bytes"
	stdhtml "html"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/html"
)

// scanReference is scanHTML written with the general tdewolff HTML lexer,
// which the fast tagLexer must agree with.
func scanReference(page []byte) pageScan {
	ps := pageScan{ids: map[string]bool{}, seen: map[string]bool{}}
	lx := html.NewLexer(parse.NewInputBytes(page))
	for {
		tt, data := lx.Next()
		switch tt {
		case html.ErrorToken:
			return ps
		case html.StartTagToken:
			ps.tag, ps.hasSrc = strings.ToLower(string(data[1:])), false
		case html.StartTagCloseToken, html.StartTagVoidToken:
			ps.closeTag()
		case html.AttributeToken:
			ps.attr(strings.ToLower(string(lx.AttrKey())), stdhtml.UnescapeString(string(bytes.Trim(lx.AttrVal(), `"'`))), 0)
		}
	}
}

// TestScanMatchesGeneralLexer compares scanHTML with scanReference on
// tricky markup and on every HTML file of testdata/golden.
func TestScanMatchesGeneralLexer(t *testing.T) {
	pages := map[string]string{
		"attrs":    `<!doctype html><html lang=en><a href=/a/ id=x>t</a><A HREF="/b/#c" Id='y'>u</a><a name=z></a><img src=/i.png srcset="/a.png 1x, /b.png 2x" alt="">`,
		"comments": `<!-- <a href="/no/"> --><p id=p1>x<b>y</b></p><?pi?><br/><input disabled>`,
		"raw":      `<script src=/s.js></script><script>var a="<a href='/no/'>";</script><style>p{}</style><title><a id=t></title><textarea><a href=/x/></textarea>`,
		"inline":   `<p style="color:red" onclick="x()">a</p><script type=application/ld+json>{}</script><script type=module>1</script>`,
		"entities": `<a href="/a/?x=1&amp;y=2">a</a><a href=/b/ id=d></a><div id=d></div>`,
		"quotes":   `<a title='it"s > ok' href="/q/">q</a><a href = "/sp/" >s</a><a href=/end`,
		"text":     `a < b and c<d> 1 << 2 </ p> <3`,
	}
	_ = filepath.WalkDir(filepath.Join("testdata", "golden"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".html") {
			data, _ := os.ReadFile(p)
			pages[p] = string(data)
		}
		return err
	})
	for name, page := range pages {
		got, want := scanHTML([]byte(page)), scanReference([]byte(page))
		got.seen, want.seen = nil, nil
		got.at, got.tagAt, want.at, want.tagAt = nil, 0, nil, 0 // positions: not tracked by the reference
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s:\n got %+v\nwant %+v", name, got, want)
		}
	}
}
