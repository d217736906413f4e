package engine

// Text words a message in English: the one place each sentence of a report
// is written. The report JSON carries these texts; a presenter with its own
// message catalog words the code and arguments instead. The text is made
// once per message.
func (m *Msg) Text() string {
	if m == nil {
		return ""
	}
	if m.text == "" {
		m.text = m.render()
	}
	return m.text
}

// render words the message.
func (m *Msg) render() string {
	a := m.Arg
	switch m.Code {
	case "not_answered":
		return "not answered yet: add your " + answerWords[a("key")]
	case "not_answered_statement":
		return "not answered yet: " + a("statement")
	case "unknown_kind":
		return "the checker does not know the requirement kind " + a("kind")
	case "closest_pathway":
		return "closest pathway (" + a("pathway") + "): " + joinTexts(m.Sub)
	}
	if t, ok := quantityText(m); ok {
		return t
	}
	if t, ok := gapText(m); ok {
		return t
	}
	if t, ok := reasonText(m); ok {
		return t
	}
	if t, ok := projectionText(m); ok {
		return t
	}
	return m.Code
}

// answerWords name the profile lists in "add your …".
var answerWords = map[string]string{
	"code_of_ethics": "Code of Ethics signature", "training": "training", "credentials": "credentials",
	"endorsements": "endorsements", "exam": "exam", "leadership": "leadership", "memberships": "memberships",
	"references": "references", "rsc_provided": "reflective supervision/consultation provided",
	"rsc_received": "reflective supervision/consultation received", "work": "work", "degrees": "degrees",
	"attestations": "attestations",
}

// workWords name the kinds of work months.
var workWords = map[string]string{"paid": "months of paid specialized work", "any": "months of specialized work",
	"internship": "months of internship"}

func quantityText(m *Msg) (string, bool) {
	a := m.Arg
	switch m.Code {
	case "more_rsc_hours":
		return more(a("hours"), "RSC hours"), true
	case "more_own_rsc_hours":
		return more(a("hours"), "RSC hours") + " about the RSC you provide", true
	case "more_training_hours":
		return more(a("hours"), "training hours"), true
	case "more_topic_hours":
		return more(a("hours"), "hours") + " on " + a("topic_label"), true
	case "more_work_months":
		return more(a("months"), workWords[a("work")]), true
	case "more_rsc_provided_months":
		return more(a("months"), "months of providing RSC"), true
	case "more_leadership_months":
		return more(a("months"), "months of leadership"), true
	case "more_families":
		return more(a("families"), "families served") + " (have " + a("have") + ")", true
	case "more_references":
		return more(a("references"), "reference ratings"), true
	case "more_endorsed_raters":
		return more(a("raters"), "raters") + " endorsed as " + a("categories"), true
	case "rsc_span":
		return "the RSC must extend over at least " + a("months") + " months (now " + a("now") +
			"); keep going until " + a("until"), true
	case "rsc_span_not_in_period":
		return "the RSC must extend over at least " + a("months") + " months of the renewal period (now " + a("now") +
			"), which sessions before its due date " + a("due") + " can no longer do", true
	case "rsc_span_now":
		return "the RSC must extend over at least " + a("months") + " months (now " + a("now") +
			"); one more session from today on would extend it enough", true
	}
	return "", false
}

// more writes "18 more RSC hours" ("1 more RSC hour").
func more(n, noun string) string {
	if n == "1" && len(noun) > 1 && noun[len(noun)-1] == 's' {
		noun = noun[:len(noun)-1]
	}
	return n + " more " + noun
}

func gapText(m *Msg) (string, bool) {
	a := m.Arg
	switch m.Code {
	case "reference_from":
		return "a reference from: " + a("roles"), true
	case "complete_courses":
		return "complete: " + a("courses"), true
	case "membership_needed":
		if a("association") == "" {
			return "a current individual membership in an infant mental health association", true
		}
		return "a current individual membership in " + a("association"), true
	case "degree_needed":
		return levelName(a("level")) + " or higher" + alternatives(a("related") != "", a("license") != "", a("credentials") != ""), true
	case "credential_needed":
		return "one of these credentials is needed: " + a("credentials"), true
	case "endorsement_needed":
		return "hold one of these endorsements: " + a("categories"), true
	case "pass_exam":
		return "pass the written exam", true
	case "exam_after_as_of":
		return "the exam date is after the as-of date", true
	case "pass_exam_form":
		return "pass the " + a("forms") + " form of the exam", true
	case "sign_ethics":
		return "sign the Code of Ethics and Endorsement Agreement", true
	case "sign_ethics_again":
		return "sign the Code of Ethics again (the last signature is more than " + a("months") + " months old)", true
	case "attest", "rules_warning":
		return a("statement") + a("text"), true
	case "typical_hours":
		return "Successful applicants usually list about " + a("typical") + " hours; you list " + a("hours") + ".", true
	case "many_providers":
		return "Your hours come from " + a("providers") + " providers; reviewers expect most hours from one provider and the rest from at most one other.", true
	}
	return "", false
}

