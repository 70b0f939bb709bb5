package doc

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"sort"
	"strings"
)

// NewID returns a stable document id: derived from the normalised URL when
// there is one, else from the text. It is 16 hex digits.
func NewID(rawURL, text string) string {
	h := sha256.New()
	if u := NormalizeURL(rawURL); u != "" {
		h.Write([]byte("url\x00"))
		h.Write([]byte(u))
	} else {
		h.Write([]byte("text\x00"))
		h.Write([]byte(text))
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// ContentHash returns the hash of what makes two versions of an article
// differ: title and text.
func ContentHash(title, text string) string {
	h := sha256.New()
	h.Write([]byte(strings.TrimSpace(title)))
	h.Write([]byte{0})
	h.Write([]byte(text))
	return hex.EncodeToString(h.Sum(nil))
}

// NormalizeURL lowercases scheme and host, drops the fragment, default
// ports and tracking parameters (utm_*, fbclid, gclid), and sorts the
// query, so that the same article reached two ways gets one id. It returns
// "" for an empty or unparseable URL.
func NormalizeURL(raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return raw
	}
	u.Scheme = strings.ToLower(u.Scheme)
	host := strings.ToLower(u.Host)
	host = strings.TrimSuffix(host, ":80")
	host = strings.TrimSuffix(host, ":443")
	u.Host = host
	u.Fragment = ""
	u.RawFragment = ""
	if u.RawQuery != "" {
		q := u.Query()
		for k := range q {
			lk := strings.ToLower(k)
			if strings.HasPrefix(lk, "utm_") || lk == "fbclid" || lk == "gclid" || lk == "xtor" {
				q.Del(k)
			}
		}
		keys := make([]string, 0, len(q))
		for k := range q {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var b strings.Builder
		for _, k := range keys {
			for _, v := range q[k] {
				if b.Len() > 0 {
					b.WriteByte('&')
				}
				b.WriteString(url.QueryEscape(k))
				b.WriteByte('=')
				b.WriteString(url.QueryEscape(v))
			}
		}
		u.RawQuery = b.String()
	}
	if u.Path == "" {
		u.Path = "/"
	}
	return u.String()
}
