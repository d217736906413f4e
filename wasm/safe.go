//go:build js && wasm

package main

// safeEvaluate runs evalFunc and turns both a returned error and a panic into
// an error text, so that no input can end the Go program.
func safeEvaluate(rulesJSON, profileJSON []byte, asOf, category string) (report, errText string) {
	defer func() {
		if r := recover(); r != nil {
			report, errText = "", "internal error in the engine: "+panicText(r)
		}
	}()
	out, err := evalFunc(rulesJSON, profileJSON, asOf, category)
	if err != nil {
		return "", err.Error()
	}
	return string(out), ""
}

// panicText describes a recovered value without fmt.
func panicText(r any) string {
	switch v := r.(type) {
	case error:
		return v.Error()
	case string:
		return v
	}
	return "unexpected panic"
}
