package model

// SortFunc sorts s stably by insertion, less comparing two elements; the
// lists the rules loader sorts are short. (Package sort would work here,
// but the model is wasm-safe and sort's reflection-based swapper costs
// ~14 KB of download.) The engine sorts its four lists with typed loops
// instead: instantiating SortFunc there measured +2.2 KB of wasm.
func SortFunc[T any](s []T, less func(a, b *T) bool) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && less(&s[j], &s[j-1]); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}
