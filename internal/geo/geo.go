// Package geo is vigie's gazetteer and geocoder. It reads place mentions
// (spans of the article text, given by the caller or found by FindPlaces)
// and adds places: GeoNames ids, country codes, coordinates and the kind of
// feature, disambiguated from the document's countries, co-mentioned places,
// population and feature type. It also gives each event its place: the one
// its clause introduces ("au Maroc", "in Algiers"), or a stated fallback.
//
// The gazetteer is compiled from ../shared/data/gazetteer (GeoNames, Natural
// Earth, iso-codes) by Compile into data/gazetteer.bin.gz, which the package
// embeds; hand-written tables of regions without a point (Maghreb, Sahel,
// Middle East…) and of country adjectives and demonyms (marocain, Moroccan)
// are embedded as reviewable text beside it (data/*.tsv).
package geo

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
)

// Kind is the type of a gazetteer entry.
type Kind uint8

// Kinds of entries.
const (
	KindNone    Kind = iota
	KindCountry      // a sovereign state or dependency (ISO 3166-1)
	KindAdmin1       // a first-level division: US state, Moroccan region, French région
	KindCapital      // a national capital city
	KindCity         // any other populated place
	KindRegion       // a named region without a point: Maghreb, Sahel, Middle East
)

var kindNames = [...]string{"", "country", "admin1", "capital", "city", "region"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("kind(%d)", k)
}

// MarshalText writes the kind's name.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

func parseKind(s string) Kind {
	for i, n := range kindNames {
		if i > 0 && n == s {
			return Kind(i)
		}
	}
	return KindNone
}

// Entry is one place of the gazetteer.
type Entry struct {
	ID         string   `json:"id"`                   // stable: "gn:2507480", "ne:wof:…", "region:maghreb"
	GeonameID  int      `json:"geonameid,omitempty"`  // GeoNames id, 0 when the place has none
	Name       string   `json:"name"`                 // English or GeoNames name
	NameFR     string   `json:"name_fr,omitempty"`    // French name when known
	Kind       Kind     `json:"kind"`                 // country, admin1, capital, city, region
	Feature    string   `json:"feature,omitempty"`    // GeoNames feature code: PPLC, PPLA, PPL, ADM1, PCLI…
	Country    string   `json:"country,omitempty"`    // ISO 3166-1 alpha-2
	Admin1     string   `json:"admin1,omitempty"`     // GeoNames admin-1 code inside Country ("CA", "04")
	Admin1ISO  string   `json:"admin1_iso,omitempty"` // ISO 3166-2 suffix of an admin-1 entry ("CA", "ON")
	Lat        float64  `json:"lat"`
	Lon        float64  `json:"lon"`
	Point      bool     `json:"point"` // false for regions: Lat/Lon mean nothing
	Population int64    `json:"population,omitempty"`
	Members    []string `json:"members,omitempty"` // ISO2 member countries of a region
}

// Country3 returns the ISO 3166-1 alpha-3 code of the entry's country.
func (g *Gazetteer) Country3(iso2 string) string {
	if c, ok := g.countries[iso2]; ok {
		return g.entries[c].iso3
	}
	return ""
}

// entry is Entry with what the index needs.
type entry struct {
	Entry
	iso3    string
	capital int32 // for countries: index of the capital entry, or -1
}

// ref points from a key to an entry, with how the key names it.
type ref uint32

const (
	refAlt     ref = 1 << 29 // an alternate name (GeoNames alternatenames column)
	refDemonym ref = 1 << 28 // a country adjective or demonym
	refMask        = refDemonym - 1

	// multiRef marks an index value that points into Gazetteer.multi
	// rather than holding the only ref of its key.
	multiRef uint32 = 1 << 31
)

func (r ref) index() int { return int(r & refMask) }

// Gazetteer answers lookups of normalised names. It is safe for concurrent
// use once loaded.
type Gazetteer struct {
	entries   []entry
	index     map[string]uint32 // key → ref, or multiRef|i for multi[i]
	multi     [][]ref
	countries map[string]int32 // ISO2 → entry
	admin1    map[string]int32 // "US.CA" → entry
	qualifier map[string][]int32
	common    map[string]uint8 // single-word keys that are also common words: commonFR|commonEN
	maxWords  int              // most words in a key
	// firstWords maps the first word of every key (up to a space or an
	// apostrophe) to the most words of a key that starts with it.
	firstWords map[string]uint8
}

