package admin

import (
	"encoding/json"
	"path"
	"strings"

	"github.com/iecmh/endorse/internal/content"
	"github.com/iecmh/endorse/internal/model"
)

// Config is Decap CMS's configuration (https://decapcms.org/docs/configuration-options/),
// published as /admin/config.json, which admin.js hands to Decap (CMS.init).
type Config struct {
	Backend      Backend      `json:"backend"`
	SiteURL      string       `json:"site_url,omitempty"`
	DisplayURL   string       `json:"display_url,omitempty"`
	MediaFolder  string       `json:"media_folder"`
	PublicFolder string       `json:"public_folder"`
	Slug         Slug         `json:"slug"`
	Collections  []Collection `json:"collections"`
}

// Backend is where the editor reads and saves files, and how it signs
// people in (content.Admin).
type Backend struct {
	Name         string `json:"name"`
	Repo         string `json:"repo"`
	Branch       string `json:"branch"`
	BaseURL      string `json:"base_url,omitempty"`
	AuthEndpoint string `json:"auth_endpoint,omitempty"`
	APIRoot      string `json:"api_root,omitempty"`
	AuthType     string `json:"auth_type,omitempty"`
	AppID        string `json:"app_id,omitempty"`
}

// Slug says how new files are named from their titles: ASCII, so that
// file names and URLs stay plain.
type Slug struct {
	Encoding     string `json:"encoding"`
	CleanAccents bool   `json:"clean_accents"`
}

// Collection is a folder of entries (pages, courses) or a list of files
// (settings).
type Collection struct {
	Name            string   `json:"name"`
	Label           string   `json:"label"`
	LabelSingular   string   `json:"label_singular,omitempty"`
	Description     string   `json:"description,omitempty"`
	Folder          string   `json:"folder,omitempty"`
	Extension       string   `json:"extension,omitempty"`
	Format          string   `json:"format,omitempty"`
	Create          bool     `json:"create,omitempty"`
	Slug            string   `json:"slug,omitempty"`
	IdentifierField string   `json:"identifier_field,omitempty"`
	Summary         string   `json:"summary,omitempty"`
	SortableFields  []string `json:"sortable_fields,omitempty"`
	Files           []File   `json:"files,omitempty"`
	Fields          []Field  `json:"fields,omitempty"`
}

// File is one file of a files collection.
type File struct {
	Name   string  `json:"name"`
	Label  string  `json:"label"`
	File   string  `json:"file"`
	Fields []Field `json:"fields"`
}

// Field is one input of the editor (https://decapcms.org/docs/widgets/).
type Field struct {
	Name     string `json:"name"`
	Label    string `json:"label"`
	Widget   string `json:"widget"`
	Required bool   `json:"required"`
	Hint     string `json:"hint,omitempty"`
	// number
	ValueType string   `json:"value_type,omitempty"`
	Min       *float64 `json:"min,omitempty"`
	Step      float64  `json:"step,omitempty"`
	// datetime: a date alone, kept as "YYYY-MM-DD"
	Format     string `json:"format,omitempty"`
	DateFormat string `json:"date_format,omitempty"`
	TimeFormat *bool  `json:"time_format,omitempty"`
	PickerUTC  bool   `json:"picker_utc,omitempty"`
	// markdown
	Modes []string `json:"modes,omitempty"`
	// select
	Multiple bool     `json:"multiple,omitempty"`
	Options  []Option `json:"options,omitempty"`
	// object and list
	Collapsed bool    `json:"collapsed,omitempty"`
	Summary   string  `json:"summary,omitempty"`
	Field     *Field  `json:"field,omitempty"`
	Fields    []Field `json:"fields,omitempty"`
}

// Option is one choice of a select field.
type Option struct {
	Label string `json:"label"`
	Value string `json:"value"`
}

// MediaDir is where the editor puts uploaded images and files, below
// content/: the build copies them as they are, to /media/ on the site.
const MediaDir = "media"

