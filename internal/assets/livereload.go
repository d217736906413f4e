package assets

import _ "embed"

// LiveReloadJS returns the live-reload script of `endorse serve`. The dev
// build publishes it as an ordinary hashed asset (site.Options.LiveReloadJS)
// that pages include as an external script with SRI, so live reload works
// under the strict CSP. The script listens to the dev server's Server-Sent
// Events at /_endorse/events: "reload" reloads the page, "build-error"
// shows an overlay with the diagnostics, "status" (sent on connect) does
// either.
func LiveReloadJS() []byte { return liveReloadJS }

//go:embed livereload.js
var liveReloadJS []byte
