package pubdate

import (
	"net/url"
	"strings"
	"time"

	"github.com/vigie-events/vigie/internal/doc"
)

// Year ranges read in URLs: wide for separated dates (archives go back a
// century), narrow for eight bare digits, which are often ids.
const (
	urlMinYear     = 1900
	urlMaxYear     = 2099
	compactMinYear = 1990
)

// FromURL finds a date in the path of u: /2023/03/14/, /2023-03-14-slug,
// /2023_03_14/, /20230314/ give a day; /2023/03/ gives a month. The time is
// 00:00 UTC; FromHTML moves it to the location of the fetch time. Expr is the
// part of the path that gave it.
func FromURL(u string) (Result, bool) {
	return fromURL(u, time.UTC)
}

func fromURL(u string, loc *time.Location) (Result, bool) {
	path := urlPath(u)
	for i := 0; i < len(path); {
		if !isDigit(path[i]) {
			i++
			continue
		}
		j := digitsEnd(path, i)
		if r, ok := urlDate(path, i, j, loc); ok {
			return r, true
		}
		i = j
	}
	return Result{}, false
}

// urlPath returns the path of u, or, when u does not parse, the part of u
// after the host and before any query.
func urlPath(u string) string {
	if pu, err := url.Parse(u); err == nil {
		return pu.Path
	}
	if k := strings.Index(u, "://"); k >= 0 {
		u = u[k+3:]
		if k := strings.IndexByte(u, '/'); k >= 0 {
			u = u[k:]
		} else {
			u = ""
		}
	}
	if k := strings.IndexAny(u, "?#"); k >= 0 {
		u = u[:k]
	}
	return u
}

// urlDate reads a date whose first digit run is path[i:j].
func urlDate(path string, i, j int, loc *time.Location) (Result, bool) {
	res := func(y, m, d, end int, gran string) (Result, bool) {
		if !validDate(y, m, d) {
			return Result{}, false
		}
		return Result{
			Time:        time.Date(y, time.Month(m), d, 0, 0, 0, 0, loc),
			Source:      doc.PubURL,
			Expr:        path[i:end],
			Granularity: gran,
		}, true
	}
	switch j - i {
	case 8:
		y := atoi(path[i : i+4])
		if y < compactMinYear || y > urlMaxYear {
			return Result{}, false
		}
		return res(y, atoi(path[i+4:i+6]), atoi(path[i+6:j]), j, GranDay)
	case 4:
		y := atoi(path[i:j])
		if y < urlMinYear || y > urlMaxYear || j >= len(path) {
			return Result{}, false
		}
		sep := path[j]
		if sep != '/' && sep != '-' && sep != '_' && sep != '.' {
			return Result{}, false
		}
		if sep == '/' && i > 0 && path[i-1] != '/' {
			return Result{}, false
		}
		mEnd := digitsEnd(path, j+1)
		if n := mEnd - j - 1; n < 1 || n > 2 {
			return Result{}, false
		}
		m := atoi(path[j+1 : mEnd])
		if mEnd < len(path) && path[mEnd] == sep {
			dEnd := digitsEnd(path, mEnd+1)
			if n := dEnd - mEnd - 1; n >= 1 && n <= 2 {
				return res(y, m, atoi(path[mEnd+1:dEnd]), dEnd, GranDay)
			}
		}
		if sep == '/' && (mEnd == len(path) || path[mEnd] == '/') {
			return res(y, m, 1, mEnd, GranMonth)
		}
	}
	return Result{}, false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func digitsEnd(s string, i int) int {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}

// atoi reads a short run of digits.
func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
