package content

import (
	"path"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// refIndex finds pages by their path in content/, for ref and relref.
type refIndex struct {
	once   sync.Once
	byPath map[string]*Page   // "apply/fees", "apply" (its _index.md), "team" (team/index.md)
	byBase map[string][]*Page // "fees" → every page of that base name
}

// Ref finds the page a ref or relref shortcode names, as Hugo does: a path
// in content/ with or without ".md" ("/apply/fees.md", "apply/fees"; a
// section by its directory), first relative to the directory of from, then
// from content/; else a file name found once in the whole tree ("fees.md").
// It returns the page, or nil and why not.
func (c *Content) Ref(from *Page, ref string) (*Page, string) {
	c.refs.once.Do(c.indexRefs)
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return from, ""
	}
	key := strings.Trim(strings.TrimSuffix(ref, ".md"), "/")
	key = strings.TrimSuffix(strings.TrimSuffix(key, "/_index"), "/index")
	if !strings.HasPrefix(ref, "/") && from != nil {
		dir := path.Dir(strings.TrimPrefix(from.File, Dir+"/"))
		if p := c.refs.byPath[cleanRef(path.Join(dir, key))]; p != nil {
			return p, ""
		}
	}
	if p := c.refs.byPath[cleanRef(key)]; p != nil {
		return p, ""
	}
	if strings.Contains(key, "/") {
		return nil, "no page " + strconv.Quote(ref) + " in content/"
	}
	switch found := c.refs.byBase[key]; len(found) {
	case 0:
		return nil, "no page " + strconv.Quote(ref) + " in content/"
	case 1:
		return found[0], ""
	default:
		files := make([]string, len(found))
		for i, p := range found {
			files[i] = p.File
		}
		sort.Strings(files)
		return nil, strconv.Quote(ref) + " is ambiguous: " + strings.Join(files, ", ") + " (give the path)"
	}
}

func cleanRef(p string) string {
	p = path.Clean("/" + p)
	return strings.TrimPrefix(p, "/")
}

func (c *Content) indexRefs() {
	c.refs.byPath = map[string]*Page{}
	c.refs.byBase = map[string][]*Page{}
	for _, p := range c.Pages {
		rel := strings.TrimSuffix(strings.TrimPrefix(p.File, Dir+"/"), ".md")
		dir, base := path.Split(rel)
		switch base {
		case "_index", "index":
			c.refs.byPath[strings.TrimSuffix(dir, "/")] = p
			if b := path.Base(strings.TrimSuffix(dir, "/")); dir != "" && base == "index" {
				c.refs.byBase[b] = append(c.refs.byBase[b], p)
			}
		default:
			c.refs.byPath[rel] = p
			c.refs.byBase[base] = append(c.refs.byBase[base], p)
		}
	}
}
