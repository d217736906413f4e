package site

import (
	"io/fs"

	"github.com/iecmh/endorse/internal/categoryview"
	"github.com/iecmh/endorse/internal/diag"
	"github.com/iecmh/endorse/internal/i18n"
)

// MessagesAsset is the asset the checker words the engine's reports from:
// the message catalog of the site's language (templates/i18n/<lang>.toml)
// as JSON, published beside rules.json rather than compiled into the wasm.
const MessagesAsset = "messages.json"

// loadMessages reads and checks the message catalog of the site's
// language and returns its word lists, for the category pages, and the
// checker's JSON of it. Only a site with rules has a checker and category
// pages, so only such a site needs one.
func loadMessages(fsys fs.FS, lang string) (categoryview.Labels, []byte, diag.List) {
	c, l := i18n.Load(fsys, lang)
	if len(l) > 0 {
		return nil, nil, l
	}
	js, err := c.JSON()
	if err != nil {
		l.Add(c.File, 0, 0, "serialising the message catalog: "+err.Error())
	}
	return c.Labels, js, l
}
