package engine

import "github.com/iecmh/endorse/internal/model"

// FitText words a fit message (fit.go) in English, with the service labels
// of the rules' vocabulary; "" for another code. The CLI uses it; the
// browser words the same codes in static/js/checker/messages.js. It is not
// part of Msg.Text, so the wasm links no fit wording.
func FitText(m *Msg, services []model.Word) string {
	if m == nil {
		return ""
	}
	a := m.Arg
	labelsOf := func(name string) string { return labels(services, splitIDs(a(name))) }
	switch m.Code {
	case "fit_practice":
		s := "Your work is with " + bandWords(a("band"))
		if a("dyadic") == "yes" {
			s += " and their parents together"
		}
		if labelsOf("services") != "" {
			s += " (" + labelsOf("services") + ")"
		}
		return s
	case "fit_band":
		return "it is for work with " + bandWords(a("band")) + ", and none of your work entries is"
	case "fit_dyadic":
		return "your work with " + bandWords(a("band")) + " and their parents together is at its core"
	case "fit_core":
		return "your kind of work is at its core: " + labelsOf("services")
	case "fit_counts":
		return "your work counts for it, but its core is other work: " + labelsOf("core")
	case "fit_service":
		if labelsOf("services") == "" {
			return "its work requirement does not count your work"
		}
		return "its work requirement counts only " + labelsOf("services")
	case "fit_degree":
		return "it asks for a degree you do not list: " + a("gap")
	case "fit_provides_rsc":
		return "it is for people who provide reflective supervision/consultation, and you list none"
	}
	return ""
}

// bandWords names an age band in fit messages.
func bandWords(band string) string {
	switch band {
	case "infant":
		return "infants and toddlers"
	case "early_childhood":
		return "young children (3 to 6)"
	case "both":
		return "infants and young children"
	}
	return "children"
}

// labels joins the labels of keys ("Home visiting, Dyadic parent-child psychotherapy").
func labels(words []model.Word, keys []string) string {
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = wordLabel(words, k)
	}
	return model.Join(out)
}

// splitIDs splits a list argument ("a, b") into its ids.
func splitIDs(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	start := 0
	for i := 0; i+1 < len(s); i++ {
		if s[i] == ',' && s[i+1] == ' ' {
			out = append(out, s[start:i])
			start = i + 2
		}
	}
	return append(out, s[start:])
}
