package engine

import (
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/wasmjson"
)

// Msg is one reason, gap, note or next step of a report: a code naming the
// kind of fact and the fact's data as named arguments (dates, hours,
// category ids, vocabulary keys …). The engine holds no words: a presenter
// words each code from its message catalog (templates/i18n/<lang>.toml),
// with labels for the ids from the rules. Every message is made by one
// constructor in this file, msg(code, args…) or fixed(code), with literal
// codes and argument names: the catalog's tests read this file to check
// that every code has a message and every message uses exactly the
// arguments its code has.
type Msg struct {
	Code string
	Args []Arg
	Sub  []*Msg // the value of the message's one argument of kind ArgMsgs
}

// Arg is one named value of a message.
type Arg struct {
	Name  string
	Value string // see ArgKind
	Kind  ArgKind
}

// ArgKind says what an argument's value is and how the report JSON writes it.
type ArgKind uint8

// The kinds of message arguments.
const (
	ArgText   ArgKind = iota // an id, a vocabulary key or words from the rules: a JSON string
	ArgNumber                // a number with at most 2 decimals, as JSON writes it: a JSON number
	ArgDate                  // "YYYY-MM-DD", or "" for none: a JSON string
	ArgList                  // ids joined by ",": a JSON array of strings
	ArgFlag                  // "1" for true, "" for false: a JSON boolean
	ArgMsgs                  // the messages in Sub: a JSON array of messages
)

// Arg returns the value of the argument name ("" when there is none).
func (m *Msg) Arg(name string) string {
	for _, a := range m.Args {
		if a.Name == name {
			return a.Value
		}
	}
	return ""
}

// List returns the ids of the list argument name.
func (m *Msg) List(name string) []string {
	s := m.Arg(name)
	if s == "" {
		return nil
	}
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ',' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return out
}

// msg builds a message; the args are copied (with the message, in one
// allocation: a report makes hundreds of messages, most with one or two
// arguments, so those get a smaller one).
func msg(code string, args ...Arg) *Msg {
	if len(args) <= 2 {
		b := &struct {
			m    Msg
			args [2]Arg
		}{}
		b.m.Code, b.m.Args = code, b.args[:copy(b.args[:], args)]
		return &b.m
	}
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

// fixed makes a message without arguments: such messages are package
// variables, shared by every evaluation.
func fixed(code string) *Msg { return &Msg{Code: code} }

// withSub sets the messages of m's argument of kind ArgMsgs.
func withSub(m *Msg, sub []*Msg) *Msg {
	m.Sub = sub
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

func argNum(name string, v float64) Arg     { return Arg{name, numText(v), ArgNumber} }
func argCount(name string, n int) Arg       { return argNum(name, float64(n)) }
func argDate(name string, d model.Date) Arg { return Arg{name, d.String(), ArgDate} }
func argStr(name, v string) Arg             { return Arg{name, v, ArgText} }
func argList(name string, ids []string) Arg { return Arg{name, model.JoinWith(ids, ","), ArgList} }
func argSub(name string) Arg                { return Arg{name, "", ArgMsgs} }

func argFlag(name string, on bool) Arg {
	if on {
		return Arg{name, "1", ArgFlag}
	}
	return Arg{name, "", ArgFlag}
}

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
		list = append(list, msg("not_answered", argStr("key", k)))
	}
	return list
}()

// msgNotAnsweredStatement: the yes/no statement key (vocabulary
// attestations) is not answered.
func msgNotAnsweredStatement(key string) *Msg {
	return msg("not_answered_statement", argStr("statement", key))
}

func msgUnknownKind(kind string) *Msg { return msg("unknown_kind", argStr("kind", kind)) }

// --- quantities ----------------------------------------------------------------

func msgMoreRSCHours(h float64) *Msg      { return msg("more_rsc_hours", argNum("hours", h)) }
func msgMoreOwnRSCHours(h float64) *Msg   { return msg("more_own_rsc_hours", argNum("hours", h)) }
func msgMoreTrainingHours(h float64) *Msg { return msg("more_training_hours", argNum("hours", h)) }

