package main

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
)

// kind is how a field is decoded and written.
type kind int

const (
	kString kind = iota
	kBool
	kFloat
	kInt
	kStrings
	kStringLists
	kNumberMap
	kBoolMap
	kValue       // wasmjson.Value, kept as it is
	kObject      // a bound struct
	kList        // []T of a bound struct T
	kPointerList // []*T of a bound struct T
	kCustom      // a type that implements wasmjson.Decoder/Encoder
)

// builtin are the field types with a fixed kind, as written in source.
var builtin = map[string]kind{
	"string": kString, "bool": kBool, "float64": kFloat, "int": kInt,
	"[]string": kStrings, "[][]string": kStringLists,
	"map[string]float64": kNumberMap, "map[string]bool": kBoolMap,
	"wasmjson.Value": kValue,
}

// field is one tagged struct field.
type field struct {
	name    string // Go name
	group   string // the nested object it sits in, or ""
	key     string // member key (inside group)
	kind    kind
	elem    string // the struct type of kObject, kList, kPointerList
	deflt   string // default:"…", Go source of the value
	typeSrc string
}

// structType is a struct with tagged fields.
type structType struct {
	name   string
	fields []field
	extra  bool // the package declares (*name).decodeExtra
}

// pkg is what bindgen knows of the package.
type pkg struct {
	name    string
	structs []*structType // in source order (files sorted by name)
}

// load parses the package in dir.
func load(dir string) (*pkg, error) {
	files, err := sourceFiles(dir)
	if err != nil {
		return nil, err
	}
	fset := token.NewFileSet()
	var parsed []*ast.File
	for _, name := range files {
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		parsed = append(parsed, f)
	}
	if len(parsed) == 0 {
		return nil, errors.New("no Go files in " + dir)
	}
	p := &pkg{name: parsed[0].Name.Name}
	decls := structDecls(parsed)
	bound := map[string]bool{}
	for _, d := range decls {
		if hasTags(d.st) {
			bound[d.name] = true
		}
	}
	extra := extraMethods(parsed)
	for _, d := range decls {
		if !bound[d.name] {
			continue
		}
		s := &structType{name: d.name, extra: extra[d.name]}
		if err := s.addFields(fset, d.st, bound); err != nil {
			return nil, err
		}
		p.structs = append(p.structs, s)
	}
	return p, nil
}

// sourceFiles lists dir's .go files but tests and bindgen's own output.
func sourceFiles(dir string) ([]string, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range ents {
		n := e.Name()
		if strings.HasSuffix(n, ".go") && !strings.HasSuffix(n, "_test.go") && n != outName {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out, nil
}

type structDecl struct {
	name string
	st   *ast.StructType
}

func structDecls(files []*ast.File) []structDecl {
	var out []structDecl
	for _, f := range files {
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.TYPE {
				continue
			}
			for _, spec := range g.Specs {
				ts := spec.(*ast.TypeSpec)
				if st, ok := ts.Type.(*ast.StructType); ok {
					out = append(out, structDecl{ts.Name.Name, st})
				}
			}
		}
	}
	return out
}

func hasTags(st *ast.StructType) bool {
	for _, f := range st.Fields.List {
		if _, ok := jsonTag(f); ok {
			return true
		}
	}
	return false
}

// jsonTag returns the field's json tag ("-" counts as none).
func jsonTag(f *ast.Field) (string, bool) {
	tag := structTag(f).Get("json")
	return tag, tag != "" && tag != "-"
}

func structTag(f *ast.Field) reflect.StructTag {
	if f.Tag == nil {
		return ""
	}
	s, err := strconv.Unquote(f.Tag.Value)
	if err != nil {
		return ""
	}
	return reflect.StructTag(s)
}

// extraMethods returns the types with a decodeExtra method.
func extraMethods(files []*ast.File) map[string]bool {
	out := map[string]bool{}
	for _, f := range files {
		for _, d := range f.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || fn.Recv == nil || fn.Name.Name != "decodeExtra" {
				continue
			}
			t := fn.Recv.List[0].Type
			if star, ok := t.(*ast.StarExpr); ok {
				t = star.X
			}
			if id, ok := t.(*ast.Ident); ok {
				out[id.Name] = true
			}
		}
	}
	return out
}

// addFields records st's tagged fields.
func (s *structType) addFields(fset *token.FileSet, st *ast.StructType, bound map[string]bool) error {
	seen := map[string]bool{}
	for _, f := range st.Fields.List {
		tag, ok := jsonTag(f)
		if !ok {
			continue
		}
		pos := fset.Position(f.Pos()).String()
		if len(f.Names) != 1 {
			return errors.New(pos + ": a json-tagged field must be declared alone")
		}
		group, key, nested := strings.Cut(tag, ".")
		if !nested {
			group, key = "", tag
		}
		if seen[tag] {
			return errors.New(pos + ": duplicate json key " + strconv.Quote(tag))
		}
		seen[tag] = true
		fd := field{name: f.Names[0].Name, group: group, key: key, typeSrc: types.ExprString(f.Type),
			deflt: structTag(f).Get("default")}
		fd.kind, fd.elem = classify(fd.typeSrc, bound)
		s.fields = append(s.fields, fd)
	}
	return nil
}

// classify returns the kind of a field type and, for structs and lists of
// them, the struct's name.
func classify(typeSrc string, bound map[string]bool) (kind, string) {
	if k, ok := builtin[typeSrc]; ok {
		return k, ""
	}
	switch {
	case bound[typeSrc]:
		return kObject, typeSrc
	case strings.HasPrefix(typeSrc, "[]*") && bound[typeSrc[3:]]:
		return kPointerList, typeSrc[3:]
	case strings.HasPrefix(typeSrc, "[]") && bound[typeSrc[2:]]:
		return kList, typeSrc[2:]
	}
	return kCustom, ""
}
