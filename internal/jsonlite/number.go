package jsonlite

import (
	"math"
)

// Numbers are read and written here rather than with strconv's float
// functions, whose tables and algorithms cost ~16 KB of wasm download.
// The range is what rules and profiles need: magnitudes below 1e15,
// written with at most 6 decimals (smaller fractions round to 0). A number
// written by Writer reads back to a value that writes identically.

// maxNumber bounds the magnitude of numbers Parse accepts.
const maxNumber = 1e15

var pow10tab = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// parseNumber converts JSON number text (grammar already checked) to a
// float64; ok is false when it is out of range.
func parseNumber(b []byte) (float64, bool) {
	neg := b[0] == '-'
	if neg {
		b = b[1:]
	}
	mant, exp, i := uint64(0), 0, 0
	digit := func(c byte) {
		if mant < 1e18 {
			mant = mant*10 + uint64(c-'0')
		} else {
			exp++
		}
	}
	for ; i < len(b) && b[i] >= '0' && b[i] <= '9'; i++ {
		digit(b[i])
	}
	if i < len(b) && b[i] == '.' {
		for i++; i < len(b) && b[i] >= '0' && b[i] <= '9'; i++ {
			if mant < 1e18 {
				exp--
			}
			digit(b[i])
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		e, ok := exponent(b[i+1:])
		if !ok {
			return 0, false
		}
		exp += e
	}
	f := scale(float64(mant), exp)
	if f >= maxNumber || math.IsNaN(f) {
		return 0, false
	}
	if neg {
		f = -f
	}
	return f, true
}

// scale returns m × 10^exp; exact powers keep small cases correctly rounded.
func scale(m float64, exp int) float64 {
	for exp > 22 {
		m *= 1e22
		exp -= 22
		if m >= maxNumber {
			return m
		}
	}
	for exp < -22 {
		m /= 1e22
		exp += 22
	}
	if exp >= 0 {
		return m * pow10tab[exp]
	}
	return m / pow10tab[-exp]
}

// AppendNumber appends f the way Writer writes numbers.
func AppendNumber(b []byte, f float64) []byte { return appendNumber(b, f) }

// appendNumber writes f with at most 6 decimals (none from 1e9 up, where
// they would exceed float64 precision) and no exponent.
func appendNumber(b []byte, f float64) []byte {
	if math.IsNaN(f) || math.Abs(f) >= maxNumber {
		f = clampNumber(f)
	}
	if math.Abs(f) >= 1e9 {
		return AppendInt(b, int64(math.Round(f)))
	}
	n := math.Round(math.Abs(f) * 1e6)
	if n == 0 {
		return append(b, '0')
	}
	if f < 0 {
		b = append(b, '-')
	}
	whole := int64(n / 1e6)
	frac := int64(n) - whole*1e6
	b = AppendInt(b, whole)
	if frac == 0 {
		return b
	}
	digits := []byte{'.', '0', '0', '0', '0', '0', '0'}
	for i := 6; i > 0; i-- {
		digits[i] = byte('0' + frac%10)
		frac /= 10
	}
	end := 7
	for digits[end-1] == '0' {
		end--
	}
	return append(b, digits[:end]...)
}

// clampNumber maps values Parse would refuse to the nearest it accepts.
func clampNumber(f float64) float64 {
	switch {
	case math.IsNaN(f):
		return 0
	case f > 0:
		return maxNumber - 1
	}
	return -(maxNumber - 1)
}

// exponent reads [+-]digits, refusing magnitudes above 400.
func exponent(b []byte) (int, bool) {
	sign := 1
	if len(b) > 0 && (b[0] == '+' || b[0] == '-') {
		if b[0] == '-' {
			sign = -1
		}
		b = b[1:]
	}
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' || n > 400 {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return sign * n, len(b) > 0 && n <= 400
}
