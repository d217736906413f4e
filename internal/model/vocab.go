package model

// Fixed word lists the engine gives meaning to (not in vocabulary.toml).
var (
	Levels         = []string{"associate", "bachelor", "master", "doctorate"}
	AgeBands       = []string{"infant", "early_childhood", "both"}
	RSCFormats     = []string{"individual", "group", "peer"}
	ExamForms      = []string{"imh", "ecmh"}
	LeaderLevels   = []string{"local", "regional", "state", "national"}
	Sections       = []string{"prerequisite", "education", "training", "work", "rsc", "rsc_provided", "leadership", "references", "ethics", "competencies", "membership", "exam", "courses"}
	SectionTitles  = []string{"Prerequisite endorsement", "Education", "Training", "Specialized Work Experience", "Reflective Supervision/Consultation", "Reflective Supervision/Consultation Provided", "Leadership", "Reference Ratings", "Code of Ethics and Endorsement Agreement", "Documentation of Competencies", "Professional Membership", "Exam", "Coursework"}
	CategoryKinds  = []string{"category", "add_on", "program"}
	Bands          = []string{"infant", "early_childhood", "both"}
	CategoryLevels = []string{"associate", "specialist", "reflective_supervisor", "mh_specialist", "mentor", "add_on", "program"}
	Designations   = []string{"", "clinical", "policy", "research"}
	Purposes       = []string{"", "earn", "renew", "both"}
	Applicants     = []string{"", "below_master", "master", "provides_rsc"}
	RenewalFirsts  = []string{"", "same_year", "year_after"}
	MembershipWhos = []string{"", "own", "any"}
	Qualifiers     = []string{"master", "ers"}
	Bases          = []string{"word_for_word", "interpretation"}
)

// LevelRank returns 1–4 for a degree level, 0 for anything else.
func LevelRank(level string) int { return indexOf(Levels, level) + 1 }

// SectionTitle returns the heading of a section key.
func SectionTitle(key string) string {
	if i := indexOf(Sections, key); i >= 0 {
		return SectionTitles[i]
	}
	return key
}

// SectionRank orders sections the way pages and reports list them.
func SectionRank(key string) int { return indexOf(Sections, key) }

func indexOf(list []string, s string) int {
	for i, v := range list {
		if v == s {
			return i
		}
	}
	return -1
}

// In reports whether s is in list.
func In(list []string, s string) bool { return indexOf(list, s) >= 0 }

// Join joins words with ", " (package strings would link Unicode tables
// into the wasm).
func Join(list []string) string { return JoinWith(list, ", ") }

// JoinWith joins words with sep.
func JoinWith(list []string, sep string) string {
	s := ""
	for i, w := range list {
		if i > 0 {
			s += sep
		}
		s += w
	}
	return s
}

// SplitToken splits a provider token "imhs+ers" into the category id and
// its qualifiers.
func SplitToken(tok string) (id string, quals []string) {
	start := 0
	for i := 0; i <= len(tok); i++ {
		if i == len(tok) || tok[i] == '+' {
			if start == 0 {
				id = tok[:i]
			} else {
				quals = append(quals, tok[start:i])
			}
			start = i + 1
		}
	}
	return id, quals
}
