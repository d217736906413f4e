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

// allocation is the result: hours met per minimum, and per entry the hours
// it gives to each minimum.
type allocation struct {
	have   []float64   // per minimum
	toward [][]float64 // per entry, per minimum
}

// allocate assigns hours[e] of entries serving the minimums in masks[e]
// (bit t = minimum t) to the minimums need[t].
func allocate(hours []float64, masks []uint32, need []float64) allocation {
	k := len(need)
	a := allocation{have: make([]float64, k), toward: make([][]float64, len(hours))}
	if k == 0 || k > 16 {
		return a
	}
	pools, pooled := pool(hours, masks)
	if len(pools) == 0 {
		return a
	}
	flow := maxFlow(pools, pooled, need)
	for p, mask := range pools {
		left := append([]float64(nil), flow[p]...)
		for e := range hours {
			if masks[e] != mask {
				continue
			}
			give := hours[e]
			for t := 0; t < k && give > 1e-12; t++ {
				if x := min(give, left[t]); x > 1e-12 {
					if a.toward[e] == nil {
						a.toward[e] = make([]float64, k)
					}
					a.toward[e][t] += x
					left[t] -= x
					give -= x
					a.have[t] += x
				}
			}
		}
	}
	return a
}

// pool sums the hours of the entries by the set of minimums they serve
// (sets serving none are left out), in order of first appearance.
func pool(hours []float64, masks []uint32) (pools []uint32, pooled []float64) {
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
	return pools, pooled
}

// maxFlow returns, for each pool, the hours it sends to each minimum in a
// maximum flow: source → pool (its hours) → minimum it serves → sink
// (the minimum's hours).
func maxFlow(pools []uint32, pooled, need []float64) [][]float64 {
	k, s := len(need), len(pools)
	n := s + k + 2
	src, sink := 0, n-1
	capacity := make([][]float64, n)
	for i := range capacity {
		capacity[i] = make([]float64, n)
	}
	for p := range pools {
		capacity[src][1+p] = pooled[p]
		for t := 0; t < k; t++ {
			if pools[p]&(1<<t) != 0 {
				capacity[1+p][1+s+t] = pooled[p]
			}
		}
	}
	for t := 0; t < k; t++ {
		capacity[1+s+t][sink] = need[t]
	}
	flow := make([][]float64, n)
	for i := range flow {
		flow[i] = make([]float64, n)
	}
	for {
		prev := augmentingPath(capacity, flow, src, sink)
		if prev == nil {
			break
		}
		push := 1e300
		for v := sink; v != src; v = prev[v] {
			push = min(push, capacity[prev[v]][v]-flow[prev[v]][v])
		}
		for v := sink; v != src; v = prev[v] {
			flow[prev[v]][v] += push
			flow[v][prev[v]] -= push
		}
	}
	out := make([][]float64, s)
	for p := range pools {
		out[p] = make([]float64, k)
		for t := 0; t < k; t++ {
			out[p][t] = max(flow[1+p][1+s+t], 0)
		}
	}
	return out
}

// augmentingPath finds a shortest path from src to sink with room left
// (breadth first) and returns each node's predecessor on it, or nil.
func augmentingPath(capacity, flow [][]float64, src, sink int) []int {
	prev := make([]int, len(capacity))
	for i := range prev {
		prev[i] = -1
	}
	prev[src] = src
	queue := []int{src}
	for len(queue) > 0 {
		u := queue[0]
		queue = queue[1:]
		for v := range capacity {
			if prev[v] < 0 && capacity[u][v]-flow[u][v] > 1e-9 {
				prev[v] = u
				if v == sink {
					return prev
				}
				queue = append(queue, v)
			}
		}
	}
	return nil
}
