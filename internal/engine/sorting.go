package engine

import (
	"sort"

	"github.com/iecmh/endorse/internal/model"
)

// Sorting goes through one routine, sortList, for every list the engine
// sorts (each slices.SortFunc instantiation adds ~7 KB of wasm; measured
// +56 KB brotli with five of them). sortList is not package sort's
// pdqsort (11.7 KB of wasm code, 2.3 KB brotli): every order below is
// total, so any correct sort gives the same list, and the engine's lists
// are short (a profile's entries and their parts).

// sortList sorts a list of n elements into the order less, exchanging
// two with swap: insertion sort for short lists and for lists already in
// order (most of them: entries are mostly listed by date), heapsort
// beyond, so that no list costs more than n·log n comparisons. (Functions
// rather than a sort.Interface type per list: each such type's methods
// come with pointer-receiver copies in the wasm.)
func sortList(n int, less func(i, j int) bool, swap func(i, j int)) {
	if n > 12 && !inOrder(n, less) {
		for i := n/2 - 1; i >= 0; i-- {
			siftDown(less, swap, i, n)
		}
		for i := n - 1; i > 0; i-- {
			swap(0, i)
			siftDown(less, swap, 0, i)
		}
		return
	}
	for i := 1; i < n; i++ {
		for j := i; j > 0 && less(j, j-1); j-- {
			swap(j, j-1)
		}
	}
}

// inOrder reports whether the first n elements are in the order less.
func inOrder(n int, less func(i, j int) bool) bool {
	for i := 1; i < n; i++ {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

// siftDown restores the max-heap order of the first n elements below root.
func siftDown(less func(i, j int) bool, swap func(i, j int), root, n int) {
	for {
		child := 2*root + 1
		if child >= n {
			return
		}
		if child+1 < n && less(child, child+1) {
			child++
		}
		if !less(root, child) {
			return
		}
		swap(root, child)
		root = child
	}
}

// sortUnique sorts days and removes repeats.
func sortUnique(d []model.Date) []model.Date {
	sortList(len(d), func(i, j int) bool { return d[i] < d[j] }, func(i, j int) { d[i], d[j] = d[j], d[i] })
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

// sortByFrom sorts pieces by their first day, then by entry.
func sortByFrom(p []piece) {
	sortList(len(p), func(i, j int) bool {
		return p[i].from < p[j].from || (p[i].from == p[j].from && p[i].index < p[j].index)
	}, func(i, j int) { p[i], p[j] = p[j], p[i] })
}

// sortByStart sorts spans by their first day, then by their last.
func sortByStart(s []span) {
	sortList(len(s), func(i, j int) bool {
		return s[i].from < s[j].from || (s[i].from == s[j].from && s[i].to < s[j].to)
	}, func(i, j int) { s[i], s[j] = s[j], s[i] })
}

// sortByLastDay sorts piece numbers idx by the pieces' last day, then by
// number.
func sortByLastDay(idx []int32, ps []piece) {
	sortList(len(idx), func(i, j int) bool {
		a, b := idx[i], idx[j]
		return ps[a].to < ps[b].to || (ps[a].to == ps[b].to && a < b)
	}, func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
}
