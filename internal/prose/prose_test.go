package prose

import (
	"testing"

	"github.com/iecmh/endorse/internal/model"
)

// TestMoney pins how amounts read in each kind of currency.
func TestMoney(t *testing.T) {
	for _, tc := range []struct {
		amount   float64
		currency string
		want     string
	}{
		{20, "USD", "$20"}, {12.5, "USD", "$12.50"}, {60, "EUR", "€60"}, {0.99, "GBP", "£0.99"}, {60, "CHF", "CHF 60"},
	} {
		if got := Money(tc.amount, tc.currency); got != tc.want {
			t.Errorf("Money(%v, %s) = %q; want %q", tc.amount, tc.currency, got, tc.want)
		}
	}
	if got := Capitalize(Money(60, "EUR")); got != "€60" {
		t.Errorf("Capitalize splits a multi-byte first letter: %q", got)
	}
	if got := CurrencyName("USD") + ", " + CurrencyName("CHF"); got != "US dollars, CHF" {
		t.Errorf("currency names = %q", got)
	}
}

func TestLongDate(t *testing.T) {
	if got := LongDate(model.NewDate(2025, 3, 1)); got != "1 March 2025" {
		t.Errorf("LongDate = %q", got)
	}
	if got := LongDate(model.Date(0)); got != "" {
		t.Errorf("LongDate(zero) = %q, want empty", got)
	}
}
