package site

import "testing"

// TestMoney pins how amounts read in each kind of currency.
func TestMoney(t *testing.T) {
	for _, tc := range []struct {
		amount   float64
		currency string
		want     string
	}{
		{20, "USD", "$20"}, {12.5, "USD", "$12.50"}, {60, "EUR", "€60"}, {0.99, "GBP", "£0.99"}, {60, "CHF", "CHF 60"},
	} {
		if got := money(tc.amount, tc.currency); got != tc.want {
			t.Errorf("money(%v, %s) = %q; want %q", tc.amount, tc.currency, got, tc.want)
		}
	}
	if got := capitalize(money(60, "EUR")); got != "€60" {
		t.Errorf("capitalize splits a multi-byte first letter: %q", got)
	}
	if got := currencyName("USD") + ", " + currencyName("CHF"); got != "US dollars, CHF" {
		t.Errorf("currency names = %q", got)
	}
}
