package model

// Sort sorts n elements stably by insertion: less and swap work on
// indexes, like sort.Interface. The wasm-safe packages use it instead of
// package sort, whose reflection-based swapper costs ~14 KB of download;
// the lists sorted here are short.
func Sort(n int, less func(i, j int) bool, swap func(i, j int)) {
	for i := 1; i < n; i++ {
		for j := i; j > 0 && less(j, j-1); j-- {
			swap(j, j-1)
		}
	}
}
