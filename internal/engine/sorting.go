package engine

import (
	"sort"

	"github.com/iecmh/endorse/internal/model"
)

// Sorting goes through one routine, sortList, for every list the engine
// sorts (each slices.SortFunc instantiation adds ~7 KB of wasm; measured
// +56 KB brotli with five of them). sortList is not package sort's
// pdqsort (11.7 KB of wasm code, ~1.5 KB brotli): every order below is
// total, so any correct sort gives the same list, and the engine's lists
// are short (a profile's entries and their parts).

// sortList sorts x: insertion sort for short lists and for lists already
// in order (most of them: entries are mostly listed by date), heapsort
// beyond, so that no list costs more than n·log n comparisons.
func sortList(x sort.Interface) {
	n := x.Len()
	if n > 12 && !inOrder(x, n) {
		for i := n/2 - 1; i >= 0; i-- {
			siftDown(x, i, n)
		}
		for i := n - 1; i > 0; i-- {
			x.Swap(0, i)
			siftDown(x, 0, i)
		}
		return
	}
	for i := 1; i < n; i++ {
		for j := i; j > 0 && x.Less(j, j-1); j-- {
			x.Swap(j, j-1)
		}
	}
}

// inOrder reports whether x[:n] is sorted.
func inOrder(x sort.Interface, n int) bool {
	for i := 1; i < n; i++ {
		if x.Less(i, i-1) {
			return false
		}
	}
	return true
}

// siftDown restores the max-heap order of x[:n] below root.
func siftDown(x sort.Interface, root, n int) {
	for {
		child := 2*root + 1
		if child >= n {
			return
		}
		if child+1 < n && x.Less(child, child+1) {
			child++
		}
		if !x.Less(root, child) {
			return
		}
		x.Swap(root, child)
		root = child
	}
}

// dates sorts days ascending.
type dates []model.Date

func (d dates) Len() int           { return len(d) }
func (d dates) Less(i, j int) bool { return d[i] < d[j] }
func (d dates) Swap(i, j int)      { d[i], d[j] = d[j], d[i] }

// sortUnique sorts days and removes repeats.
func sortUnique(d []model.Date) []model.Date {
	sortList(dates(d))
	out := d[:0]
	for i, x := range d {
		if i == 0 || x != d[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// firstAfter returns the index of the first day in sorted d after day.
func firstAfter(d []model.Date, day model.Date) int {
	return sort.Search(len(d), func(i int) bool { return d[i] > day })
}

// byFrom sorts pieces by their first day (then by entry, so the order is
// the same whatever the sort does with ties).
type byFrom []piece

func (p byFrom) Len() int { return len(p) }
func (p byFrom) Less(i, j int) bool {
	return p[i].from < p[j].from || (p[i].from == p[j].from && p[i].index < p[j].index)
}
func (p byFrom) Swap(i, j int) { p[i], p[j] = p[j], p[i] }

// byStart sorts spans by their first day, then by their last.
type byStart []span

func (s byStart) Len() int { return len(s) }
func (s byStart) Less(i, j int) bool {
	return s[i].from < s[j].from || (s[i].from == s[j].from && s[i].to < s[j].to)
}
func (s byStart) Swap(i, j int) { s[i], s[j] = s[j], s[i] }

// byLastDay sorts piece numbers by the pieces' last day, then by number.
type byLastDay struct {
	idx []int32
	ps  []piece
}

func (b byLastDay) Len() int { return len(b.idx) }
func (b byLastDay) Less(i, j int) bool {
	a, c := b.idx[i], b.idx[j]
	return b.ps[a].to < b.ps[c].to || (b.ps[a].to == b.ps[c].to && a < c)
}
func (b byLastDay) Swap(i, j int) { b.idx[i], b.idx[j] = b.idx[j], b.idx[i] }

// byEndDay sorts spans by their last day, the longer first.
type byEndDay []span

func (s byEndDay) Len() int { return len(s) }
func (s byEndDay) Less(i, j int) bool {
	return s[i].to < s[j].to || (s[i].to == s[j].to && s[i].from < s[j].from)
}
func (s byEndDay) Swap(i, j int) { s[i], s[j] = s[j], s[i] }
