package geo

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// The compiled gazetteer is a gzip-compressed text file, one entry a line:
//
//	vigie-gazetteer<TAB>1
//	E id geonameid kind feature country iso3 admin1 admin1iso lat lon population name name_fr names alts capital
//	C lang common|words|…
//
// with fields separated by tabs, names by '|'. Name and name_fr are stored
// as written; names and alts are stored as lookup keys (Normalize), so that
// loading allocates nothing per name: a change to Normalize needs a
// recompilation, which TestKeysNormalized catches. C lists single-word keys that are also
// common French or English words ("nice", "orange"): FindPlaces takes them
// at the start of a sentence only after a locative preposition.

const formatMagic = "vigie-gazetteer\t1"

const (
	fID = iota
	fGeonameID
	fKind
	fFeature
	fCountry
	fISO3
	fAdmin1
	fAdmin1ISO
	fLat
	fLon
	fPop
	fName
	fNameFR
	fNames
	fAlts
	fCapital
	nFields
)

// maxCompiled bounds what decode reads, so a hostile file cannot exhaust
// memory.
const maxCompiled = 256 << 20

// rawEntry is an entry as Compile builds it.
type rawEntry struct {
	entry
	names     []string
	alts      []string
	capitalID int
}

func cleanField(s string) string {
	if strings.ContainsAny(s, "\t\n\r|") {
		s = strings.Map(func(r rune) rune {
			switch r {
			case '\t', '\n', '\r', '|':
				return ' '
			}
			return r
		}, s)
	}
	return strings.TrimSpace(s)
}

func encode(w io.Writer, entries []*rawEntry, common map[string][]string) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("geo: compress: %w", err)
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(formatMagic)
	bw.WriteByte('\n')
	join := func(ns []string) string {
		c := make([]string, 0, len(ns))
		for _, n := range ns {
			if n = cleanField(Normalize(n)); n != "" {
				c = append(c, n)
			}
		}
		return strings.Join(c, "|")
	}
	for _, e := range entries {
		f := make([]string, nFields)
		f[fID] = cleanField(e.ID)
		f[fGeonameID] = strconv.Itoa(e.GeonameID)
		f[fKind] = e.Kind.String()
		f[fFeature] = e.Feature
		f[fCountry] = e.Country
		f[fISO3] = e.iso3
		f[fAdmin1] = cleanField(e.Admin1)
		f[fAdmin1ISO] = cleanField(e.Admin1ISO)
		if e.Point {
			f[fLat] = strconv.FormatFloat(e.Lat, 'f', 4, 64)
			f[fLon] = strconv.FormatFloat(e.Lon, 'f', 4, 64)
		}
		f[fPop] = strconv.FormatInt(e.Population, 10)
		f[fName] = cleanField(e.Name)
		f[fNameFR] = cleanField(e.NameFR)
		f[fNames] = join(e.names)
		f[fAlts] = join(e.alts)
		if e.capitalID != 0 {
			f[fCapital] = strconv.Itoa(e.capitalID)
		}
		bw.WriteString("E\t")
		bw.WriteString(strings.Join(f, "\t"))
		bw.WriteByte('\n')
	}
	for _, lang := range []string{"fr", "en"} {
		bw.WriteString("C\t" + lang + "\t")
		bw.WriteString(join(common[lang]))
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("geo: write gazetteer: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("geo: write gazetteer: %w", err)
	}
	return nil
}

// decode reads a compiled gazetteer. It never panics: a malformed line is
// an error naming its number.
func decode(r io.Reader) (*Gazetteer, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	var sb strings.Builder
	n, err := io.Copy(&sb, io.LimitReader(zr, maxCompiled+1))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	if n > maxCompiled {
		return nil, fmt.Errorf("%w: larger than %d bytes", ErrFormat, maxCompiled)
	}
	data := sb.String()
	line, rest, _ := strings.Cut(data, "\n")
	if line != formatMagic {
		return nil, ErrFormat
	}
	g := newGazetteer(strings.Count(rest, "\n"))
	var capitals []struct {
		country int32
		id      int
	}
	byGeoname := make(map[int]int32, 40000)
	for lineNo := 2; rest != ""; lineNo++ {
		line, rest, _ = strings.Cut(rest, "\n")
		if line == "" {
			continue
		}
		tag, body, _ := strings.Cut(line, "\t")
		switch tag {
		case "C":
			lang, words, _ := strings.Cut(body, "\t")
			bit := commonBit(lang)
			for w := range strings.SplitSeq(words, "|") {
				if w != "" {
					g.common[w] |= bit
				}
			}
			continue
		case "E":
		default:
			return nil, fmt.Errorf("%w: line %d: unknown record %q", ErrFormat, lineNo, truncate(tag, 20))
		}
		var f [nFields]string
		i := 0
		for field := range strings.SplitSeq(body, "\t") {
			if i == nFields {
				i++
				break
			}
			f[i] = field
			i++
		}
		if i != nFields {
			return nil, fmt.Errorf("%w: line %d: %d fields, want %d", ErrFormat, lineNo, i, nFields)
		}
		var e entry
		e.ID = f[fID]
		e.Kind = parseKind(f[fKind])
		if e.ID == "" || e.Kind == KindNone || e.Kind == KindRegion {
			return nil, fmt.Errorf("%w: line %d: bad id or kind", ErrFormat, lineNo)
		}
		var perr error
		num := func(s string) int64 {
			if s == "" {
				return 0
			}
			v, err := strconv.ParseInt(s, 10, 64)
			if err != nil && perr == nil {
				perr = err
			}
			return v
		}
		flt := func(s string) float64 {
			v, err := strconv.ParseFloat(s, 64)
			if err != nil && perr == nil {
				perr = err
			}
			return v
		}
		e.GeonameID = int(num(f[fGeonameID]))
		e.Feature = f[fFeature]
		e.Country = f[fCountry]
		e.iso3 = f[fISO3]
		e.Admin1 = f[fAdmin1]
		e.Admin1ISO = f[fAdmin1ISO]
		if f[fLat] != "" || f[fLon] != "" {
			e.Lat, e.Lon, e.Point = flt(f[fLat]), flt(f[fLon]), true
			if e.Lat < -90 || e.Lat > 90 || e.Lon < -180 || e.Lon > 180 {
				return nil, fmt.Errorf("%w: line %d: coordinates out of range", ErrFormat, lineNo)
			}
		}
		e.Population = num(f[fPop])
		capID := int(num(f[fCapital]))
		if perr != nil {
			return nil, fmt.Errorf("%w: line %d: %w", ErrFormat, lineNo, perr)
		}
		e.Name = f[fName]
		e.NameFR = f[fNameFR]
		e.capital = -1
		idx := g.add(e)
		if e.GeonameID > 0 {
			byGeoname[e.GeonameID] = idx
		}
		for k := range strings.SplitSeq(f[fNames], "|") {
			g.addKey(k, idx, 0)
		}
		for k := range strings.SplitSeq(f[fAlts], "|") {
			g.addKey(k, idx, refAlt)
		}
		if capID != 0 && e.Kind == KindCountry {
			capitals = append(capitals, struct {
				country int32
				id      int
			}{idx, capID})
		}
	}
	for _, c := range capitals {
		if i, ok := byGeoname[c.id]; ok {
			g.entries[c.country].capital = i
		}
	}
	return g, nil
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

func newGazetteer(n int) *Gazetteer {
	return &Gazetteer{
		entries:    make([]entry, 0, n+64),
		index:      make(map[string]uint32, 6*n),
		countries:  make(map[string]int32, 256),
		admin1:     make(map[string]int32, 4096),
		qualifier:  make(map[string][]int32, 512),
		common:     make(map[string]uint8, 4096),
		firstWords: make(map[string]uint8, 4*n),
	}
}

// add appends an entry and indexes its codes.
func (g *Gazetteer) add(e entry) int32 {
	idx := int32(len(g.entries))
	g.entries = append(g.entries, e)
	switch e.Kind {
	case KindCountry:
		if _, dup := g.countries[e.Country]; !dup && e.Country != "" {
			g.countries[e.Country] = idx
		}
	case KindAdmin1:
		if e.Country != "" && e.Admin1 != "" {
			g.admin1[e.Country+"."+e.Admin1] = idx
		}
	}
	return idx
}

// addName indexes one name of entry idx.
func (g *Gazetteer) addName(name string, idx int32, flag ref) {
	if len(name) > MaxNameLen {
		return
	}
	g.addKey(Normalize(name), idx, flag)
}

// addKey indexes one lookup key of entry idx.
func (g *Gazetteer) addKey(key string, idx int32, flag ref) {
	if key == "" || len(key) > MaxNameLen {
		return
	}
	r := ref(idx) | flag
	v, ok := g.index[key]
	if !ok {
		g.index[key] = uint32(r)
		// words as longestAt counts them: broken at spaces and apostrophes
		w := strings.Count(key, " ") + strings.Count(key, "'") + 1
		g.maxWords = max(g.maxWords, w)
		first := key
		if i := strings.IndexAny(key, " '"); i > 0 {
			first = key[:i]
		}
		if w > maxKeyWords {
			w = maxKeyWords
		}
		if uint8(w) > g.firstWords[first] {
			g.firstWords[first] = uint8(w)
		}
		return
	}
	var refs []ref
	if v&multiRef == 0 {
		refs = []ref{ref(v)}
	} else {
		refs = g.multi[v&^multiRef]
	}
	for i, old := range refs {
		if old.index() == int(idx) {
			// keep the strongest way of naming it: primary over alternate
			if old&(refAlt|refDemonym) != 0 && flag == 0 {
				refs[i] = r
				if v&multiRef == 0 {
					g.index[key] = uint32(r)
				}
			}
			return
		}
	}
	refs = append(refs, r)
	if v&multiRef == 0 {
		g.index[key] = multiRef | uint32(len(g.multi))
		g.multi = append(g.multi, refs)
	} else {
		g.multi[v&^multiRef] = refs
	}
}
