package engine

// scratch holds buffers that one evaluation reuses from one requirement to
// the next; no outcome keeps them, so they change no result.
type scratch struct {
	sessions  []session
	why       []*Msg
	providers []string  // rscProviders: distinct provider names
	counted   []float64 // rscItems: hours per rsc_received entry
	cum       []float64 // windowSums: prefix sums of session hours
	owner     []int     // matchRoles
	seen      []bool    // matchRoles
}
