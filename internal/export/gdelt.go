package export

import (
	"fmt"
	"github.com/vigie-events/vigie/internal/geo"
	"io"
	"iter"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/vigie-events/vigie/internal/doc"
	"github.com/vigie-events/vigie/internal/store"
)

// GDELTColumns are the 61 columns of a GDELT 2.0 event export, in order
// (GDELT Event Codebook V2.0). The files have no header; the names are
// here for tests and documentation.
var GDELTColumns = []string{
	"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
	"NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
	"Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
	"Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
	"ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
}

// GDELTMentionColumns are the 16 columns of the GDELT 2.0 mentions table.
var GDELTMentionColumns = []string{
	"GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
	"MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
	"InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
}

// gdeltStamp is the layout of DATEADDED and the mentions table's times.
const gdeltStamp = "20060102150405"

// GDELT writes events as a GDELT 2.0 event export: 61 tab-separated
// columns, no header, one event a line. Where vigie differs from GDELT:
//   - the geography columns give countries as FIPS 10-4 codes, as GDELT
//     does (Morocco MO, Algeria AG; see geo.FIPS), and a country-level
//     place's ADM1Code repeats it, as GDELT's do; actor country codes stay
//     CAMEO codes (MAR, DZA);
//   - AvgTone is 0: vigie does not score tone;
//   - ADM1 codes below country level and ADM2 codes are empty; FeatureID
//     is the GeoNames id;
//   - Actor1Geo is filled only when the event's place is the source's
//     country (kind "source-country"), Actor2Geo only when it is the
//     target's ("target-country"); ActionGeo always holds the event's place.
func GDELT(w io.Writer, events iter.Seq2[store.Event, error]) (Stats, error) {
	var (
		st  Stats
		rec = make([]string, 0, len(GDELTColumns))
	)
	for e, err := range events {
		if err != nil {
			return st, fmt.Errorf("export: gdelt: %w", err)
		}
		rec = gdeltRecord(rec[:0], &e)
		if _, err := io.WriteString(w, strings.Join(rec, "\t")+"\n"); err != nil {
			return st, fmt.Errorf("export: gdelt: %w", err)
		}
		st.Records++
	}
	return st, nil
}

func gdeltRecord(rec []string, e *store.Event) []string {
	day := e.Day()
	base := e.CAMEO
	if len(base) > 3 {
		base = base[:3]
	}
	rec = append(rec,
		strconv.FormatInt(e.Seq, 10),
		day.Format("20060102"),
		day.Format("200601"),
		day.Format("2006"),
		fractionDate(day),
	)
	rec = gdeltActor(rec, &e.Source)
	rec = gdeltActor(rec, &e.Target)
	rec = append(rec,
		boolInt(e.IsRoot),
		e.CAMEO, base, e.CAMEORoot,
		strconv.Itoa(e.Quad),
		formatFloat(e.Goldstein),
		strconv.Itoa(e.NumMentions), strconv.Itoa(e.NumSources), strconv.Itoa(e.NumArticles),
		"0", // AvgTone
	)
	var a1, a2 *doc.Place
	if p := e.Place; p != nil {
		switch p.Kind {
		case "source-country":
			a1 = p
		case "target-country":
			a2 = p
		}
	}
	rec = gdeltGeo(rec, a1)
	rec = gdeltGeo(rec, a2)
	rec = gdeltGeo(rec, e.Place)
	return append(rec, e.Created.UTC().Format(gdeltStamp), clean(e.SourceURL))
}

// fractionDate is GDELT's YYYY.FFFF, FFFF = ((month-1) × 30 + day) / 365,
// as GDELT's own files have it (2014-02-18 is 2014.1315).
func fractionDate(t time.Time) string {
	f := float64((int(t.Month())-1)*30+t.Day()) / 365
	return strconv.FormatFloat(float64(t.Year())+f, 'f', 4, 64)
}

func gdeltActor(rec []string, a *store.EventActor) []string {
	country, group, types := store.ActorParts(a.Code)
	t := [3]string{}
	copy(t[:], types)
	name := a.Name
	if name == "" {
		name = a.Text
	}
	return append(rec, a.Code, clean(strings.ToUpper(name)), country, group,
		"", "", "", // ethnic, religion 1, religion 2: not coded
		t[0], t[1], t[2])
}

// gdeltGeo appends the eight geography columns of p: type, full name,
// country, ADM1, ADM2, lat, long, feature id. Types: 1 country, 3 US
// city, 4 world city (anything below country level).
func gdeltGeo(rec []string, p *doc.Place) []string {
	if p == nil || (p.Name == "" && p.Country == "") {
		return append(rec, "0", "", "", "", "", "", "", "")
	}
	typ := "1"
	if p.GeonameID != 0 && (p.Lat != 0 || p.Lon != 0) && !strings.HasSuffix(p.Kind, "country") {
		typ = "4"
		if p.Country == "USA" {
			typ = "3"
		}
	}
	lat, lon, fid := "", "", ""
	if p.Lat != 0 || p.Lon != 0 {
		lat, lon = formatFloat(p.Lat), formatFloat(p.Lon)
	}
	if p.GeonameID != 0 {
		fid = strconv.Itoa(p.GeonameID)
	}
	fips := geo.FIPS(p.Country)
	adm1 := ""
	if typ == "1" {
		adm1 = fips
	}
	return append(rec, typ, clean(p.Name), fips, adm1, "", lat, lon, fid)
}

// GDELTMentions writes mentions as a GDELT 2.0 mentions table: 16
// tab-separated columns, no header. Char offsets are byte offsets into the
// article text, as everywhere in vigie (-1 when the event has no such
// span); Confidence is in percent; MentionDocTone is 0;
// MentionDocTranslationInfo is "srclc:fra" for French articles, which
// vigie codes without translation, and empty for English.
func GDELTMentions(w io.Writer, mentions iter.Seq2[store.Mention, error]) (Stats, error) {
	var st Stats
	for m, err := range mentions {
		if err != nil {
			return st, fmt.Errorf("export: mentions: %w", err)
		}
		ev := &m.Event
		ident := m.URL
		if ident == "" {
			ident = "vigie:doc:" + m.Doc
		}
		trans := ""
		if ev.Lang == "fr" {
			trans = "srclc:fra"
		}
		rec := []string{
			strconv.FormatInt(m.EventSeq, 10),
			m.EventCreated.UTC().Format(gdeltStamp),
			m.DocTime.UTC().Format(gdeltStamp),
			"1", // WEB
			clean(m.Domain),
			clean(ident),
			strconv.Itoa(m.SentenceID),
			offset(ev.Evidence.Source),
			offset(ev.Evidence.Target),
			offset(ev.Evidence.Trigger),
			"1",
			strconv.Itoa(int(math.Round(ev.Confidence * 100))),
			strconv.Itoa(m.DocLen),
			"0",
			trans,
			"",
		}
		if _, err := io.WriteString(w, strings.Join(rec, "\t")+"\n"); err != nil {
			return st, fmt.Errorf("export: mentions: %w", err)
		}
		st.Records++
	}
	return st, nil
}

func offset(sp [2]int) string {
	if sp == [2]int{} {
		return "-1"
	}
	return strconv.Itoa(sp[0])
}

func boolInt(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

func formatFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
