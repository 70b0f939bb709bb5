package extract

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/vigie-events/vigie/internal/pubdate"
)

// boilerPrefixes start short paragraphs that are site chrome, not article:
// cross-links, share and follow buttons, sign-up calls, credits.
var boilerPrefixes = []string{
	"lire aussi", "à lire aussi", "a lire aussi", "lire également", "à lire également", "voir aussi", "à voir aussi",
	"à découvrir", "sur le même sujet", "dans la même rubrique", "retrouvez", "découvrez aussi",
	"partager", "partagez", "suivez-nous", "suivez nous", "abonnez-vous", "inscrivez-vous", "newsletter",
	"publicité", "crédit photo", "crédits photo", "tous droits réservés", "cet article est réservé",
	"read more", "read also", "also read", "see also", "related:", "related articles", "recommended:",
	"share on", "share this", "follow us", "subscribe", "sign up", "advertisement", "all rights reserved",
	"click here", "cliquez ici", "©", "(c) ",
}

// filterBoilerplate drops chrome paragraphs, the title repeated as the
// first paragraph, and exact repeats.
func filterBoilerplate(paras []string, title string) []string {
	out := paras[:0:0]
	seen := map[string]bool{}
	ntitle := normKey(title)
	for i, p := range paras {
		key := normKey(p)
		if key == "" || seen[key] {
			continue
		}
		if i < 3 && len(out) == 0 && ntitle != "" && key == ntitle {
			continue
		}
		if isBoiler(p) {
			continue
		}
		seen[key] = true
		out = append(out, p)
	}
	return out
}

func isBoiler(p string) bool {
	if utf8.RuneCountInString(p) > 160 {
		return false
	}
	low := strings.ToLower(strings.TrimLeft(p, " >»•-–—*|"))
	for _, pre := range boilerPrefixes {
		if strings.HasPrefix(low, pre) {
			return true
		}
	}
	if strings.Contains(low, "appeared first on") || strings.HasPrefix(low, "the post ") && strings.Contains(low, "appeared first") {
		return true
	}
	return false
}

func normKey(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// trimLead drops what a page puts above the article's first sentence and
// trafilatura keeps: a kicker and the headline, the byline, the dateline
// ("Par X | Publié le 14/03/2023 à 10h12", "| 23 June 2023").
func trimLead(paras []string, title, author string, now time.Time) []string {
	if nt := normKey(title); nt != "" {
		for i := 0; i < len(paras) && i < 4; i++ {
			if normKey(paras[i]) != nt {
				continue
			}
			kicker := true
			for _, p := range paras[:i] {
				if utf8.RuneCountInString(p) > 120 || endsSentence(p) {
					kicker = false
				}
			}
			if kicker {
				paras = paras[i+1:]
			}
			break
		}
	}
	for len(paras) > 1 && isByline(paras[0], author, now) {
		paras = paras[1:]
	}
	return paras
}

func isByline(p, author string, now time.Time) bool {
	if utf8.RuneCountInString(p) > 200 || endsSentence(p) {
		return false
	}
	low := strings.ToLower(p)
	switch {
	case strings.HasPrefix(low, "par ") || strings.HasPrefix(low, "by ") || strings.HasPrefix(low, "|"):
		return true
	case author != "" && strings.Contains(low, strings.ToLower(author)):
		return true
	case strings.Contains(low, "correspondant") || strings.Contains(low, "envoyé spécial") || strings.Contains(low, "envoyée spéciale") || strings.Contains(low, "mis à jour") || strings.Contains(low, "updated"):
		return true
	}
	_, _, found := pubdate.Find(p, now, "")
	return found
}

func endsSentence(p string) bool {
	p = strings.TrimRight(p, " \u00a0\u202f")
	r, _ := utf8.DecodeLastRuneInString(p)
	switch r {
	case '.', '!', '?', '»', '"', '”', '…', ')':
		return true
	}
	return false
}
