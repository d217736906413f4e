package model

import "testing"

// TestParamsID: requirements have the same ParamsID when their kind and
// parameters are the same, across categories, editions and renewal
// lists, and different ones otherwise; groups have none.
func TestParamsID(t *testing.T) {
	m, err := DecodeModel([]byte(`{"format":"endorse-rules/1","categories":[
		{"id":"a","editions":[{"id":"1"}],"requirements":[
			{"id":"t","kind":"training","hours":30,"topics":{"imh":10}},
			{"id":"g","kind":"any_of"},
			{"id":"e","parent":"g","kind":"code_of_ethics"},
			{"id":"m","parent":"g","kind":"membership"}],
		 "renewal":[{"id":"t","kind":"training","hours":15}]},
		{"id":"b","editions":[{"id":"1"}],"requirements":[
			{"id":"other","kind":"training","hours":30,"topics":{"imh":10},"text":"other words"},
			{"id":"t","kind":"training","hours":30,"topics":{"imh":10.5}},
			{"id":"t2","kind":"training","hours":30,"topics":{"dei":10}},
			{"id":"e","kind":"code_of_ethics","within_months":12},
			{"id":"m","kind":"membership"}],
		 "renewal":[{"id":"t","kind":"training","hours":15}]}]}`))
	if err != nil {
		t.Fatal(err)
	}
	a, b := m.Categories[0].Requirements, m.Categories[1].Requirements
	ra, rb := m.Categories[0].Renewal, m.Categories[1].Renewal
	for _, tc := range []struct {
		name string
		x, y *Requirement
		same bool
	}{
		{"same kind and parameters, other id and text", a[0], b[0], true},
		{"the same in the renewal lists", ra[0], rb[0], true},
		{"no parameters, same kind", a[3], b[4], true},
		{"another number", a[0], b[1], false},
		{"another topic", a[0], b[2], false},
		{"another kind", a[2], a[3], false},
		{"a parameter more", a[2], b[3], false},
		{"other hours", a[0], ra[0], false},
	} {
		if tc.x.ParamsID == 0 || tc.y.ParamsID == 0 || (tc.x.ParamsID == tc.y.ParamsID) != tc.same {
			t.Errorf("%s: ParamsID %d and %d", tc.name, tc.x.ParamsID, tc.y.ParamsID)
		}
	}
	if a[1].ParamsID != 0 {
		t.Errorf("a group has ParamsID %d", a[1].ParamsID)
	}
	if tree := m.Categories[0].Editions[0].Tree; tree[1].Children[0].ParamsID != a[2].ParamsID {
		t.Error("an edition's copy of a requirement has another ParamsID")
	}
}
