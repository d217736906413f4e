package engine

import (
	"testing"

	"github.com/iecmh/endorse/internal/model"
)

// TestMonthsRemembered: ctx.months gives model.Months for every period,
// asked first or again, while its table grows (5,000 periods: from 1,024
// slots to 16,384).
func TestMonthsRemembered(t *testing.T) {
	c := &ctx{scratch: &scratch{buffers: new(buffers)}}
	day := model.NewDate(2015, 1, 5)
	for round := range 2 {
		for i := range 5000 {
			from, to := day.AddDays(i%700), day.AddDays(i%700+i/700*37+i%13)
			if got, want := c.months(from, to), model.Months(from, to+1); got != want {
				t.Fatalf("round %d: months %s – %s = %v, want %v", round, from, to, got, want)
			}
		}
	}
	if n := len(c.scratch.months.slots); n != 16384 {
		t.Errorf("%d slots for 5,000 periods, want 16,384 (at most half used)", n)
	}
}