// Bits of Gazetteer.common.
const (
	commonFR uint8 = 1 << iota
	commonEN
)

func commonBit(lang string) uint8 {
	switch lang {
	case "fr":
		return commonFR
	case "en":
		return commonEN
	}
	return commonFR | commonEN
}

// isCommon reports whether key is a common word in lang (in either
// language when lang is neither "fr" nor "en").
func (g *Gazetteer) isCommon(key, lang string) bool { return g.common[key]&commonBit(lang) != 0 }

// Len returns the number of entries.
func (g *Gazetteer) Len() int { return len(g.entries) }

// Candidate is an entry that a name may refer to.
type Candidate struct {
	Entry   *Entry
	Alt     bool // matched only through an alternate name
	Demonym bool // matched through an adjective or demonym ("marocain")
}

// Lookup returns the entries that name may refer to, most populous first
// within each kind order of the data. Name is normalised first; names longer
// than MaxNameLen give nothing.
func (g *Gazetteer) Lookup(name string) []Candidate {
	if len(name) > MaxNameLen {
		return nil
	}
	return g.lookupKey(Normalize(name))
}

// refs returns the refs of a key without allocating.
func (g *Gazetteer) refs(key string, buf *[1]ref) []ref {
	v, ok := g.index[key]
	if !ok {
		return nil
	}
	if v&multiRef != 0 {
		return g.multi[v&^multiRef]
	}
	buf[0] = ref(v)
	return buf[:]
}

func (g *Gazetteer) lookupKey(key string) []Candidate {
	var buf [1]ref
	refs := g.refs(key, &buf)
	if len(refs) == 0 {
		return nil
	}
	out := make([]Candidate, len(refs))
	for i, r := range refs {
		out[i] = Candidate{Entry: &g.entries[r.index()].Entry, Alt: r&refAlt != 0, Demonym: r&refDemonym != 0}
	}
	return out
}

// Has reports whether name is a key of the gazetteer, without allocating
// when name is already normalised.
func (g *Gazetteer) Has(name string) bool {
	if len(name) > MaxNameLen {
		return false
	}
	_, ok := g.index[Normalize(name)]
	return ok
}

// Country returns the entry of a country by its ISO 3166-1 alpha-2 or
// alpha-3 code. A longer actor code ("USAGOV", "MARMIL") is read by its
// first three letters.
func (g *Gazetteer) Country(code string) (*Entry, bool) {
	code = strings.ToUpper(code)
	if len(code) > 3 {
		code = code[:3]
	}
	if len(code) == 3 {
		for iso2, i := range g.countries {
			if g.entries[i].iso3 == code {
				code = iso2
				break
			}
		}
	}
	i, ok := g.countries[code]
	if !ok {
		return nil, false
	}
	return &g.entries[i].Entry, true
}

// ByID returns an entry by its stable id ("gn:2507480", "region:maghreb").
func (g *Gazetteer) ByID(id string) (*Entry, bool) {
	for i := range g.entries {
		if g.entries[i].ID == id {
			return &g.entries[i].Entry, true
		}
	}
	return nil, false
}

//go:embed data/gazetteer.bin.gz
var embedded []byte

//go:embed data/regions.tsv
var regionsTSV string

//go:embed data/countries.tsv
var countriesTSV string

//go:embed data/aliases.tsv
var aliasesTSV string

var (
	defaultOnce sync.Once
	defaultGaz  *Gazetteer
	defaultErr  error
)

// Default returns the embedded gazetteer, loading it on first use.
func Default() (*Gazetteer, error) {
	defaultOnce.Do(func() {
		defaultGaz, defaultErr = Load(bytes.NewReader(embedded))
	})
	return defaultGaz, defaultErr
}

// ErrFormat marks a compiled gazetteer that cannot be read.
var ErrFormat = errors.New("geo: not a compiled gazetteer")

// Load reads a compiled gazetteer (as written by Compile) and adds the
// package's hand-written tables: regions, country aliases, adjectives and
// demonyms.
func Load(r io.Reader) (*Gazetteer, error) {
	g, err := decode(r)
	if err != nil {
		return nil, err
	}
	if err := g.addCountryTable(countriesTSV); err != nil {
		return nil, err
	}
	if err := g.addRegions(regionsTSV); err != nil {
		return nil, err
	}
	if err := g.addAliases(aliasesTSV); err != nil {
		return nil, err
	}
	g.finish()
	return g, nil
}
