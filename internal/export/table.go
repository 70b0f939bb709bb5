package export

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"strconv"
	"time"

	"github.com/parquet-go/parquet-go"

	"github.com/vigie-events/vigie/internal/store"
)

// Row is an event flattened into columns, for CSV and Parquet.
type Row struct {
	GlobalID        int64    `parquet:"global_id"`
	ID              string   `parquet:"id"`
	Date            string   `parquet:"date"` // YYYY-MM-DD
	DateGranularity string   `parquet:"date_granularity,dict"`
	SourceCode      string   `parquet:"source_code,dict"`
	SourceName      string   `parquet:"source_name"`
	SourceCountry   string   `parquet:"source_country,dict"`
	TargetCode      string   `parquet:"target_code,dict"`
	TargetName      string   `parquet:"target_name"`
	TargetCountry   string   `parquet:"target_country,dict"`
	CAMEO           string   `parquet:"cameo,dict"`
	CAMEORoot       string   `parquet:"cameo_root,dict"`
	Quad            int32    `parquet:"quad"`
	Goldstein       float64  `parquet:"goldstein"`
	PloverEvent     string   `parquet:"plover_event,dict"`
	PloverMode      string   `parquet:"plover_mode,dict"`
	PloverContext   string   `parquet:"plover_context,dict"`
	Modality        string   `parquet:"modality,dict"`
	Lang            string   `parquet:"lang,dict"`
	PlaceName       string   `parquet:"place_name"`
	PlaceCountry    string   `parquet:"place_country,dict"`
	PlaceGeonameID  int64    `parquet:"place_geonameid"`
	PlaceKind       string   `parquet:"place_kind,dict"`
	Lat             *float64 `parquet:"lat,optional"`
	Lon             *float64 `parquet:"lon,optional"`
	IsRoot          bool     `parquet:"is_root"`
	NumMentions     int32    `parquet:"num_mentions"`
	NumSources      int32    `parquet:"num_sources"`
	NumArticles     int32    `parquet:"num_articles"`
	Confidence      float64  `parquet:"confidence"`
	SourceURL       string   `parquet:"source_url"`
	Created         int64    `parquet:"created,timestamp(millisecond)"` // UTC
	Updated         int64    `parquet:"updated,timestamp(millisecond)"`
}

// RowColumns are the CSV header, the Parquet column names in order.
var RowColumns = []string{"global_id", "id", "date", "date_granularity",
	"source_code", "source_name", "source_country", "target_code", "target_name", "target_country",
	"cameo", "cameo_root", "quad", "goldstein", "plover_event", "plover_mode", "plover_context",
	"modality", "lang", "place_name", "place_country", "place_geonameid", "place_kind", "lat", "lon",
	"is_root", "num_mentions", "num_sources", "num_articles", "confidence", "source_url", "created", "updated"}

// NewRow flattens e.
func NewRow(e *store.Event) Row {
	r := Row{
		GlobalID: e.Seq, ID: e.ID, Date: e.Date, DateGranularity: e.DateGranularity,
		SourceCode: e.Source.Code, SourceName: e.Source.Name, SourceCountry: e.Source.Country,
		TargetCode: e.Target.Code, TargetName: e.Target.Name, TargetCountry: e.Target.Country,
		CAMEO: e.CAMEO, CAMEORoot: e.CAMEORoot, Quad: int32(e.Quad), Goldstein: e.Goldstein,
		PloverEvent: e.Plover.Event, PloverMode: e.Plover.Mode, PloverContext: e.Plover.Context,
		Modality: string(e.Modality), Lang: e.Lang,
		IsRoot: e.IsRoot, NumMentions: int32(e.NumMentions), NumSources: int32(e.NumSources), NumArticles: int32(e.NumArticles),
		Confidence: e.Confidence, SourceURL: e.SourceURL,
		Created: e.Created.UnixMilli(), Updated: e.Updated.UnixMilli(),
	}
	if p := e.Place; p != nil {
		r.PlaceName, r.PlaceCountry, r.PlaceGeonameID, r.PlaceKind = p.Name, p.Country, int64(p.GeonameID), p.Kind
		if p.Lat != 0 || p.Lon != 0 {
			lat, lon := p.Lat, p.Lon
			r.Lat, r.Lon = &lat, &lon
		}
	}
	return r
}

