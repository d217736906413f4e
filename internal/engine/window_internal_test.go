package engine

import (
	"math/rand"
	"testing"

	"github.com/iecmh/endorse/internal/model"
)

// TestCandidates: the candidate windows merged from the pieces' orders
// are those of the definition, sorted: every window of n months ending
// today, on a piece's last day or starting on a piece's first day (ending
// by today), by last day and the longer first, one per last day, first
// days never going back. Random pieces around month ends, 20,000 times.
func TestCandidates(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	base := model.NewDate(2020, 1, 31)
	for iter := range 20000 {
		c := &ctx{asOf: base.AddDays(r.Intn(1500)), scratch: &scratch{buffers: new(buffers)}}
		if r.Intn(5) == 0 {
			c.asOf = model.NewDate(2022, 1+r.Intn(12), 28+r.Intn(3))
		}
		ps := make([]piece, r.Intn(12))
		for k := range ps {
			from := base.AddDays(r.Intn(1600) - 50)
			if r.Intn(4) == 0 {
				from = model.NewDate(2020+r.Intn(4), 1+r.Intn(12), 28+r.Intn(3))
			}
			ps[k] = piece{index: k, from: from, to: from.AddDays(r.Intn(3) * r.Intn(100))}
		}
		sortByFrom(ps)
		byEnd := make([]int32, len(ps))
		for k := range byEnd {
			byEnd[k] = int32(k)
		}
		sortByLastDay(byEnd, ps)
		n := []int{1, 6, 12, 24}[r.Intn(4)]
		got, want := c.candidates(n, ps, byEnd), candidatesByDefinition(c.asOf, n, ps)
		if len(got) != len(want) {
			t.Fatalf("case %d: %v, want %v", iter, got, want)
		}
		for k := range got {
			if got[k] != want[k] {
				t.Fatalf("case %d: %v, want %v", iter, got, want)
			}
		}
	}
}

// candidatesByDefinition lists the candidate windows by sorting them all.
func candidatesByDefinition(asOf model.Date, n int, ps []piece) []span {
	ws := []span{{monthsBack(asOf, n), asOf}}
	for _, pc := range ps {
		if pc.to <= asOf {
			ws = append(ws, span{monthsBack(pc.to, n), pc.to})
		}
		if t := pc.from.AddMonths(n).AddDays(-1); t <= asOf {
			ws = append(ws, span{pc.from, t})
		}
	}
	sortList(len(ws), func(i, j int) bool {
		return ws[i].to < ws[j].to || (ws[i].to == ws[j].to && ws[i].from < ws[j].from)
	}, func(i, j int) { ws[i], ws[j] = ws[j], ws[i] })
	var out []span
	for _, w := range ws {
		if k := len(out); k > 0 && out[k-1].to == w.to {
			continue
		}
		if k := len(out); k > 0 {
			w.from = max(w.from, out[k-1].from)
		}
		out = append(out, w)
	}
	return out
}
