package wasmjson

// PathError is a problem with the value at a field path.
type PathError struct {
	_    NoCompare
	Path string // e.g. "training[2].hours"
	Msg  string
}

func (e PathError) Error() string {
	if e.Path == "" {
		return e.Msg
	}
	return e.Path + ": " + e.Msg
}

// Errors collects PathErrors.
type Errors []PathError

// Add records a problem at path.
func (e *Errors) Add(path, msg string) { *e = append(*e, PathError{Path: path, Msg: msg}) }

// Join appends a key to a path ("a" + "b" = "a.b"). An empty key is
// written "" (so that a problem with it still has a path).
func Join(path, key string) string {
	if key == "" {
		key = `""`
	}
	if path == "" {
		return key
	}
	return path + "." + key
}

// Index appends a list index to a path ("a" + 2 = "a[2]").
func Index(path string, i int) string { return path + "[" + Itoa(i) + "]" }

// NoCompare, as a struct's first field, makes the struct not comparable:
// the compiler then generates no equality function for it (nor for arrays
// of it), which saves wasm code per struct type (see wasm/doc.go). It
// occupies no memory.
type NoCompare [0]func()
