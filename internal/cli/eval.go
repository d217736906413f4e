package cli

import (
	"errors"
	"flag"
	"fmt"
	"strings"
	"time"

	"github.com/iecmh/endorse/internal/content"
	"github.com/iecmh/endorse/internal/diag"
	"github.com/iecmh/endorse/internal/engine"
	"github.com/iecmh/endorse/internal/i18n"
	"github.com/iecmh/endorse/internal/inputfs"
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/profile"
	"github.com/iecmh/endorse/internal/rules"
	"github.com/iecmh/endorse/internal/textreport"
	"github.com/iecmh/endorse/internal/wasmjson"
)

// runEval: endorse eval PROFILE.json [-root DIR] [--category ID] [--as-of YYYY-MM-DD] [--format text|json]
// The rules come from the project at -root (default: the working
// directory); PROFILE.json is a path as given (a pipe such as /dev/stdin
// works), read up to the profile size limit.
func runEval(env Env) error {
	fl := flag.NewFlagSet("eval", flag.ContinueOnError)
	fl.SetOutput(env.Stderr)
	root := rootFlag(fl)
	category := fl.String("category", "", "check only this category id (default: all)")
	asOf := fl.String("as-of", time.Now().Format("2006-01-02"), "evaluation date YYYY-MM-DD (default: today)")
	format := fl.String("format", "text", "output: text (for people) or json (the browser checker's report)")
	files, err := parseInterspersed(fl, env.Args)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrUsage, err)
	}
	if len(files) != 1 || (*format != "text" && *format != "json") {
		return fmt.Errorf("%w: endorse eval PROFILE.json [-root DIR] [--category ID] [--as-of YYYY-MM-DD] [--format text|json]", ErrUsage)
	}
	in := projectFS(*root)
	rulesJSON, err := projectRulesJSON(in)
	if err != nil {
		return err
	}
	src, err := inputfs.ReadLimited(files[0], in.Limits().Profile, "profile")
	if err != nil {
		return fmt.Errorf("%s: cannot read: %s", files[0], inputfs.Cause(err))
	}
	if *format == "json" {
		return evalJSON(env, rulesJSON, src, files[0], *asOf, *category)
	}
	cat, err := loadCatalog(in)
	if err != nil {
		return err
	}
	return evalText(env, cat, rulesJSON, src, files[0], *asOf, *category)
}

// loadCatalog loads the message catalog of the project's language
// (site.toml's language; English when site.toml does not say).
func loadCatalog(in *inputfs.FS) (*i18n.Catalog, error) {
	lang := "en"
	if s, l := content.LoadSite(in); len(l) == 0 && s.Language != "" {
		lang = s.Language
	}
	c, l := i18n.Load(in, lang)
	if err := l.Err(); err != nil {
		return nil, err
	}
	return c, nil
}

// rootFlag is the -root flag every command takes: the project directory.
func rootFlag(fl *flag.FlagSet) *string {
	return fl.String("root", ".", "project directory (content/, rules/, templates/, static/)")
}

// projectFS is the project at root read under the input policy, with the
// limits its site.toml sets.
func projectFS(root string) *inputfs.FS {
	return inputfs.New(root, content.ReadLimits(inputfs.New(root, inputfs.Default)))
}

// loadProject loads the rules (and course catalog) of the project in; a
// directory without rules/ is named as not being a project, instead of a
// message for every file it lacks.
func loadProject(in *inputfs.FS) (*model.Model, error) {
	if fi, err := in.Stat("rules"); err != nil || !fi.IsDir() {
		return nil, fmt.Errorf("%s is not an Endorse project (it has no rules/ directory): run endorse in the project directory, or name it with -root DIR", in.Root())
	}
	m, l := rules.LoadProject(in)
	if err := l.Err(); err != nil {
		return nil, err
	}
	return m, nil
}

// parseInterspersed lets flags follow the profile file name.
func parseInterspersed(fl *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		if err := fl.Parse(args); err != nil {
			return nil, err
		}
		args = fl.Args()
		if len(args) == 0 {
			return rest, nil
		}
		rest, args = append(rest, args[0]), args[1:]
	}
}

// projectRulesJSON loads the course catalog and the rules of the project
// in and returns rules.json exactly as the site build emits it.
func projectRulesJSON(in *inputfs.FS) ([]byte, error) {
	m, err := loadProject(in)
	if err != nil {
		return nil, err
	}
	return m.MarshalJSON()
}

// checkProfile reports a malformed profile as file:line:col (JSON syntax)
// or file: field.path: message diagnostics.
func checkProfile(file string, src []byte, m *model.Model) (*profile.Profile, error) {
	var l diag.List
	v, err := wasmjson.Parse(src)
	var se *wasmjson.SyntaxError
	if errors.As(err, &se) {
		l.Add(file, se.Line, se.Col, se.Msg)
		return nil, l.Err()
	}
	p, errs := profile.FromValue(v)
	if len(errs) == 0 {
		errs = engine.CheckProfile(m, p)
	}
	for _, e := range oneEach(errs) {
		l.AddField(file, e.Path, e.Msg)
	}
	return p, l.Err()
}

// oneEach keeps one message per field (issue 9, defect 10). The decoder
// reports a value it cannot read (a date that is no date) before its value
// checks report the same field again ("missing"); a session's date sets
// its start, so an unreadable date is not also a missing start. The
// profile package keeps both (the wasm links it, and every byte counts
// there); the words a person reads are chosen here.
func oneEach(errs wasmjson.Errors) wasmjson.Errors {
	seen := map[string]bool{}
	var out wasmjson.Errors
	for _, e := range errs {
		start, isStart := strings.CutSuffix(e.Path, ".start")
		if seen[e.Path] || isStart && strings.HasPrefix(e.Path, "rsc_received[") && seen[start+".date"] {
			continue
		}
		seen[e.Path] = true
		out = append(out, e)
	}
	return out
}

func evalJSON(env Env, rulesJSON, src []byte, file, asOf, category string) error {
	m, err := model.DecodeModel(rulesJSON)
	if err != nil {
		return err
	}
	if _, err := checkProfile(file, src, m); err != nil {
		return err
	}
	out, err := engine.EvaluateModelJSON(m, src, asOf, category)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrUsage, err)
	}
	_, err = fmt.Fprintf(env.Stdout, "%s\n", out)
	return err
}

func evalText(env Env, cat *i18n.Catalog, rulesJSON, src []byte, file, asOf, category string) error {
	day, ok := model.ParseDate(asOf)
	if !ok {
		return fmt.Errorf("%w: --as-of must be YYYY-MM-DD", ErrUsage)
	}
	m, err := model.DecodeModel(rulesJSON)
	if err != nil {
		return err
	}
	if category != "" && m.Category(category) == nil {
		return fmt.Errorf("%w: unknown category %q (see 'endorse rules')", ErrUsage, category)
	}
	p, err := checkProfile(file, src, m)
	if err != nil {
		return err
	}
	if err := textreport.Write(env.Stdout, cat, m, p, engine.Evaluate(m, p, day, category)); err != nil || category == "" {
		return err
	}
	return textreport.WritePlan(env.Stdout, cat, m, engine.EvaluatePlan(m, p, day, planCategory(p, category)))
}

// planCategory is the category to plan for: the one checked, or none (the
// renewal dates only) when the profile holds it, as the checker plans a
// renewal.
func planCategory(p *profile.Profile, category string) string {
	for _, e := range p.Endorsements {
		if e.Category == category {
			return ""
		}
	}
	return category
}
