package engine

import "github.com/iecmh/endorse/internal/model"

// Steps when you apply: signing the Code of Ethics, completing the
// portfolio, sending transcripts and paying the membership are done with
// the application, not earned beforehand. Their outcomes are reported as
// they are, marked Step, and a category's status, open count and
// remaining distance are those of its other (substantive) requirements, so
// an applicant who meets every substantive requirement reads "met" with
// the steps listed apart, not "answers missing".

// stepAttestations are the yes/no statements that are application steps
// (rules/vocabulary.toml [attestations]).
var stepAttestations = []string{"portfolio", "transcripts"}

// isStep reports whether requirement r is a step when you apply.
func isStep(r *model.Requirement) bool {
	switch r.Kind {
	case "code_of_ethics", "membership":
		return true
	case "attestation":
		p, _ := r.Params.(*model.Attestation)
		return p != nil && model.In(stepAttestations, p.Key)
	}
	return false
}

// substantive returns the outcomes of list that are not steps.
func substantive(list []*Outcome) []*Outcome {
	out := make([]*Outcome, 0, len(list))
	for _, o := range list {
		if !o.Step {
			out = append(out, o)
		}
	}
	return out
}
