package engine

import (
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/wasmjson"
)

// Msg is one reason, gap or note of a report: a code naming the kind of
// fact and the fact's data as named values (dates, hours, providers …).
// Every message is made by one constructor in this file (msg…) and worded
// in one place, Text, so a presenter can word a code its own way (a
// message catalog) from the same data.
type Msg struct {
	Code string
	Args []Arg
	Sub  []*Msg // the messages a composite message joins (e.g. closest_pathway)
	text string // Text's result, kept: a report words one message for many items
}

// Arg is one named value of a message, ready to print: a date
// "YYYY-MM-DD", a number with at most 2 decimals, an id or a label.
type Arg struct{ Name, Value string }

// Arg returns the value of the argument name ("" when there is none).
func (m *Msg) Arg(name string) string {
	for _, a := range m.Args {
		if a.Name == name {
			return a.Value
		}
	}
	return ""
}

// msg builds a message; the args are copied (with the message, in one
// allocation: a report makes hundreds of messages).
func msg(code string, args ...Arg) *Msg {
	if len(args) > len(msgWithArgs{}.args) {
		return &Msg{Code: code, Args: append([]Arg(nil), args...)}
	}
	b := &msgWithArgs{}
	b.m.Code, b.m.Args = code, b.args[:copy(b.args[:], args)]
	return &b.m
}

// msgWithArgs is a message with room for its arguments.
type msgWithArgs struct {
	m    Msg
	args [5]Arg
}

// fixed makes a message without arguments, worded once: such messages are
// package variables, shared by every evaluation, so their text must be set
// before any evaluation reads it.
func fixed(code string) *Msg {
	m := &Msg{Code: code}
	m.text = m.render()
	return m
}

// same reports whether two messages say the same (nil = no message).
func same(a, b *Msg) bool {
	if a == b {
		return true
	}
	if a == nil || b == nil || a.Code != b.Code || len(a.Args) != len(b.Args) || len(a.Sub) != len(b.Sub) {
		return false
	}
	for i := range a.Args {
		if a.Args[i] != b.Args[i] {
			return false
		}
	}
	for i := range a.Sub {
		if !same(a.Sub[i], b.Sub[i]) {
			return false
		}
	}
	return true
}

func argNum(name string, v float64) Arg       { return Arg{name, numText(v)} }
func argDate(name string, d model.Date) Arg   { return Arg{name, d.String()} }
func argStr(name, v string) Arg               { return Arg{name, v} }
func argIDs(name string, list []string) Arg   { return Arg{name, model.Join(list)} }
func argAbbrs(name string, list []string) Arg { return Arg{name, upperList(list)} }

// numText prints a number with at most 2 decimals ("18", "2.5").
func numText(f float64) string {
	var b [24]byte
	return string(wasmjson.AppendNumber(b[:0], round2(f)))
}

// --- not answered and unknown ------------------------------------------------

// msgNotAnswered: the profile does not answer key (a profile list). The
// messages are made once (they are many, and the same for everyone).
func msgNotAnswered(key string) *Msg {
	for _, m := range notAnsweredMsgs {
		if m.Args[0].Value == key {
			return m
		}
	}
	return msg("not_answered", argStr("key", key))
}

var notAnsweredMsgs = func() []*Msg {
	var list []*Msg
	for _, k := range []string{"code_of_ethics", "training", "credentials", "endorsements", "exam", "leadership",
		"memberships", "references", "rsc_provided", "rsc_received", "work", "degrees", "attestations"} {
		m := msg("not_answered", argStr("key", k))
		m.text = m.render() // shared by every evaluation: worded before any reads it
		list = append(list, m)
	}
	return list
}()

// msgNotAnsweredStatement: a yes/no statement is not answered.
func msgNotAnsweredStatement(statement string) *Msg {
	return msg("not_answered_statement", argStr("statement", statement))
}

func msgUnknownKind(kind string) *Msg { return msg("unknown_kind", argStr("kind", kind)) }

// --- quantities ----------------------------------------------------------------

func msgMoreRSCHours(h float64) *Msg      { return msg("more_rsc_hours", argNum("hours", h)) }
func msgMoreOwnRSCHours(h float64) *Msg   { return msg("more_own_rsc_hours", argNum("hours", h)) }
func msgMoreTrainingHours(h float64) *Msg { return msg("more_training_hours", argNum("hours", h)) }

func msgMoreTopicHours(h float64, topic, label string) *Msg {
	return msg("more_topic_hours", argNum("hours", h), argStr("topic", topic), argStr("topic_label", label))
}

// msgMoreWorkMonths: what is "paid", "any" or "internship".
func msgMoreWorkMonths(m float64, what string) *Msg {
	return msg("more_work_months", argNum("months", m), argStr("work", what))
}

