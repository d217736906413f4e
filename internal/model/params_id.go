package model

// numberParams sets the ParamsID of every requirement of m from the kind
// and parameters DecodeRequirement saw (every requirement is decoded by
// it, association overrides included, and nothing changes parameters
// afterwards): the same number for the same kind and parameters as
// rules.json writes them (numbers to 6 decimals, which is all the browser
// knows of them; a table's keys in another order make another number,
// which only costs the engine an evaluation).
func numberParams(m *Model) {
	ids := map[string]int32{}
	number := func(list []*Requirement) {
		for _, r := range list {
			if r.paramsKey == "" {
				continue
			}
			id, ok := ids[r.paramsKey]
			if !ok {
				id = int32(len(ids) + 1)
				ids[r.paramsKey] = id
			}
			r.ParamsID = int(id)
		}
	}
	for _, c := range m.Categories {
		number(c.Requirements)
		number(c.Renewal)
	}
}
