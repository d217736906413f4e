package engine

import (
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/profile"
)

// references: enough ratings, one distinct reference per required role
// group, and enough raters endorsed in the listed categories.
func references(c *ctx, r *model.Requirement, o *Outcome) {
	p := r.Params.(*model.References)
	refs := c.p.References
	o.quantity(float64(min(len(refs), p.Count)), float64(p.Count), "references", "reference ratings")
	unmatched := matchRoles(p.Roles, len(refs), func(i int, role string) bool { return refs[i].Role == role }, c.scratch)
	for _, g := range unmatched {
		o.Status = NotMet
		o.Gap = joinGap(o.Gap, "a reference from: "+wordsText(c.m.Vocabulary.Roles, p.Roles[g]))
	}
	endorsed := 0
	o.Items = c.items(len(refs))
	for i, ref := range refs {
		ok := model.In(p.EndorsedIn, ref.RaterEndorsement) || (p.Vetted && ref.RaterVetted)
		if ok {
			endorsed++
		}
		o.item(profile.ListReferences, i, 1, ifNot(ok || p.Endorsed == 0, "the rater is not endorsed in a listed category"))
		o.Items[len(o.Items)-1].setCounted(i < p.Count)
	}
	if endorsed < p.Endorsed {
		o.Status = NotMet
		o.Gap = joinGap(o.Gap, more(float64(p.Endorsed-endorsed), "raters")+" endorsed as "+upperList(p.EndorsedIn))
	}
	if o.Status == NotMet {
		o.Progress = min(o.Progress, 0.99)
	}
}

// matchRoles assigns a different reference to each role group (bipartite
// matching by augmenting paths) and returns the groups left unmatched.
// Its buffers come from buf.
func matchRoles(groups [][]string, n int, has func(i int, role string) bool, buf *scratch) []int {
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
		if !augment(g, groups, n, has, owner, seen) {
			unmatched = append(unmatched, g)
		}
	}
	return unmatched
}

func augment(g int, groups [][]string, n int, has func(int, string) bool, owner []int, seen []bool) bool {
	for i := 0; i < n; i++ {
		if seen[i] || !fits(groups[g], i, has) {
			continue
		}
		seen[i] = true
		if owner[i] < 0 || augment(owner[i], groups, n, has, owner, seen) {
			owner[i] = g
			return true
		}
	}
	return false
}

func fits(group []string, i int, has func(int, string) bool) bool {
	for _, role := range group {
		if has(i, role) {
			return true
		}
	}
	return false
}

func upperList(ids []string) string { return upper(model.Join(ids)) }