// NewConfig generates the editor's configuration for the loaded content
// (site.toml with its [admin] table, the Markdown directories) and rules
// (the categories for the fees, the topic vocabulary for courses).
func NewConfig(c *content.Content, m *model.Model) Config {
	s := c.Site
	a := s.Admin
	if a == nil {
		a = &content.Admin{}
	}
	sc := newSchema(m)
	cfg := Config{
		Backend: Backend{Name: a.BackendName(), Repo: a.Repo, Branch: a.BranchName(), BaseURL: a.BaseURL,
			AuthEndpoint: a.AuthEndpoint, APIRoot: a.APIRoot, AuthType: a.AuthType, AppID: a.AppID},
		SiteURL:      s.BaseURL,
		DisplayURL:   s.BaseURL,
		MediaFolder:  content.Dir + "/" + MediaDir,
		PublicFolder: s.BasePath() + MediaDir,
		Slug:         Slug{Encoding: "ascii", CleanAccents: true},
	}
	cfg.Collections = append(pageCollections(c, s), courseCollection(sc), settingsCollection(sc))
	return cfg
}

// JSON is the configuration as published (config.json): indented, keys in
// the order above, so builds are byte-identical.
func (c Config) JSON() []byte {
	b, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		panic("admin: config does not encode: " + err.Error()) // only plain types: cannot happen
	}
	return append(b, '\n')
}

// courseCollection is content/courses/*.toml, one file per course.
func courseCollection(sc *schema) Collection {
	return Collection{
		Name: "courses", Label: "Courses", LabelSingular: "course",
		Description: "The course catalog: one file per course in " + content.Dir + "/courses/. The readiness checker counts a course's clock hours and topics.",
		Folder:      content.Dir + "/courses", Extension: "toml", Format: "toml", Create: true,
		Slug: "{{slug}}", IdentifierField: "title", Summary: "{{title}}", SortableFields: []string{"sequence", "title"},
		Fields: sc.structFields(typeOf[content.Course](), "toml", "courses"),
	}
}

// settingsCollection is site.toml and association.toml.
func settingsCollection(sc *schema) Collection {
	return Collection{
		Name: "settings", Label: "Settings",
		Description: "Saving one of these files writes it anew: every value is kept, but its # comments are dropped and its keys reordered.",
		Files: []File{
			{Name: "site", Label: "Site: name, address, menu, contact", File: content.SiteFile,
				Fields: sc.structFields(typeOf[content.Site](), "toml", "site")},
			{Name: "association", Label: "Association: fees and policies", File: "rules/association.toml",
				Fields: sc.structFields(typeOf[model.Association](), "json", "association")},
		},
	}
}

// pageCollections is one collection per directory of Markdown pages.
func pageCollections(c *content.Content, s *content.Site) []Collection {
	fields := pageFields(c.Taxonomies())
	var out []Collection
	for _, d := range c.MarkdownDirs {
		rel := strings.TrimPrefix(strings.TrimPrefix(d.Dir, content.Dir), "/")
		col := Collection{
			Name: "pages", Label: "Pages", LabelSingular: "page",
			Folder: d.Dir, Extension: "md", Format: "toml-frontmatter", Create: true,
			Slug: "{{slug}}", IdentifierField: "title", Summary: "{{title}}", SortableFields: []string{"weight", "title"},
			Description: "Markdown pages in " + d.Dir + "/, at " + s.BasePath() + rel + pathSep(rel) + "… on the site.",
			Fields:      fields,
		}
		if rel != "" {
			col.Name = "pages-" + strings.ReplaceAll(rel, "/", "-")
			col.Label = "Pages: " + sectionTitle(c, d.Dir)
		}
		if d.Uses(content.FormatYAML) || d.Uses(content.FormatJSON) {
			// Decap's TOML reader would see no front matter in these
			// files; its "frontmatter" format reads all three, and
			// writes YAML.
			col.Format = "frontmatter"
			col.Description += " Some of these pages have YAML or JSON front matter: the editor saves front matter here in YAML, which the build reads as well."
		}
		out = append(out, col)
	}
	return out
}

// sectionTitle names a directory by its _index.md's title, else its name.
func sectionTitle(c *content.Content, dir string) string {
	if p := c.PageByFile(dir + "/_index.md"); p != nil && p.Title != "" {
		return p.Title
	}
	return path.Base(dir)
}

func pathSep(rel string) string {
	if rel == "" {
		return ""
	}
	return "/"
}
