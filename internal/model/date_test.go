package model

import "testing"

func TestDates(t *testing.T) {
	for _, s := range []string{"0001-01-01", "1970-01-01", "2000-02-29", "2024-12-31", "2025-01-01", "9999-12-31"} {
		d, ok := ParseDate(s)
		if !ok || d.String() != s || d <= 0 {
			t.Errorf("ParseDate(%s) = %v %v → %s", s, d, ok, d)
		}
	}
	for _, s := range []string{"2023-02-29", "2024-13-01", "2024-1-01", "20240101", "", "2024-00-10", "abcd-ef-gh"} {
		if _, ok := ParseDate(s); ok {
			t.Errorf("ParseDate(%q) accepted", s)
		}
	}
}

func TestDateArithmetic(t *testing.T) {
	d := func(s string) Date { x, _ := ParseDate(s); return x }
	for _, tc := range []struct {
		from string
		n    int
		want string
	}{{"2024-01-31", 1, "2024-02-29"}, {"2023-01-31", 1, "2023-02-28"}, {"2024-12-15", 1, "2025-01-15"},
		{"2025-01-01", -24, "2023-01-01"}, {"2024-02-29", 12, "2025-02-28"}} {
		if got := d(tc.from).AddMonths(tc.n).String(); got != tc.want {
			t.Errorf("%s + %d months = %s, want %s", tc.from, tc.n, got, tc.want)
		}
	}
	for _, tc := range []struct {
		from, to string
		want     float64
	}{{"2023-01-01", "2024-01-01", 12}, {"2021-06-01", "2023-06-01", 24}, {"2024-01-01", "2024-01-16", 15.0 / 31},
		{"2024-03-01", "2024-01-01", 0}} {
		if got := Months(d(tc.from), d(tc.to)); got < tc.want-1e-9 || got > tc.want+1e-9 {
			t.Errorf("Months(%s, %s) = %v, want %v", tc.from, tc.to, got, tc.want)
		}
	}
	if got := d("0001-01-31").AddMonths(-25).AddMonths(25).String(); got != "0001-01-31" {
		t.Errorf("dates before year 1 do not round-trip: %s", got)
	}
	if d("2024-12-31").Year() != 2024 || !d("2024-06-01").Within(0, d("2024-06-01")) || d("2024-06-02").Within(0, d("2024-06-01")) {
		t.Error("Year/Within")
	}
}
