package actor

import (
	"fmt"
	"github.com/vigie-events/vigie/internal/dictfile"
	"strings"
)

// Error is one malformed line of a dictionary or table file.
type Error = dictfile.Error[prefix]

// ErrorList collects the errors of a file, like go/scanner's: a bad line is
// reported and skipped, the rest of the file still loads.
type ErrorList = dictfile.ErrorList[prefix]

type prefix struct{}

func (prefix) Prefix() string { return "actor" }

// Date is a calendar day written as the number YYYYMMDD, so that dates
// compare as integers. 0 means "open" (no bound) or "unknown".
type Date int32

// DateOf returns the Date of t (0 for the zero time).
func DateOf(y, m, d int) Date { return Date(y*10000 + m*100 + d) }

// String writes the date as YYYY-MM-DD, or "" for 0.
func (d Date) String() string {
	if d == 0 {
		return ""
	}
	return string(d.append(make([]byte, 0, 10)))
}

func (d Date) append(b []byte) []byte {
	y, m, dd := int(d)/10000, int(d)/100%100, int(d)%100
	b = append(b, byte('0'+y/1000%10), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-')
	b = append(b, byte('0'+m/10), byte('0'+m%10), '-', byte('0'+dd/10), byte('0'+dd%10))
	return b
}

// MarshalText writes the date as YYYY-MM-DD (empty for 0), for JSON.
func (d Date) MarshalText() ([]byte, error) {
	if d == 0 {
		return []byte{}, nil
	}
	return d.append(nil), nil
}

// UnmarshalText reads YYYY-MM-DD (or an empty string for 0).
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = 0
		return nil
	}
	v, err := parseISODate(string(b), true)
	if err != nil {
		return fmt.Errorf("actor: %w", err)
	}
	*d = v
	return nil
}

// validDay reports whether y-m-d is a day of the Gregorian calendar.
func validDay(y, m, d int) bool {
	if y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 {
		return false
	}
	days := [13]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[m]
	if m == 2 && (y%4 == 0 && y%100 != 0 || y%400 == 0) {
		days = 29
	}
	return d <= days
}

// parsePetrarchDate reads YYMMDD (YY ≤ 30 is 20YY, else 19YY) or YYYYMMDD.
func parsePetrarchDate(s string) (Date, error) {
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, fmt.Errorf("date %q is not YYMMDD or YYYYMMDD", s)
		}
	}
	var y, m, d int
	switch len(s) {
	case 6:
		y = atoi(s[:2])
		if y <= 30 {
			y += 2000
		} else {
			y += 1900
		}
		m, d = atoi(s[2:4]), atoi(s[4:6])
	case 8:
		y, m, d = atoi(s[:4]), atoi(s[4:6]), atoi(s[6:8])
	default:
		return 0, fmt.Errorf("date %q is not YYMMDD or YYYYMMDD", s)
	}
	if !validDay(y, m, d) {
		return 0, fmt.Errorf("date %q is not a calendar day", s)
	}
	return DateOf(y, m, d), nil
}

// parseISODate reads YYYY, YYYY-MM or YYYY-MM-DD. A partial date is the
// first day of its period when first is true, the last otherwise.
func parseISODate(s string, first bool) (Date, error) {
	bad := func() error { return fmt.Errorf("date %q is not YYYY, YYYY-MM or YYYY-MM-DD", s) }
	var nums [3]int
	n := 0
	for part := range strings.SplitSeq(s, "-") {
		if n == 3 || part == "" || (n == 0 && len(part) != 4) || (n > 0 && len(part) != 2) {
			return 0, bad()
		}
		for _, c := range part {
			if c < '0' || c > '9' {
				return 0, bad()
			}
		}
		nums[n] = atoi(part)
		n++
	}
	if n == 0 {
		return 0, bad()
	}
	y, m, d := nums[0], 1, 1
	if !first {
		m, d = 12, 31
	}
	if n > 1 {
		m = nums[1]
		if !first {
			d = 31
			for d > 28 && !validDay(y, m, d) {
				d--
			}
		}
	}
	if n > 2 {
		d = nums[2]
	}
	if !validDay(y, m, d) {
		return 0, fmt.Errorf("date %q is not a calendar day", s)
	}
	return DateOf(y, m, d), nil
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}
