package wasmjson

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

// number reads a JSON number; errors point at its first byte. A number
// directly followed by more number bytes ("1.5.5", "01") is invalid.
func (p *parser) number() (Value, error) {
	start := p.pos
	neg := p.skip('-')
	mant, exp10, valid, huge := p.unsigned()
	if !valid || p.pos < len(p.src) && isNumByte(p.src[p.pos]) {
		p.pos = start
		return Value{}, p.fail("invalid number")
	}
	f := scale(float64(mant), exp10)
	if huge || f >= maxNumber {
		p.pos = start
		p.ranged = true
		return Value{}, p.fail(RangeMsg)
	}
	if neg {
		f = -f
	}
	return Value{Kind: Number, Num: f}, nil
}

func isNumByte(c byte) bool {
	return c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E' || (c >= '0' && c <= '9')
}

// unsigned reads the rest of a number after its sign in one pass:
// (0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?. Its value is mant × 10^exp10;
// valid reports the grammar, huge an exponent above 400 (capped in exp10).
func (p *parser) unsigned() (mant uint64, exp10 int, valid, huge bool) {
	n, kept := p.digits(&mant)
	valid = n == 1 || n > 1 && p.src[p.pos-n] != '0'
	exp10 = n - kept
	if p.skip('.') {
		n, kept = p.digits(&mant)
		valid = valid && n > 0
		exp10 -= kept
	}
	if p.skip('e') || p.skip('E') {
		sign := 1
		if p.skip('-') {
			sign = -1
		} else {
			p.skip('+')
		}
		var e uint64
		n, _ = p.digits(&e)
		valid, huge = valid && n > 0, e > 400
		exp10 += sign * int(min(e, 401)) // capped: scale's loops stay short
	}
	return mant, exp10, valid, huge
}

// digits reads a run of decimal digits, accumulating them into *acc while
// it is below 1e18 (the precision a float64 can use); it returns how many
// it read and how many it accumulated.
func (p *parser) digits(acc *uint64) (n, kept int) {
	for ; p.pos < len(p.src) && p.src[p.pos] >= '0' && p.src[p.pos] <= '9'; p.pos++ {
		if *acc < 1e18 {
			*acc = *acc*10 + uint64(p.src[p.pos]-'0')
			kept++
		}
		n++
	}
	return n, kept
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

// AppendNumber appends f the way Writer writes numbers: with at most 6
// decimals (none from 1e9 up, where they would exceed float64 precision)
// and no exponent. NaN is written as 0, and magnitudes Parse would refuse
// as the nearest it accepts.
func AppendNumber(b []byte, f float64) []byte {
	if math.IsNaN(f) {
		f = 0
	}
	f = max(-(maxNumber - 1), min(f, maxNumber-1))
	decimals, unit := 6, 1e6
	if math.Abs(f) >= 1e9 {
		decimals, unit = 0, 1
	}
	n := uint64(math.Round(math.Abs(f) * unit))
	return appendDecimal(b, f < 0 && n != 0, n, decimals)
}

// appendDecimal appends n / 10^decimals in decimal, after a '-' if neg,
// without trailing zeros after the point (nor the point if all are zero).
func appendDecimal(b []byte, neg bool, n uint64, decimals int) []byte {
	var d [24]byte
	i := len(d)
	for k := 0; k <= decimals || n > 0; k++ {
		c := byte('0' + n%10)
		n /= 10
		if k < decimals && c == '0' && i == len(d) {
			continue // a trailing zero of the fraction
		}
		if k == decimals && i < len(d) {
			i--
			d[i] = '.'
		}
		i--
		d[i] = c
	}
	if neg {
		i--
		d[i] = '-'
	}
	return append(b, d[i:]...)
}
