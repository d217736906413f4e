package engine

import "github.com/iecmh/endorse/internal/model"

// scratch holds buffers that one evaluation reuses from one requirement to
// the next; no outcome keeps them, so they change no result.
type scratch struct {
	rsc        rscEntries   // the rsc_received entries judged for one requirement
	line       hoursLine    // their counted hours by day
	changes    []change     // hoursLine.build
	byEnd      []int32      // chooseWindow: pieces by last day
	ends       []model.Date // chooseWindow: candidate window ends
	periodCuts cuts         // periodParts
	owner      []int        // matchRoles
	seen       []bool       // matchRoles
}
