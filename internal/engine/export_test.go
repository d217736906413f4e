package engine

import "testing"

// AddCaseSeeds seeds a fuzz target with every golden case's profile (see
// addCaseSeeds).
func AddCaseSeeds(f *testing.F, root string) { addCaseSeeds(f, root) }

// MsgJSON is a message as the report JSON writes it (for tests outside the
// package that hand messages to the browser's presenter).
func MsgJSON(m *Msg) []byte { return appendMsg(nil, m) }

// KindAnswers maps every requirement kind the engine evaluates to the
// profile key it reads ("" when its evaluator checks the profile itself),
// for the parity test with the checker's reads.js.
func KindAnswers() map[string]string {
	out := map[string]string{}
	for _, k := range kinds {
		out[k.name] = k.answer
	}
	return out
}