func alternatives(related, license, credentials bool) string {
	s := ""
	if related {
		s = " in a related field"
	}
	if license {
		s += ", or a mental-health license"
	}
	if credentials {
		s += ", or an accepted credential"
	}
	return s + " is needed"
}

// constantReasons are the item reasons without arguments.
var constantReasons = map[string]string{
	"after_as_of":                        "dated after the as-of date",
	"before_renewal_period":              "before this renewal period",
	"after_renewal_period":               "after this renewal period (it counts toward the next one)",
	"older_than_period":                  "older than the period that counts",
	"provider_not_given":                 "the provider's endorsement is not given",
	"not_internship":                     "not an internship",
	"internship_excluded":                "an internship does not count here",
	"internship_supervisor_not_endorsed": "the internship supervisor did not hold a required endorsement",
	"not_paid":                           "not paid",
	"not_age_band":                       "not with the required age group",
	"not_service":                        "not the required kind of service",
	"below_min_fte":                      "below the minimum FTE",
	"starts_after_as_of":                 "starts after the as-of date",
	"peer_not_counted":                   "peer groups without a facilitator do not count",
	"not_leadership_kind":                "not one of the required kinds of leadership",
	"rater_not_endorsed":                 "the rater is not endorsed in a listed category",
	"earned_after_as_of":                 "earned after the as-of date",
	"not_related_field":                  "not in a related field",
	"not_mental_health_license":          "not a current mental-health license",
	"not_accepted_alternative":           "not an accepted alternative",
	"not_accepted_credential":            "not one of the accepted credentials",
	"not_required_endorsement":           "not one of the required endorsements",
}

func reasonText(m *Msg) (string, bool) {
	if t, ok := constantReasons[m.Code]; ok {
		return t, true
	}
	a := m.Arg
	switch m.Code {
	case "format_not_counted":
		return "a " + a("format") + " format does not count (peer groups without a facilitator never do)", true
	case "before_degree":
		switch {
		case a("date") == "":
			return beforeDegree(a("level")), true
		case a("license") != "":
			return "before the mental-health license of " + a("date") + ", which stands in for " + levelName(a("level")), true
		}
		return "before the " + degreeWord(a("level")) + " of " + a("date"), true
	case "part_not_counted":
		if a("from") == a("to") {
			return "not counted on " + a("from") + ": " + joinTexts(m.Sub), true
		}
		return "not counted " + a("from") + " – " + a("to") + ": " + joinTexts(m.Sub), true
	case "parts_not_counted":
		return joinTexts(m.Sub), true
	case "no_provider_rule":
		return "no rule names who may provide RSC for " + a("category") + " at that time", true
	case "vetted_not_counted":
		return "the provider was vetted, not endorsed; from " + a("from") + " only endorsed providers count", true
	case "provider_not_qualified":
		return "a provider endorsed as " + upper(a("provider")) + qualifiers(a("master") != "", a("ers") != "") +
			" does not qualify for " + a("category") + " at that time", true
	case "policy_needs":
		since := ""
		if a("from") != "" {
			since = "from " + a("from") + " "
		}
		return since + a("association") + " counts RSC from a provider endorsed as " + upper(a("provider")) +
			" only when the provider holds " + qualifierName(a("need")), true
	case "not_while_serving":
		return "no work with " + bandsText(a("bands")) + " is listed for these days (RSC counts while you serve them)", true
	case "serving_unchecked":
		return "RSC counts only while you work with " + bandsText(a("bands")) + "; add your work so the checker can tell which hours those are.", true
	case "outside_window":
		return "outside the window " + a("from") + " – " + a("to"), true
	case "not_leadership_level":
		return "not at a required level (" + a("levels") + ")", true
	case "below_level":
		return "below " + levelName(a("level")), true
	case "membership_expired":
		return "expired on " + a("date"), true
	case "not_this_association":
		return "not a membership in " + a("association"), true
	case "held_only_from":
		return "held only from " + a("date"), true
	case "held_less_than":
		return "held for less than " + a("months") + " months", true
	}
	return "", false
}

