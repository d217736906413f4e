package assets

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// TestMinifier minifies each testdata/minify/*.txtar "in" file with the
// media type named in the archive comment and compares with "want".
func TestMinifier(t *testing.T) {
	files, _ := filepath.Glob("testdata/minify/*.txtar")
	m := NewMinifier()
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			mt := strings.TrimSpace(strings.SplitN(string(ar.Comment), "\n", 2)[0])
			var out bytes.Buffer
			if err := m.Minify(mt, &out, bytes.NewReader(fileData(ar, "in"))); err != nil {
				t.Fatal(err)
			}
			checkWant(t, file, ar, out.String()+"\n")
		})
	}
}

func fileData(ar *txtar.Archive, name string) []byte {
	for _, f := range ar.Files {
		if f.Name == name {
			return f.Data
		}
	}
	return nil
}

// TestMinifiedPageKeepsContract checks the properties pages rely on,
// independent of the exact golden bytes.
func TestMinifiedPageKeepsContract(t *testing.T) {
	ar, err := txtar.ParseFile("testdata/minify/page.txtar")
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := NewMinifier().Minify("text/html", &out, bytes.NewReader(fileData(ar, "in"))); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"<!doctype html>", "<html lang=en>", "<head>", "</head>", "<body>", "</body>", "</html>",
		`integrity=sha384-`, `crossorigin=anonymous`, "</p>", "</li>", `type=button`, `aria-label="Close dialog"`} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("minified page lacks %q:\n%s", want, out.String())
		}
	}
}
