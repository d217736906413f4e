package engine

import (
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/profile"
)

// references: enough ratings, one distinct reference per required role
// group, and enough raters endorsed in the listed categories.
func references(c *ctx, r *model.Requirement, o *Outcome) {
	p, _ := r.Params.(*model.References)
	refs := c.p.References
	o.quantity(float64(min(len(refs), p.Count)), float64(p.Count), "references",
		func(n float64) *Msg { return msgMoreReferences(int(n)) })
	unmatched := matchRoles(p.Roles, refs, c.scratch)
	for _, g := range unmatched {
		o.fail(msgReferenceFrom(p.Roles[g]))
	}
	endorsed := 0 // counted up to p.Endorsed: beyond, no rater's endorsement matters
	for i := 0; i < len(refs) && endorsed < p.Endorsed; i++ {
		if raterEndorsed(p, refs[i]) {
			endorsed++
		}
	}
	o.Items = c.items(len(refs))
	for i, ref := range refs {
		// a rater who is not endorsed matters only while endorsed raters are
		// short: the rating itself counts either way
		var reason *Msg
		if endorsed < p.Endorsed && !raterEndorsed(p, ref) {
			reason = msgRaterNotEndorsed(p.EndorsedIn)
		}
		it := Item{List: listReferences, Index: int32(i), Counted: i < p.Count, Amount: 1}
		o.setReason(&it, reason)
		o.Items = append(o.Items, it)
	}
	if endorsed < p.Endorsed {
		o.fail(msgMoreEndorsedRaters(p.Endorsed-endorsed, p.EndorsedIn))
	}
	if o.Status == NotMet {
		o.Progress = min(o.Progress, 0.99)
	}
}

// raterEndorsed reports whether ref's rater counts as endorsed for p.
func raterEndorsed(p *model.References, ref profile.Reference) bool {
	return model.In(p.EndorsedIn, ref.RaterEndorsement) || (p.Vetted && ref.RaterVetted)
}

// matchRoles assigns a different reference to each role group (bipartite
// matching by augmenting paths) and returns the groups left unmatched.
// Its buffers come from buf.
func matchRoles(groups [][]string, refs []profile.Reference, buf *scratch) []int {
	n := len(refs)
	if cap(buf.owner) < n {
		buf.owner, buf.seen = make([]int, n), make([]bool, n)
	}
	owner, seen := buf.owner[:n], buf.seen[:n]
	for i := range owner {
		owner[i] = -1
	}
	var unmatched []int
	for g := range groups {
		clear(seen)
		if !augment(g, groups, refs, owner, seen) {
			unmatched = append(unmatched, g)
		}
	}
	return unmatched
}

// augment finds a reference for group g, moving earlier assignments along
// (owner: the group each reference serves, -1 = none).
func augment(g int, groups [][]string, refs []profile.Reference, owner []int, seen []bool) bool {
	for i := range refs {
		if seen[i] || !model.In(groups[g], refs[i].Role) {
			continue
		}
		seen[i] = true
		if owner[i] < 0 || augment(owner[i], groups, refs, owner, seen) {
			owner[i] = g
			return true
		}
	}
	return false
}