func msgMoreTopicHours(h float64, topic string) *Msg {
	return msg("more_topic_hours", argNum("hours", h), argStr("topic", topic))
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

// msgMoreFamilies: more families served are needed; have is how many the
// counted work lists. None listed is worded as "not given", never as 0:
// the profile cannot tell an unanswered count from a zero.
func msgMoreFamilies(more, have int) *Msg {
	if have == 0 {
		return msg("families_not_listed", argCount("families", more))
	}
	return msg("more_families", argCount("families", more), argCount("have", have))
}

func msgMoreReferences(n int) *Msg { return msg("more_references", argCount("references", n)) }

func msgMoreEndorsedRaters(n int, categories []string) *Msg {
	return msg("more_endorsed_raters", argCount("raters", n), argList("categories", categories))
}

// msgReferenceFrom: a reference from one of roles (vocabulary keys).
func msgReferenceFrom(roles []string) *Msg { return msg("reference_from", argList("roles", roles)) }

// msgCompleteCourses: the catalog courses (ids) still to complete.
func msgCompleteCourses(ids []string) *Msg { return msg("complete_courses", argList("courses", ids)) }

// msgRSCSpan: the counted RSC spans less than need months (now has);
// until is the day to keep going until.
func msgRSCSpan(need int, has float64, until model.Date) *Msg {
	return msg("rsc_span", argCount("months", need), argNum("now", has), argDate("until", until))
}

// msgRSCSpanNow: the span is short, and one more session from today on
// extends it enough.
func msgRSCSpanNow(need int, has float64) *Msg {
	return msg("rsc_span_now", argCount("months", need), argNum("now", has))
}

// msgRSCSpanNotInPeriod: the renewal period's sessions cannot span need
// months any more before its due date.
func msgRSCSpanNotInPeriod(need int, has float64, due model.Date) *Msg {
	return msg("rsc_span_not_in_period", argCount("months", need), argNum("now", has), argDate("due", due))
}

// msgNeverAtPace: at the recent pace (per month) the requirement is never
// met within the horizon; needed is the pace that would do it (0: none);
// window is the months of an RSC window hours leave (0: none).
func msgNeverAtPace(pace, needed float64, unit string, window int) *Msg {
	switch {
	case pace == 0:
		return msg("no_recent_pace", argNum("needed", needed), argStr("unit", unit))
	case window > 0:
		return msg("never_at_pace_window", argNum("pace", pace), argNum("needed", needed), argStr("unit", unit),
			argCount("window", window))
	}
	return msg("never_at_pace", argNum("pace", pace), argNum("needed", needed), argStr("unit", unit))
}

// msgNotByDue: a renewal requirement is not met by the due date at the
// recent pace; lateUntil is the end of the late window (0: none).
func msgNotByDue(due, lateUntil model.Date, pace, needed float64, unit string) *Msg {
	if lateUntil == due {
		lateUntil = 0
	}
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
	if from == to {
		return withSub(msg("day_not_counted", argDate("day", from), argSub("why")), []*Msg{why})
	}
	return withSub(msg("part_not_counted", argDate("from", from), argDate("to", to), argSub("why")), []*Msg{why})
}

// msgPartsNotCounted joins the parts of an entry that did not count.
func msgPartsNotCounted(parts []*Msg) *Msg {
	return withSub(msg("parts_not_counted", argSub("parts")), parts)
}

// --- yes/no gaps -------------------------------------------------------------------

// msgMembershipNeeded: a current membership in association (its short
// name; "" for any infant mental health association).
func msgMembershipNeeded(association string) *Msg {
	if association == "" {
		return msgMembershipAny
	}
	return msg("membership_needed", argStr("association", association))
}

func msgDegreeNeeded(p *model.Degree) *Msg {
	return msg("degree_needed", argStr("level", p.MinLevel), argFlag("related", p.Related), argFlag("license", p.License),
		argFlag("or_credential", len(p.Credentials) > 0))
}

// msgCredentialNeeded: one of the credentials (vocabulary keys).
func msgCredentialNeeded(ids []string) *Msg {
	return msg("credential_needed", argList("credentials", ids))
}

func msgEndorsementNeeded(categories []string) *Msg {
	return msg("endorsement_needed", argList("categories", categories))
}

var (
	msgMembershipAny   = fixed("membership_any_needed")
	msgPassExam        = fixed("pass_exam")
	msgExamAfterAsOf   = fixed("exam_after_as_of")
	msgSignEthics      = fixed("sign_ethics")
	msgOutsideAsOf     = fixed("after_as_of")
	msgBeforeRenewal   = fixed("before_renewal_period")
	msgAfterRenewal    = fixed("after_renewal_period")
	msgOlderThanPeriod = fixed("older_than_period")
)

func msgPassExamForm(forms []string) *Msg { return msg("pass_exam_form", argList("forms", forms)) }

func msgSignEthicsAgain(months int) *Msg {
	return msg("sign_ethics_again", argCount("months", months))
}

// msgAttest: the statement key (vocabulary attestations) is answered no.
func msgAttest(key string) *Msg { return msg("attest", argStr("statement", key)) }

// --- notes ---------------------------------------------------------------------------

func msgTypicalHours(typical, have float64) *Msg {
	return msg("typical_hours", argNum("typical", typical), argNum("have", have))
}

func msgManyProviders(n, most int) *Msg {
	return msg("many_providers", argCount("count", n), argCount("most", most))
}

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
	switch {
	case date == 0:
		return msg("before_degree_none", argStr("level", level))
	case license:
		return msg("before_license", argStr("level", level), argDate("date", date))
	}
	return msg("before_degree", argStr("level", level), argDate("date", date))
}

