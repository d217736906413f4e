package content

// Search is the [search] table of site.toml.
type Search struct {
	// Disabled leaves out the search box, the search page and the index
	// (internal/site/search.go), e.g. for a site too large for one
	// whole-text index. By default the build makes them.
	Disabled bool `toml:"disabled"`
}
