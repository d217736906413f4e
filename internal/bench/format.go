package bench

import (
	"fmt"
	"strconv"
	"time"
)

// orNA returns s, or "not available" when s is empty.
func orNA(s string) string {
	return orNAIf(s, s != "")
}

// orNAIf returns s when ok, else "not available".
func orNAIf(s string, ok bool) string {
	if !ok {
		return na
	}
	return s
}

// mark is the result column: PASS, FAIL, or — when nothing was measured.
func mark(measured, pass bool) string {
	switch {
	case !measured:
		return "—"
	case pass:
		return "PASS"
	}
	return "FAIL"
}

// wall formats a sample's wall time.
func wall(s *Sample) string {
	if s == nil {
		return na
	}
	return fmt.Sprintf("%.2f s", s.Wall.Seconds())
}

// cpu formats a sample's CPU time (user + system).
func cpu(s *Sample) string {
	if s == nil {
		return na
	}
	return fmt.Sprintf("%.2f s", s.CPU.Seconds())
}

// rss formats a sample's peak RSS.
func rss(s *Sample) string {
	if s == nil {
		return na
	}
	return mib(s.MaxRSS)
}

// mib formats bytes as MiB.
func mib(n int64) string {
	return fmt.Sprintf("%.0f MiB", float64(n)/(1<<20))
}

// ms formats a duration in milliseconds with one decimal.
func ms(d time.Duration) string {
	return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000)
}

// ratio formats f(a)/f(b), or "not available".
func ratio(a, b *Sample, f func(*Sample) float64) string {
	if a == nil || b == nil || f(b) == 0 {
		return na
	}
	return fmtRatio(f(a)/f(b), true)
}

// fmtRatio formats a ratio with three decimals.
func fmtRatio(r float64, ok bool) string {
	return orNAIf(fmt.Sprintf("%.3f", r), ok)
}

// thousands formats n with comma separators.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
