package cli

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"time"

	"github.com/iecmh/endorse/internal/diag"
	"github.com/iecmh/endorse/internal/engine"
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/profile"
	"github.com/iecmh/endorse/internal/rules"
	"github.com/iecmh/endorse/internal/wasmjson"
)

func init() {
	register("eval", "check an applicant profile against the endorsement rules", runEval)
}

// runEval: endorse eval PROFILE.json [--category ID] [--as-of YYYY-MM-DD] [--format text|json]
func runEval(env Env) error {
	fl := flag.NewFlagSet("eval", flag.ContinueOnError)
	fl.SetOutput(env.Stderr)
	category := fl.String("category", "", "check only this category id (default: all)")
	asOf := fl.String("as-of", time.Now().Format("2006-01-02"), "evaluation date YYYY-MM-DD (default: today)")
	format := fl.String("format", "text", "output: text (for people) or json (the browser checker's report)")
	files, err := parseInterspersed(fl, env.Args)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrUsage, err)
	}
	if len(files) != 1 || (*format != "text" && *format != "json") {
		return fmt.Errorf("%w: endorse eval PROFILE.json [--category ID] [--as-of YYYY-MM-DD] [--format text|json]", ErrUsage)
	}
	rulesJSON, err := projectRulesJSON(os.DirFS("."))
	if err != nil {
		return err
	}
	src, err := os.ReadFile(files[0])
	if err != nil {
		return err
	}
	if *format == "json" {
		return evalJSON(env, rulesJSON, src, files[0], *asOf, *category)
	}
	return evalText(env, rulesJSON, src, files[0], *asOf, *category)
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
// at fsys and returns rules.json exactly as the site build emits it.
func projectRulesJSON(fsys fs.FS) ([]byte, error) {
	m, l := rules.LoadProject(fsys)
	if err := l.Err(); err != nil {
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
	for _, e := range errs {
		l.AddField(file, e.Path, e.Msg)
	}
	return p, l.Err()
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

func evalText(env Env, rulesJSON, src []byte, file, asOf, category string) error {
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
	return writeText(env.Stdout, m, p, engine.Evaluate(m, p, day, category))
}
