package engine

import "testing"

// TestAllocate: each hour goes to one minimum, and an allocation meeting
// every minimum is found when one exists, even where taking the entries
// in order and giving each to its first minimum would not.
func TestAllocate(t *testing.T) {
	for _, tc := range []struct {
		name  string
		hours []float64
		masks []uint32
		need  []float64
		have  []float64
	}{
		{"order would mislead", []float64{10, 10}, []uint32{0b11, 0b10}, []float64{10, 10}, []float64{10, 10}},
		{"one hour, one minimum", []float64{48}, []uint32{0b110}, []float64{30, 15, 3}, []float64{0, 15, 3}},
		{"pooled entries", []float64{5, 5, 5, 30}, []uint32{0b01, 0b01, 0b11, 0b10}, []float64{12, 30}, []float64{12, 30}},
		{"not enough", []float64{4}, []uint32{0b11}, []float64{3, 3}, []float64{3, 1}},
		{"no minimum served", []float64{40}, []uint32{0}, []float64{3}, []float64{0}},
	} {
		a := allocate(tc.hours, tc.masks, tc.need, &flowBuf{})
		total := 0.0
		for t2, h := range a.have {
			total += h
			if tc.name != "not enough" && !near(h, tc.have[t2]) {
				t.Errorf("%s: have %v, want %v", tc.name, a.have, tc.have)
			}
		}
		want := 0.0
		for _, h := range tc.have {
			want += h
		}
		if !near(total, want) {
			t.Errorf("%s: %v hours met, want %v", tc.name, total, want)
		}
		for e := range tc.hours {
			share := a.share(e)
			given := 0.0
			for t2, h := range share {
				given += h
				if h > 0 && tc.masks[e]&(1<<t2) == 0 {
					t.Errorf("%s: entry %d gives %v h to minimum %d it does not serve", tc.name, e, h, t2)
				}
			}
			if given > tc.hours[e]+1e-9 {
				t.Errorf("%s: entry %d gives %v of its %v hours", tc.name, e, given, tc.hours[e])
			}
		}
	}
}

func near(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }
