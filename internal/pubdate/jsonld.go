package pubdate

import (
	"encoding/json"
	"slices"
	"strings"
)

// maxJSONDepth bounds how deep JSON-LD objects are searched.
const maxJSONDepth = 32

// ldDates collects datePublished and dateModified values, those of article
// types apart from the others.
type ldDates struct {
	artPub, otherPub, artMod, otherMod []string
}

// jsonLDDates returns the datePublished values of the JSON-LD blocks (those
// of article types first, then any other) and their dateModified values in
// the same order. A block that is not valid JSON, as many are, is searched
// for "datePublished": "…" pairs.
func jsonLDDates(blocks []string) (pub, mod []string) {
	var d ldDates
	for _, b := range blocks {
		var v any
		if err := json.Unmarshal([]byte(b), &v); err != nil {
			art := strings.Contains(b, "Article") || strings.Contains(b, "BlogPosting")
			p, m := looseValues(b, "datePublished"), looseValues(b, "dateModified")
			if art {
				d.artPub, d.artMod = append(d.artPub, p...), append(d.artMod, m...)
			} else {
				d.otherPub, d.otherMod = append(d.otherPub, p...), append(d.otherMod, m...)
			}
			continue
		}
		d.collect(v, 0)
	}
	return append(d.artPub, d.otherPub...), append(d.artMod, d.otherMod...)
}

// collect walks a decoded JSON value, object before its members, members in
// key order so that the result does not depend on map order.
func (d *ldDates) collect(v any, depth int) {
	if depth > maxJSONDepth {
		return
	}
	switch v := v.(type) {
	case []any:
		for _, e := range v {
			d.collect(e, depth+1)
		}
	case map[string]any:
		art := isArticleType(v["@type"])
		if s, ok := jsonString(v["datePublished"]); ok {
			if art {
				d.artPub = append(d.artPub, s)
			} else {
				d.otherPub = append(d.otherPub, s)
			}
		}
		if s, ok := jsonString(v["dateModified"]); ok {
			if art {
				d.artMod = append(d.artMod, s)
			} else {
				d.otherMod = append(d.otherMod, s)
			}
		}
		keys := make([]string, 0, len(v))
		for k, e := range v {
			switch e.(type) {
			case []any, map[string]any:
				keys = append(keys, k)
			}
		}
		slices.Sort(keys)
		for _, k := range keys {
			d.collect(v[k], depth+1)
		}
	}
}

// jsonString reads a string, the first string of an array, or an
// {"@value": "…"} object.
func jsonString(v any) (string, bool) {
	switch v := v.(type) {
	case string:
		return v, true
	case []any:
		if len(v) > 0 {
			s, ok := v[0].(string)
			return s, ok
		}
	case map[string]any:
		s, ok := v["@value"].(string)
		return s, ok
	}
	return "", false
}

// isArticleType reports whether a schema.org @type (a string or an array)
// names an article or a post.
func isArticleType(t any) bool {
	switch t := t.(type) {
	case string:
		t = t[strings.LastIndexAny(t, "/:")+1:]
		switch t {
		case "BlogPosting", "LiveBlogPosting", "SocialMediaPosting", "DiscussionForumPosting", "Report":
			return true
		}
		return strings.HasSuffix(t, "Article")
	case []any:
		for _, e := range t {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

// maxLooseValue bounds a value read from broken JSON.
const maxLooseValue = 100

// looseValues finds "key": "value" pairs in text that is not valid JSON.
func looseValues(s, key string) []string {
	var out []string
	needle := `"` + key + `"`
	for pos := 0; ; {
		k := strings.Index(s[pos:], needle)
		if k < 0 {
			return out
		}
		pos += k + len(needle)
		i := skipSpace(s, pos)
		if i >= len(s) || s[i] != ':' {
			continue
		}
		i = skipSpace(s, i+1)
		if i >= len(s) || s[i] != '"' {
			continue
		}
		i++
		end := i
		for end < len(s) && end-i < maxLooseValue && s[end] != '"' {
			if s[end] == '\\' {
				end++
			}
			end++
		}
		if end >= len(s) || s[end] != '"' {
			continue
		}
		out = append(out, strings.ReplaceAll(s[i:end], `\/`, `/`))
		pos = end
	}
}

func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
		i++
	}
	return i
}