func (r *Row) strings() []string {
	opt := func(f *float64) string {
		if f == nil {
			return ""
		}
		return formatFloat(*f)
	}
	i := func(n int64) string { return strconv.FormatInt(n, 10) }
	return []string{i(r.GlobalID), r.ID, r.Date, r.DateGranularity,
		r.SourceCode, r.SourceName, r.SourceCountry, r.TargetCode, r.TargetName, r.TargetCountry,
		r.CAMEO, r.CAMEORoot, i(int64(r.Quad)), formatFloat(r.Goldstein), r.PloverEvent, r.PloverMode, r.PloverContext,
		r.Modality, r.Lang, r.PlaceName, r.PlaceCountry, i(r.PlaceGeonameID), r.PlaceKind, opt(r.Lat), opt(r.Lon),
		strconv.FormatBool(r.IsRoot), i(int64(r.NumMentions)), i(int64(r.NumSources)), i(int64(r.NumArticles)),
		formatFloat(r.Confidence), r.SourceURL,
		msTime(r.Created), msTime(r.Updated)}
}

// msTime formats Unix milliseconds as RFC 3339 UTC.
func msTime(ms int64) string { return time.UnixMilli(ms).UTC().Format(time.RFC3339Nano) }

// CSV writes events as RFC 4180 CSV with a header line (RowColumns).
func CSV(w io.Writer, events iter.Seq2[store.Event, error]) (Stats, error) {
	var st Stats
	cw := csv.NewWriter(w)
	if err := cw.Write(RowColumns); err != nil {
		return st, fmt.Errorf("export: csv: %w", err)
	}
	for e, err := range events {
		if err != nil {
			return st, fmt.Errorf("export: csv: %w", err)
		}
		r := NewRow(&e)
		if err := cw.Write(r.strings()); err != nil {
			return st, fmt.Errorf("export: csv: %w", err)
		}
		st.Records++
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return st, fmt.Errorf("export: csv: %w", err)
	}
	return st, nil
}

// parquetBatch is the number of rows buffered before a write.
const parquetBatch = 4096

// Parquet writes events as a Parquet file of Rows, Snappy-compressed (the
// codec every Parquet reader has: pandas, DuckDB, Spark, hyparquet), in
// row groups of parquet-go's default size.
func Parquet(w io.Writer, events iter.Seq2[store.Event, error]) (Stats, error) {
	var st Stats
	pw := parquet.NewGenericWriter[Row](w, parquet.Compression(&parquet.Snappy))
	buf := make([]Row, 0, parquetBatch)
	flush := func() error {
		if _, err := pw.Write(buf); err != nil {
			return err
		}
		buf = buf[:0]
		return nil
	}
	for e, err := range events {
		if err != nil {
			return st, fmt.Errorf("export: parquet: %w", err)
		}
		buf = append(buf, NewRow(&e))
		if len(buf) == parquetBatch {
			if err := flush(); err != nil {
				return st, fmt.Errorf("export: parquet: %w", err)
			}
		}
		st.Records++
	}
	if err := flush(); err != nil {
		return st, fmt.Errorf("export: parquet: %w", err)
	}
	if err := pw.Close(); err != nil {
		return st, fmt.Errorf("export: parquet: %w", err)
	}
	return st, nil
}

// GeoJSON writes the events that have coordinates as a GeoJSON
// FeatureCollection of points; the others are counted in Stats.Skipped.
// Each feature's properties are the event as the API returns it.
func GeoJSON(w io.Writer, events iter.Seq2[store.Event, error]) (Stats, error) {
	var st Stats
	if _, err := io.WriteString(w, `{"type":"FeatureCollection","features":[`); err != nil {
		return st, fmt.Errorf("export: geojson: %w", err)
	}
	type geometry struct {
		Type        string     `json:"type"`
		Coordinates [2]float64 `json:"coordinates"`
	}
	type feature struct {
		Type       string       `json:"type"`
		ID         string       `json:"id"`
		Geometry   geometry     `json:"geometry"`
		Properties *store.Event `json:"properties"`
	}
	for e, err := range events {
		if err != nil {
			return st, fmt.Errorf("export: geojson: %w", err)
		}
		if e.Place == nil || (e.Place.Lat == 0 && e.Place.Lon == 0) {
			st.Skipped++
			continue
		}
		b, err := json.Marshal(feature{Type: "Feature", ID: e.ID,
			Geometry: geometry{Type: "Point", Coordinates: [2]float64{e.Place.Lon, e.Place.Lat}}, Properties: &e})
		if err != nil {
			return st, fmt.Errorf("export: geojson: %w", err)
		}
		sep := ",\n"
		if st.Records == 0 {
			sep = "\n"
		}
		if _, err := io.WriteString(w, sep+string(b)); err != nil {
			return st, fmt.Errorf("export: geojson: %w", err)
		}
		st.Records++
	}
	if _, err := io.WriteString(w, "\n]}\n"); err != nil {
		return st, fmt.Errorf("export: geojson: %w", err)
	}
	return st, nil
}