func msgNoProviderRule(category string) *Msg {
	return msg("no_provider_rule", argStr("category", category))
}

var msgProviderNotGiven = fixed("provider_not_given")

func msgVettedNotCounted(from model.Date) *Msg {
	return msg("vetted_not_counted", argDate("from", from))
}

// msgProviderNeeds: RSC from a provider endorsed as provider counts toward
// category only when the provider also holds need (qualifiers: "master",
// "ers"): the cause is the provider's degree or add-on, not the date.
func msgProviderNeeds(provider string, need []string, category string) *Msg {
	return msg("provider_needs", argStr("provider", provider), argList("need", need), argStr("category", category))
}

// msgProviderNotAccepted: RSC toward category counts only from the
// accepted providers (tokens such as "imhs", "ifs+master").
func msgProviderNotAccepted(provider string, accepted []string, category string) *Msg {
	return msg("provider_not_accepted", argStr("provider", provider), argList("accepted", accepted),
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
func msgNotWhileServing(bands []string) *Msg {
	return msg("not_while_serving", argList("bands", bands))
}

// msgServingUnchecked: the RSC should be received while serving the age
// bands, which the profile's (unanswered) work cannot show.
func msgServingUnchecked(bands []string) *Msg {
	return msg("serving_unchecked", argList("bands", bands))
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
	msgEarnedAfterAsOf     = fixed("earned_after_as_of")
	msgNotRelated          = fixed("not_related_field")
	msgNotLicense          = fixed("not_mental_health_license")
	msgNotAlternative      = fixed("not_accepted_alternative")
	msgNotCredential       = fixed("not_accepted_credential")
	msgNotEndorsement      = fixed("not_required_endorsement")
)

// msgRaterNotEndorsed: the rating counts, but not toward the ratings from
// raters endorsed in categories, which are still short.
func msgRaterNotEndorsed(categories []string) *Msg {
	return msg("rater_not_endorsed", argList("categories", categories))
}

func msgNotLeadershipLevel(levels []string) *Msg {
	return msg("not_leadership_level", argList("levels", levels))
}

func msgBelowLevel(level string) *Msg { return msg("below_level", argStr("level", level)) }

func msgExpired(d model.Date) *Msg { return msg("membership_expired", argDate("date", d)) }

func msgNotThisAssociation(name string) *Msg {
	return msg("not_this_association", argStr("association", name))
}

func msgHeldFrom(d model.Date) *Msg { return msg("held_only_from", argDate("date", d)) }

func msgHeldLess(months int) *Msg { return msg("held_less_than", argCount("months", months)) }