func msgMoreRSCProvidedMonths(m float64) *Msg {
	return msg("more_rsc_provided_months", argNum("months", m))
}
func msgMoreLeadershipMonths(m float64) *Msg {
	return msg("more_leadership_months", argNum("months", m))
}

func msgMoreFamilies(more, have int) *Msg {
	return msg("more_families", argNum("families", float64(more)), argNum("have", float64(have)))
}

func msgMoreReferences(n int) *Msg { return msg("more_references", argNum("references", float64(n))) }

func msgMoreEndorsedRaters(n int, categories []string) *Msg {
	return msg("more_endorsed_raters", argNum("raters", float64(n)), argAbbrs("categories", categories))
}

func msgReferenceFrom(roles string) *Msg { return msg("reference_from", argStr("roles", roles)) }

func msgCompleteCourses(titles []string) *Msg {
	return &Msg{Code: "complete_courses", Args: []Arg{{"courses", model.JoinWith(titles, "; ")}}}
}

// msgRSCSpan: the counted RSC spans less than need months (now has);
// until is the day to keep going until.
func msgRSCSpan(need int, has float64, until model.Date) *Msg {
	return msg("rsc_span", argNum("months", float64(need)), argNum("now", has), argDate("until", until))
}

// msgRSCSpanNow: the span is short, and one more session from today on
// extends it enough.
func msgRSCSpanNow(need int, has float64) *Msg {
	return msg("rsc_span_now", argNum("months", float64(need)), argNum("now", has))
}

// msgRSCSpanNotInPeriod: the renewal period's sessions cannot span need
// months any more before its due date.
func msgRSCSpanNotInPeriod(need int, has float64, due model.Date) *Msg {
	return msg("rsc_span_not_in_period", argNum("months", float64(need)), argNum("now", has), argDate("due", due))
}

// msgNeverAtPace: at the recent pace (per month) the requirement is never
// met within the horizon; needed is the pace that would do it (0: none).
func msgNeverAtPace(pace, needed float64, unit string, window int) *Msg {
	w := Arg{"window", ""}
	if window > 0 && pace > 0 {
		w = argNum("window", float64(window))
	}
	return msg("never_at_pace", argNum("pace", pace), argNum("needed", needed), argStr("unit", unit), w)
}

// msgNotByDue: a renewal requirement is not met by the due date (nor the
// end of the late window) at the recent pace.
func msgNotByDue(due, lateUntil model.Date, pace, needed float64, unit string) *Msg {
	return msg("not_by_due", argDate("due", due), argDate("late_until", lateUntil), argNum("pace", pace),
		argNum("needed", needed), argStr("unit", unit))
}

// msgFirstCycle: the first renewal cycle begins later; its hours count from from.
func msgFirstCycle(from, due model.Date) *Msg {
	return msg("first_cycle", argDate("from", from), argDate("due", due))
}

// msgLateWindow: the as-of date lies in the late window of the cycle just
// ended, which is what is checked.
func msgLateWindow(from, due, lateUntil model.Date) *Msg {
	return msg("late_window", argDate("from", from), argDate("due", due), argDate("late_until", lateUntil))
}

// msgPartNotCounted: the days from … to of an entry did not count, for why.
func msgPartNotCounted(from, to model.Date, why *Msg) *Msg {
	return &Msg{Code: "part_not_counted", Args: []Arg{{"from", from.String()}, {"to", to.String()}}, Sub: []*Msg{why}}
}

// msgClosestPathway wraps the gaps of the closest pathway of an any_of.
func msgClosestPathway(id string, gaps []*Msg) *Msg {
	return &Msg{Code: "closest_pathway", Args: []Arg{{"pathway", id}}, Sub: gaps}
}

// --- yes/no gaps -------------------------------------------------------------------

func msgMembershipNeeded(association string) *Msg {
	return msg("membership_needed", argStr("association", association))
}

func msgDegreeNeeded(p *model.Degree) *Msg {
	return msg("degree_needed", argStr("level", p.MinLevel), argFlag("related", p.Related), argFlag("license", p.License),
		argFlag("credentials", len(p.Credentials) > 0))
}

func argFlag(name string, on bool) Arg {
	if on {
		return Arg{name, "yes"}
	}
	return Arg{name, ""}
}

func msgCredentialNeeded(labels string) *Msg {
	return msg("credential_needed", argStr("credentials", labels))
}

func msgEndorsementNeeded(categories []string) *Msg {
	return msg("endorsement_needed", argAbbrs("categories", categories))
}

