package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
)

// Decoded is a page or text turned into valid UTF-8.
type Decoded struct {
	Text    string
	Charset string // the WHATWG name of the encoding used, e.g. "utf-8", "windows-1252"
	Source  string // where the charset came from: bom, header, meta, sniff, default
}

// DecodeHTML turns an HTML page in any common charset into valid UTF-8.
// The charset comes, in order, from a byte-order mark, the HTTP
// Content-Type header, a <meta> declaration anywhere in <head>, or is
// sniffed: valid UTF-8 is UTF-8, anything else is windows-1252 (which is
// also what browsers use for pages declared ISO-8859-1). A page declared as
// a single-byte charset whose bytes are in fact valid multi-byte UTF-8 is
// read as UTF-8, and a page declared UTF-8 whose bytes are not is read as
// windows-1252: both mistakes are common on news sites.
func DecodeHTML(body []byte, contentType string) (Decoded, error) {
	if name, n := bomCharset(body); name != "" {
		return decodeWith(body[n:], name, "bom")
	}
	name, src := "", ""
	if contentType != "" {
		if _, params, ok := strings.Cut(contentType, ";"); ok {
			if cs := paramCharset(params); cs != "" {
				if enc, err := htmlindex.Get(cs); err == nil {
					name, src = canonical(enc, cs), "header"
				}
			}
		}
	}
	if name == "" {
		if cs := metaCharset(body); cs != "" {
			if enc, err := htmlindex.Get(cs); err == nil {
				name, src = canonical(enc, cs), "meta"
			}
		}
	}
	return decodeSniffed(body, name, src)
}

// DecodeText turns plain text into valid UTF-8: a byte-order mark decides
// if present, valid UTF-8 is kept, a consistently single-byte text is read
// as windows-1252. A text that mixes valid multi-byte UTF-8 with invalid
// bytes is corrupt and gets an error that says where.
func DecodeText(body []byte) (Decoded, error) {
	if name, n := bomCharset(body); name != "" {
		return decodeWith(body[n:], name, "bom")
	}
	if utf8.Valid(body) {
		return Decoded{Text: string(body), Charset: "utf-8", Source: "sniff"}, nil
	}
	multi, bad, firstBad := utf8Stats(body)
	if multi > 0 && multi >= bad {
		return Decoded{}, fmt.Errorf("invalid UTF-8 at byte %d (%d invalid sequences among %d valid multi-byte characters)", firstBad, bad, multi)
	}
	return decodeWith(body, "windows-1252", "sniff")
}

func decodeSniffed(body []byte, declared, src string) (Decoded, error) {
	valid := utf8.Valid(body)
	switch {
	case declared == "":
		if valid {
			return Decoded{Text: string(body), Charset: "utf-8", Source: "sniff"}, nil
		}
		multi, bad, _ := utf8Stats(body)
		if multi > 10*bad {
			// Mostly UTF-8 with a few broken bytes: repair, don't garble.
			return Decoded{Text: strings.ToValidUTF8(string(body), "\uFFFD"), Charset: "utf-8", Source: "sniff"}, nil
		}
		return decodeWith(body, "windows-1252", "sniff")
	case declared == "utf-8":
		if valid {
			return Decoded{Text: string(body), Charset: "utf-8", Source: src}, nil
		}
		multi, bad, _ := utf8Stats(body)
		if bad > multi {
			return decodeWith(body, "windows-1252", "sniff")
		}
		return Decoded{Text: strings.ToValidUTF8(string(body), "\uFFFD"), Charset: "utf-8", Source: src}, nil
	default:
		if valid && isSingleByte(declared) {
			if multi, _, _ := utf8Stats(body); multi > 0 {
				return Decoded{Text: string(body), Charset: "utf-8", Source: "sniff"}, nil
			}
		}
		return decodeWith(body, declared, src)
	}
}

func decodeWith(body []byte, name, src string) (Decoded, error) {
	if name == "utf-8" {
		return Decoded{Text: strings.ToValidUTF8(string(body), "\uFFFD"), Charset: name, Source: src}, nil
	}
	enc, err := htmlindex.Get(name)
	if err != nil {
		return Decoded{}, fmt.Errorf("unknown charset %q: %w", name, err)
	}
	if enc == encoding.Replacement {
		return Decoded{}, fmt.Errorf("charset %q is not safe to decode", name)
	}
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		return Decoded{}, fmt.Errorf("decoding %s: %w", name, err)
	}
	return Decoded{Text: strings.ToValidUTF8(string(out), "\uFFFD"), Charset: name, Source: src}, nil
}

func canonical(enc encoding.Encoding, label string) string {
	if n, err := htmlindex.Name(enc); err == nil {
		return n
	}
	return strings.ToLower(label)
}

func isSingleByte(name string) bool {
	enc, err := htmlindex.Get(name)
	if err != nil {
		return false
	}
	_, ok := enc.(*charmap.Charmap)
	return ok
}

func bomCharset(b []byte) (string, int) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return "utf-8", 3
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return "utf-16be", 2
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return "utf-16le", 2
	}
	return "", 0
}

// utf8Stats counts valid multi-byte characters and invalid bytes.
func utf8Stats(b []byte) (multi, bad, firstBad int) {
	firstBad = -1
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			if firstBad < 0 {
				firstBad = i
			}
			bad++
			i++
			continue
		}
		multi++
		i += n
	}
	return multi, bad, firstBad
}

func paramCharset(params string) string {
	for _, p := range strings.Split(params, ";") {
		k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
		if ok && strings.EqualFold(strings.TrimSpace(k), "charset") {
			return strings.Trim(strings.TrimSpace(v), `"'`)
		}
	}
	return ""
}

// metaCharset finds <meta charset> or <meta http-equiv=Content-Type> in the
// page head. Unlike the 1,024-byte prescan of the HTML standard it looks at
// the first 64 KiB and stops at <body>, since news pages often put a large
// script block before the declaration.
func metaCharset(body []byte) string {
	if len(body) > 64<<10 {
		body = body[:64<<10]
	}
	z := html.NewTokenizer(bytes.NewReader(body))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch string(name) {
			case "body":
				return ""
			case "meta":
				var cs, equiv, content string
				for hasAttr {
					var k, v []byte
					k, v, hasAttr = z.TagAttr()
					switch string(k) {
					case "charset":
						cs = string(v)
					case "http-equiv":
						equiv = strings.ToLower(string(v))
					case "content":
						content = string(v)
					}
				}
				if cs != "" {
					return strings.TrimSpace(cs)
				}
				if equiv == "content-type" {
					if _, params, ok := strings.Cut(content, ";"); ok {
						if c := paramCharset(params); c != "" {
							return c
						}
					}
				}
			}
		}
	}
}
