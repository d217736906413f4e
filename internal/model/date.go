package model

import "github.com/iecmh/endorse/internal/wasmjson"

// Date is a civil calendar date, stored as a day number so that comparing
// and subtracting dates is integer arithmetic. The zero Date means "none".
type Date int32

// dayOffset keeps every supported date (years 1–9999) above zero.
const dayOffset = 800000

// DaysPerMonth is the average month length used to turn days into months.
const DaysPerMonth = 365.2425 / 12

// NewDate returns the date y-m-d; m and d must be valid.
func NewDate(y, m, d int) Date {
	// Howard Hinnant's days_from_civil.
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return Date(era*146097 + doe - 719468 + dayOffset)
}

// YMD returns the year, month and day.
func (d Date) YMD() (y, m, day int) {
	z := int(d) - dayOffset + 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if m > 12 {
		m -= 12
	}
	y = yoe + era*400
	if m <= 2 {
		y++
	}
	return y, m, day
}

// IsZero reports whether d is unset.
func (d Date) IsZero() bool { return d == 0 }

// Year returns the year.
func (d Date) Year() int { y, _, _ := d.YMD(); return y }

// AddDays returns d moved by n days.
func (d Date) AddDays(n int) Date { return d + Date(n) }

// AddMonths returns d moved by n calendar months; the day is clamped to the
// end of a shorter month (31 Jan + 1 month = 28/29 Feb).
func (d Date) AddMonths(n int) Date {
	y, m, day := d.YMD()
	return addMonths(y, m, day, n)
}

func addMonths(y, m, day, n int) Date {
	t := y*12 + (m - 1) + n
	y = floorDiv(t, 12)
	m = t - y*12 + 1
	if last := daysIn(y, m); day > last {
		day = last
	}
	return NewDate(y, m, day)
}

var monthDays = [13]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

// floorDiv divides rounding toward minus infinity (dates before year 1
// must not turn months negative).
func floorDiv(a, b int) int {
	if a >= 0 && b > 0 { // the usual case: one division
		return a / b
	}
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func daysIn(y, m int) int {
	if m < 1 || m > 12 {
		return 30 // unreachable for valid months; never index out of range
	}
	if m == 2 && y%4 == 0 && (y%100 != 0 || y%400 == 0) {
		return 29
	}
	return monthDays[m]
}

// ParseDate reads "YYYY-MM-DD".
func ParseDate(s string) (Date, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 0, false
	}
	y, ok1 := digitsValue(s[:4])
	m, ok2 := digitsValue(s[5:7])
	d, ok3 := digitsValue(s[8:])
	if !ok1 || !ok2 || !ok3 || y < 1 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return 0, false
	}
	return NewDate(y, m, d), true
}

// String returns "YYYY-MM-DD", or "" for the zero Date.
func (d Date) String() string {
	if d == 0 {
		return ""
	}
	y, m, day := d.YMD()
	var buf [24]byte // on the stack: the string is the only allocation
	b := pad(buf[:0], y, 4)
	b = pad(append(b, '-'), m, 2)
	return string(pad(append(b, '-'), day, 2))
}

func pad(b []byte, n, width int) []byte {
	var d [20]byte
	s := wasmjson.AppendInt(d[:0], int64(n))
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// DecodeJSON decodes "YYYY-MM-DD" (wasmjson.Decoder).
func (d *Date) DecodeJSON(f *wasmjson.Field) {
	t, ok := ParseDate(f.Value().Str)
	if f.Value().Kind != wasmjson.String || !ok {
		f.Fail("must be a date YYYY-MM-DD")
		return
	}
	*d = t
}

// WriteJSON writes "YYYY-MM-DD" (wasmjson.Encoder).
func (d *Date) WriteJSON(w *wasmjson.Writer) { w.String(d.String()) }

// Within reports whether d lies in [from, until]; zero bounds are open.
func (d Date) Within(from, until Date) bool {
	return (from == 0 || d >= from) && (until == 0 || d <= until)
}

// Months returns the calendar months from `from` up to (not including)
// `to`: whole months, plus the fraction of the next one; never negative.
// 2023-01-01 → 2024-01-01 is exactly 12.
func Months(from, to Date) float64 {
	if to <= from {
		return 0
	}
	y1, m1, d1 := from.YMD()
	y2, m2, d2 := to.YMD()
	n := (y2-y1)*12 + (m2 - m1)
	if d2 < d1 {
		n--
	}
	base := addMonths(y1, m1, d1, n)
	for n > 0 && base > to { // day clamping at month ends
		n--
		base = addMonths(y1, m1, d1, n)
	}
	next := addMonths(y1, m1, d1, n+1)
	return float64(n) + float64(to-base)/float64(next-base)
}

// digitsValue reads an unsigned decimal (strconv.Atoi's error type would
// link strconv's quoting code into the wasm).
func digitsValue(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, len(s) > 0
}