var (
	msgPassExam        = fixed("pass_exam")
	msgExamAfterAsOf   = fixed("exam_after_as_of")
	msgSignEthics      = fixed("sign_ethics")
	msgOutsideAsOf     = fixed("after_as_of")
	msgBeforeRenewal   = fixed("before_renewal_period")
	msgAfterRenewal    = fixed("after_renewal_period")
	msgOlderThanPeriod = fixed("older_than_period")
)

func msgPassExamForm(forms []string) *Msg { return msg("pass_exam_form", argIDs("forms", forms)) }

func msgSignEthicsAgain(months int) *Msg {
	return msg("sign_ethics_again", argNum("months", float64(months)))
}

func msgAttest(statement string) *Msg { return msg("attest", argStr("statement", statement)) }

// --- notes ---------------------------------------------------------------------------

func msgTypicalHours(typical, have float64) *Msg {
	return msg("typical_hours", argNum("typical", typical), argNum("hours", have))
}

func msgManyProviders(n int) *Msg { return msg("many_providers", argNum("providers", float64(n))) }

// msgRulesWarning is a warning whose words the rules hold.
func msgRulesWarning(text string) *Msg { return msg("rules_warning", argStr("text", text)) }

// --- item reasons --------------------------------------------------------------------

func msgFormatNotCounted(format string) *Msg {
	return msg("format_not_counted", argStr("format", format))
}

// msgBeforeDegree: the entry (or its part) lies before the degree of
// level earned on date (0: none held), or before the license date that
// stands in for it (license).
func msgBeforeDegree(level string, date model.Date, license bool) *Msg {
	return msg("before_degree", argStr("level", level), argDate("date", date), argFlag("license", license))
}

func msgNoProviderRule(category string) *Msg {
	return msg("no_provider_rule", argStr("category", category))
}

var msgProviderNotGiven = fixed("provider_not_given")

func msgVettedNotCounted(from model.Date) *Msg {
	return msg("vetted_not_counted", argDate("from", from))
}

func msgProviderNotQualified(provider string, master, ers bool, category string) *Msg {
	return msg("provider_not_qualified", argStr("provider", provider), argFlag("master", master), argFlag("ers", ers),
		argStr("category", category))
}

// msgPolicyNeeds: the association counts RSC from a provider endorsed as
// provider only with qualifier need from from on.
func msgPolicyNeeds(provider, need string, from model.Date, association string) *Msg {
	return msg("policy_needs", argStr("provider", provider), argStr("need", need), argDate("from", from),
		argStr("association", association))
}

// msgNotWhileServing: RSC counts only while the applicant worked with
// children of the age bands, and none was listed for these days.
func msgNotWhileServing(bands []string) *Msg { return msg("not_while_serving", argIDs("bands", bands)) }

// msgServingUnchecked: the RSC should be received while serving the age
// bands, which the profile's (unanswered) work cannot show.
func msgServingUnchecked(bands []string) *Msg {
	return msg("serving_unchecked", argIDs("bands", bands))
}

func msgOutsideWindow(from, to model.Date) *Msg {
	return msg("outside_window", argDate("from", from), argDate("to", to))
}

var (
	msgNotInternship       = fixed("not_internship")
	msgInternshipExcluded  = fixed("internship_excluded")
	msgSupervisorNotEndors = fixed("internship_supervisor_not_endorsed")
	msgNotPaid             = fixed("not_paid")
	msgNotAgeBand          = fixed("not_age_band")
	msgNotService          = fixed("not_service")
	msgBelowFTE            = fixed("below_min_fte")
	msgStartsAfterAsOf     = fixed("starts_after_as_of")
	msgPeerNotCounted      = fixed("peer_not_counted")
	msgNotLeadershipKind   = fixed("not_leadership_kind")
	msgRaterNotEndorsed    = fixed("rater_not_endorsed")
	msgEarnedAfterAsOf     = fixed("earned_after_as_of")
	msgNotRelated          = fixed("not_related_field")
	msgNotLicense          = fixed("not_mental_health_license")
	msgNotAlternative      = fixed("not_accepted_alternative")
	msgNotCredential       = fixed("not_accepted_credential")
	msgNotEndorsement      = fixed("not_required_endorsement")
)

func msgNotLeadershipLevel(levels []string) *Msg {
	return msg("not_leadership_level", argIDs("levels", levels))
}

func msgBelowLevel(level string) *Msg { return msg("below_level", argStr("level", level)) }

func msgExpired(d model.Date) *Msg { return msg("membership_expired", argDate("date", d)) }

func msgNotThisAssociation(name string) *Msg {
	return msg("not_this_association", argStr("association", name))
}

func msgHeldFrom(d model.Date) *Msg { return msg("held_only_from", argDate("date", d)) }

func msgHeldLess(months int) *Msg { return msg("held_less_than", argNum("months", float64(months))) }
