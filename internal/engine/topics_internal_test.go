package engine

import (
	"strconv"
	"testing"

	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/profile"
)

// TestTopicNumbers: the minimums an entry's hours may go to are the same
// whether read from its numbered topics or by comparing names, with no
// topic, known and unknown topics, and past 64 topics (then the names are
// compared for every entry).
func TestTopicNumbers(t *testing.T) {
	masks := []topicMask{{"imh", 1}, {"dei", 2}, {"rsc", 4 | 1}, {model.Untagged, 8}}
	for _, n := range []int{3, 80} {
		p := &profile.Profile{Training: []profile.Training{{}, {Topics: []string{"dei"}}, {Topics: []string{"rsc", "imh"}}, {Topics: []string{"imh", "dei"}}}}
		for i := range n {
			p.Training = append(p.Training, profile.Training{Topics: []string{"t" + strconv.Itoa(i), []string{"imh", "dei", "x"}[i%3]}})
		}
		c := &ctx{m: &model.Model{}, p: p, scratch: newScratch()}
		tn := c.topicNumbers()
		byNumber := tn.masks(masks)
		for i, e := range p.Training {
			if got, want := tn.serves(i, &byNumber, masks, e.Topics, nil), serves(masks, e.Topics, nil); got != want {
				t.Errorf("%d topics, entry %d %v: minimums %b, want %b", n, i, e.Topics, got, want)
			}
		}
		if tn.ok != (n < 60) {
			t.Errorf("%d topics: ok %v", n, tn.ok)
		}
	}
}
