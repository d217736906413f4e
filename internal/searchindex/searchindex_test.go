package searchindex

import "testing"

// TestMainText: the words a reader sees in <main>, nothing of scripts,
// styles or inline SVG, and the page's language.
func TestMainText(t *testing.T) {
	page := []byte(`<html lang="fr"><head><title>T</title></head><body><nav>Menu</nav>` +
		`<main><h1>Titre</h1><p>Un&nbsp;texte <b>gras</b>.</p><script>var x = "no";</script>` +
		`<style>p{}</style><svg><title>icon</title></svg><p>Fin<br>ici</p></main><footer>Pied</footer></body></html>`)
	lang, text := MainText(page)
	if lang != "fr" || text != "Titre Un texte gras . Fin ici" {
		t.Errorf("MainText = %q, %q", lang, text)
	}
}

// TestEncode: pages in URL order, an empty index lists no pages (not null).
func TestEncode(t *testing.T) {
	got := string(Encode("en", []Doc{{URL: "/b/", Title: "B", Text: "b"}, {URL: "/a/", Title: "A", Desc: "d", Text: "a"}}))
	want := `{"language":"en","pages":[{"u":"/a/","t":"A","d":"d","x":"a"},{"u":"/b/","t":"B","x":"b"}]}`
	if got != want {
		t.Errorf("Encode =\n%s\nwant\n%s", got, want)
	}
	if got := string(Encode("en", nil)); got != `{"language":"en","pages":[]}` {
		t.Errorf("empty index = %s", got)
	}
}
