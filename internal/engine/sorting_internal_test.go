package engine

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/iecmh/endorse/internal/model"
)

// TestSortList: sortList orders short, long, sorted, reversed and random
// lists of days (repeats included) as slices.Sort does, on both of its
// paths (insertion sort up to 12 or when in order, heapsort beyond).
func TestSortList(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 2, 5, 12, 13, 40, 200} {
		for _, shape := range []string{"random", "sorted", "reversed", "repeats"} {
			d := make([]model.Date, n)
			for i := range d {
				switch shape {
				case "random":
					d[i] = model.Date(r.IntN(1000))
				case "sorted":
					d[i] = model.Date(i)
				case "reversed":
					d[i] = model.Date(n - i)
				case "repeats":
					d[i] = model.Date(r.IntN(3))
				}
			}
			want := slices.Clone(d)
			slices.Sort(want)
			sortList(len(d), func(i, j int) bool { return d[i] < d[j] }, func(i, j int) { d[i], d[j] = d[j], d[i] })
			if !slices.Equal(d, want) {
				t.Errorf("%d %s days: sortList gave %v, want %v", n, shape, d, want)
			}
		}
	}
}
