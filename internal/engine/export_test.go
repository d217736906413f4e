package engine

// MsgJSON is a message as the report JSON writes it (for tests outside the
// package that hand messages to the browser's presenter).
func MsgJSON(m *Msg) []byte { return appendMsg(nil, m) }
