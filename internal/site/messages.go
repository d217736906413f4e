package site

import (
	"io/fs"

	"github.com/iecmh/endorse/internal/diag"
	"github.com/iecmh/endorse/internal/i18n"
)

// MessagesAsset is the asset the checker words the engine's reports from:
// the message catalog of the site's language (templates/i18n/<lang>.toml)
// as JSON, published beside rules.json rather than compiled into the wasm.
const MessagesAsset = "messages.json"

// loadMessages reads and checks the message catalog of the site's
// language and returns it as the checker's JSON. Only a site with rules
// has a checker, so only such a site needs one.
func loadMessages(fsys fs.FS, lang string) ([]byte, diag.List) {
	c, l := i18n.Load(fsys, lang)
	if len(l) > 0 {
		return nil, l
	}
	js, err := c.JSON()
	if err != nil {
		l.Add(c.File, 0, 0, "serialising the message catalog: "+err.Error())
	}
	return js, l
}
