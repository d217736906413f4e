package engine

// Topic minimums as an allocation: "48 hours: 30 on infant mental health,
// 15 on providing RSC and 3 on DEI" are parts of the total, so an hour
// counts toward at most one minimum. Finding an allocation that meets
// every minimum when one exists is a transportation problem: training
// entries supply hours to the minimums their topics serve. Entries that
// serve the same minimums are interchangeable, so they are pooled by that
// set (at most 2^k pools for k minimums, k is small), and a maximum flow
// from the pools to the minimums (augmenting paths, Edmonds–Karp) meets
// as many minimum hours as any allocation can. The pools' flows are then
// handed out to their entries in profile order.

// allocation is the result: hours met per minimum, and the hours each
// entry gives to each minimum (toward[e*k+t]).
type allocation struct {
	have   []float64
	toward []float64
	k      int
}

// share returns the hours entry e gives to each minimum.
func (a *allocation) share(e int) []float64 { return a.toward[e*a.k : (e+1)*a.k] }

// allocate assigns hours[e] of entries serving the minimums in masks[e]
// (bit t = minimum t) to the minimums need[t]. buf is reused.
// The result's slices are buf's: valid until the next call.
func allocate(hours []float64, masks []uint32, need []float64, buf *flowBuf) allocation {
	k := len(need)
	buf.have = resize(buf.have, k)
	a := allocation{have: buf.have, k: k}
	if k == 0 || k > 16 {
		return a
	}
	buf.toward = resize(buf.toward, len(hours)*k)
	a.toward = buf.toward
	pools, pooled := buf.pool(hours, masks)
	if len(pools) == 0 {
		return a
	}
	var flow []float64
	if len(pools) == 1 { // one pool: every minimum it serves takes what it needs, in order
		flow = buf.single(pools[0], pooled[0], need)
	} else {
		flow = buf.maxFlow(pools, pooled, need)
	}
	buf.left = resize(buf.left, k)
	left := buf.left
	for p, mask := range pools {
		copy(left, flow[p*k:(p+1)*k])
		for e := range hours {
			if masks[e] != mask {
				continue
			}
			give := hours[e]
			for t := 0; t < k && give > 1e-12; t++ {
				if x := min(give, left[t]); x > 1e-12 {
					a.toward[e*k+t] += x
					left[t] -= x
					give -= x
					a.have[t] += x
				}
			}
		}
	}
	return a
}

// flowBuf holds the buffers of allocate, reused from one requirement to
// the next.
type flowBuf struct {
	pools          []uint32
	pooled         []float64
	capacity, flow []float64 // n×n
	prev, queue    []int
	out            []float64
	have, toward   []float64 // the allocation returned
	left           []float64
}

// pool sums the hours of the entries by the set of minimums they serve
// (sets serving none are left out), in order of first appearance.
func (b *flowBuf) pool(hours []float64, masks []uint32) (pools []uint32, pooled []float64) {
	pools, pooled = b.pools[:0], b.pooled[:0]
	for e, m := range masks {
		if m == 0 || hours[e] <= 0 {
			continue
		}
		i := 0
		for i < len(pools) && pools[i] != m {
			i++
		}
		if i == len(pools) {
			pools, pooled = append(pools, m), append(pooled, 0)
		}
		pooled[i] += hours[e]
	}
	b.pools, b.pooled = pools, pooled
	return pools, pooled
}

// single is maxFlow for one pool: it fills the minimums it serves in
// order, which is a maximum flow when there is nothing to trade.
func (b *flowBuf) single(mask uint32, hours float64, need []float64) []float64 {
	b.out = resize(b.out, len(need))
	for t := range need {
		if mask&(1<<t) != 0 {
			x := min(hours, need[t])
			b.out[t], hours = x, hours-x
		}
	}
	return b.out
}

// maxFlow returns, for each pool p, the hours it sends to each minimum t
// (out[p*k+t]) in a maximum flow: source → pool (its hours) → minimum it
// serves → sink (the minimum's hours).
func (b *flowBuf) maxFlow(pools []uint32, pooled, need []float64) []float64 {
	k, s := len(need), len(pools)
	n := s + k + 2
	src, sink := 0, n-1
	b.capacity, b.flow = resize(b.capacity, n*n), resize(b.flow, n*n)
	capacity, flow := b.capacity, b.flow
	for p := range pools {
		capacity[src*n+1+p] = pooled[p]
		for t := 0; t < k; t++ {
			if pools[p]&(1<<t) != 0 {
				capacity[(1+p)*n+1+s+t] = pooled[p]
			}
		}
	}
	for t := 0; t < k; t++ {
		capacity[(1+s+t)*n+sink] = need[t]
	}
	for b.augmentingPath(n, src, sink) {
		push := 1e300
		for v := sink; v != src; v = b.prev[v] {
			u := b.prev[v]
			push = min(push, capacity[u*n+v]-flow[u*n+v])
		}
		for v := sink; v != src; v = b.prev[v] {
			u := b.prev[v]
			flow[u*n+v] += push
			flow[v*n+u] -= push
		}
	}
	b.out = resize(b.out, s*k)
	for p := range pools {
		for t := 0; t < k; t++ {
			b.out[p*k+t] = max(flow[(1+p)*n+1+s+t], 0)
		}
	}
	return b.out
}

// augmentingPath finds a shortest path from src to sink with room left
// (breadth first), leaving each node's predecessor in b.prev; it reports
// whether there is one.
func (b *flowBuf) augmentingPath(n, src, sink int) bool {
	b.prev = resizeInts(b.prev, n)
	for i := range b.prev {
		b.prev[i] = -1
	}
	b.prev[src] = src
	b.queue = append(b.queue[:0], src)
	for head := 0; head < len(b.queue); head++ {
		u := b.queue[head]
		for v := 0; v < n; v++ {
			if b.prev[v] < 0 && b.capacity[u*n+v]-b.flow[u*n+v] > 1e-9 {
				b.prev[v] = u
				if v == sink {
					return true
				}
				b.queue = append(b.queue, v)
			}
		}
	}
	return false
}

// resize returns a zeroed slice of n floats, reusing s's memory.
func resize(s []float64, n int) []float64 {
	if cap(s) < n {
		return make([]float64, n)
	}
	s = s[:n]
	clear(s)
	return s
}

func resizeInts(s []int, n int) []int {
	if cap(s) < n {
		return make([]int, n)
	}
	return s[:n]
}