// degreeWord is "Master's degree" style text.
func degreeWord(level string) string {
	switch level {
	case "associate":
		return "Associate's degree"
	case "bachelor":
		return "Bachelor's degree"
	case "master":
		return "Master's degree"
	}
	return "doctorate"
}

func qualifiers(master, ers bool) string {
	s := ""
	if master {
		s += " (Master's)"
	}
	if ers {
		s += " with the ERS add-on"
	}
	return s
}

// beforeDegree is the reason for an entry that ended before a degree of
// level ("before a Master's degree").
func beforeDegree(level string) string {
	switch level {
	case "associate":
		return "before an Associate's degree"
	case "bachelor":
		return "before a Bachelor's degree"
	case "master":
		return "before a Master's degree"
	case "doctorate":
		return "before a doctorate"
	}
	return ""
}

// levelName is "a Master's degree" style text.
func levelName(level string) string {
	switch level {
	case "associate":
		return "an Associate's degree"
	case "bachelor":
		return "a Bachelor's degree"
	case "master":
		return "a Master's degree"
	case "doctorate":
		return "a doctorate"
	}
	return "a degree"
}

// joinTexts joins messages' texts with "; ".
func joinTexts(list []*Msg) string {
	s := ""
	for i, m := range list {
		if i > 0 {
			s += "; "
		}
		s += m.Text()
	}
	return s
}

// projectionText words the notes of projections.
func projectionText(m *Msg) (string, bool) {
	a := m.Arg
	switch m.Code {
	case "never_at_pace":
		s := "At your recent pace of " + perMonth(a("pace"), a("unit")) + " this takes more than five years"
		if a("pace") == "0" {
			s = "There is no recent pace to project from (nothing in the last 12 months)"
		} else if a("window") != "" {
			s = "At your recent pace of " + perMonth(a("pace"), a("unit")) + " this is never met: hours leave the " +
				a("window") + "-month window about as fast as they come"
		}
		return s + needed(a("needed"), a("unit")) + ".", true
	case "not_by_due":
		late := ""
		if a("late_until") != a("due") {
			late = " (renewals are accepted until " + a("late_until") + ", but only hours of the renewal period count)"
		}
		return "At your recent pace of " + perMonth(a("pace"), a("unit")) + " this is not met by the due date " +
			a("due") + late + needed(a("needed"), a("unit")) + ".", true
	case "first_cycle":
		return "Your first renewal covers " + a("from") + " to " + a("due") + ": what you do from " + a("from") +
			" counts toward it.", true
	case "late_window":
		return "The renewal period " + a("from") + " – " + a("due") + " has ended, and renewals for it are accepted until " +
			a("late_until") + ": this checks that period. What you do now counts toward the next renewal.", true
	}
	return "", false
}

// perMonth writes a pace: "1.73 hours a month", "0.5 months a month" is
// written as "0.5 FTE".
func perMonth(n, unit string) string {
	if unit == "months" {
		return n + " FTE"
	}
	if n == "1" {
		unit = unit[:len(unit)-1]
	}
	return n + " " + unit + " a month"
}

// needed writes "; about 2.09 hours a month would do it" ("" for none).
func needed(n, unit string) string {
	if n == "" || n == "0" {
		return ""
	}
	if unit == "months" {
		return "; working about " + n + " FTE from now on would do it"
	}
	return "; about " + perMonth(n, unit) + " would do it"
}

// qualifierName names a provider qualifier.
func qualifierName(q string) string {
	if q == "master" {
		return "a Master's degree"
	}
	return "the Endorsed Reflective Supervisor (ERS) add-on"
}

// bandsText names age bands ("infant, early_childhood").
func bandsText(list string) string {
	switch list {
	case "infant":
		return "infants and toddlers (birth to 36 months)"
	case "early_childhood":
		return "young children (3 up to 6 years)"
	}
	return "infants or young children"
}
