// Package admin makes the editor at /admin/, where an association's
// volunteers edit the site in the browser: Decap CMS (npm decap-cms, its
// prebuilt dist/ from .cms/node_modules, installed by `make cms`), a page
// that loads it, a small script of ours, and Decap's configuration.
//
// The configuration is generated at build time from Endorse's own schema,
// so a field added to a loader appears in the editor without a second
// definition:
//
//   - pages: one collection per directory of content/ holding Markdown,
//     with a field for each front matter key the content loader knows
//     (content.FrontMatterKeys and the site's taxonomies), in TOML front
//     matter (+++) for new pages;
//   - courses: content/courses/*.toml, from content.Course;
//   - site settings: content/site.toml, from content.Site;
//   - association settings and fees: rules/association.toml, from
//     model.Association, with one group of fee fields per category of the
//     rules (fees.categories is a table keyed by category id, which
//     Decap's widgets cannot edit as such; the rules list the ids, so the
//     fields are generated, and each shows the category's name).
//
// Widgets follow the Go types (string, bool, int, float64, []string,
// structs and lists of them, model.Date); the `cms` struct tags of the
// content types add what types do not say (see content.Site). Keys the
// editor leaves out on purpose are listed, each with its reason, in
// siteOmitted, associationOmitted and pageOmitted; the tests fail on any
// loader key that is neither in the configuration nor in those lists.
//
// Decap keeps the keys it has no field for when it saves a file, but it
// writes TOML anew: comments are dropped, keys reordered and multi-line
// strings written on one line (the README says so; the settings
// collection's description warns the volunteer).
//
// /admin/ gets a Content-Security-Policy of its own (CSP): Decap needs
// 'unsafe-eval' (it compiles its configuration schema with ajv) and inline
// styles (emotion), may call the git host's API, and signs people in
// through a window of the sign-in service, which needs
// Cross-Origin-Opener-Policy: same-origin-allow-popups. Every other path
// keeps the site's policy.
//
// Locally, `endorse serve -edit` (internal/server) runs decap-server, the
// CMS's local backend, and forwards /admin/api/v1 to it: admin.js points
// Decap there when the editor is opened on a loopback address, so edits
// are saved to the files on disk without signing in.
package admin
