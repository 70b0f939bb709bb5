package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/vigie-events/vigie/internal/doc"
	"github.com/vigie-events/vigie/internal/store"
)

// SynthConfig sets up Synthesize.
type SynthConfig struct {
	Events   int       // aggregated events to reach
	Seed     uint64    // random seed
	Start    time.Time // first day; default 2024-01-01
	Days     int       // days covered; default 365
	PerDoc   int       // events per article; default 5
	Batch    int       // articles per transaction; default 2000
	Progress func(events int)
}

var (
	synthCountries = []struct {
		code, city string
		lat, lon   float64
	}{
		{"FRA", "Paris", 48.85, 2.35}, {"MAR", "Rabat", 34.01, -6.83}, {"DZA", "Alger", 36.75, 3.06},
		{"TUN", "Tunis", 36.8, 10.18}, {"USA", "Washington", 38.9, -77.04}, {"RUS", "Moscou", 55.75, 37.62},
		{"UKR", "Kyiv", 50.45, 30.52}, {"DEU", "Berlin", 52.52, 13.4}, {"GBR", "London", 51.5, -0.12},
		{"CHN", "Beijing", 39.9, 116.4}, {"ISR", "Jérusalem", 31.77, 35.21}, {"PSE", "Gaza", 31.5, 34.47},
		{"IRN", "Téhéran", 35.7, 51.42}, {"SEN", "Dakar", 14.69, -17.44}, {"MLI", "Bamako", 12.64, -8.0},
		{"NER", "Niamey", 13.51, 2.11}, {"CIV", "Abidjan", 5.35, -4.0}, {"BEL", "Bruxelles", 50.85, 4.35},
		{"ESP", "Madrid", 40.42, -3.7}, {"ITA", "Rome", 41.9, 12.5}, {"TUR", "Ankara", 39.93, 32.86},
		{"EGY", "Le Caire", 30.04, 31.24}, {"LBN", "Beyrouth", 33.89, 35.5}, {"SYR", "Damas", 33.51, 36.29},
		{"CAN", "Ottawa", 45.42, -75.7}, {"BRA", "Brasília", -15.8, -47.9}, {"IND", "New Delhi", 28.61, 77.2},
		{"JPN", "Tokyo", 35.68, 139.69}, {"ZAF", "Pretoria", -25.75, 28.19}, {"NGA", "Abuja", 9.06, 7.49},
	}
	synthRoles  = []string{"", "GOV", "MIL", "OPP", "CVL", "REB", "BUS", "MED", "JUD", "COP"}
	synthCodes  = []string{"010", "012", "020", "036", "040", "042", "043", "046", "051", "057", "061", "071", "0831", "090", "111", "112", "120", "128", "130", "138", "141", "145", "150", "163", "173", "175", "180", "190", "193", "195", "200"}
	synthPlover = map[string]string{"01": "", "02": "", "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE",
		"07": "AID", "08": "CONCEDE", "09": "INVESTIGATE", "10": "DEMAND", "11": "DISAPPROVE", "12": "REJECT",
		"13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE", "18": "ASSAULT",
		"19": "ASSAULT", "20": "ASSAULT"}
	synthVerbs   = []string{"a rencontré", "a condamné", "a soutenu", "a menacé", "a accusé", "a visité", "a attaqué", "met en garde"}
	synthDomains = []string{"lemonde.fr", "lefigaro.fr", "liberation.fr", "france24.com", "rfi.fr", "bbc.co.uk",
		"theguardian.com", "apnews.com", "reuters.com", "hespress.com", "le360.ma", "jeuneafrique.com", "aljazeera.com",
		"tsa-algerie.com", "lapresse.tn", "lesoir.be", "letemps.ch", "ouest-france.fr", "20minutes.fr", "nytimes.com"}
	synthModalities = []doc.Modality{doc.Asserted, doc.Asserted, doc.Asserted, doc.Reported, doc.Reported, doc.Future, doc.Hypothetical}
)

func quadOf(root string) int {
	switch {
	case root <= "05":
		return 1
	case root <= "08":
		return 2
	case root <= "14":
		return 3
	}
	return 4
}

// Synthesize fills st with synthetic articles and events until it holds at
// least cfg.Events aggregated events: for benchmarks, never for real data.
// Countries, roles, codes, domains and places are drawn from skewed
// distributions, so filters select realistic shares.
func Synthesize(ctx context.Context, st *store.SQLite, cfg SynthConfig) error {
	if cfg.Start.IsZero() {
		cfg.Start = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	cfg.Days = max(cfg.Days, 0)
	if cfg.Days == 0 {
		cfg.Days = 365
	}
	if cfg.PerDoc <= 0 {
		cfg.PerDoc = 5
	}
	if cfg.Batch <= 0 {
		cfg.Batch = 2000
	}
	r := rand.New(rand.NewPCG(cfg.Seed, 0x76696769))
	skew := func(n int) int { // about Zipf: small indexes are frequent
		return min(n-1, int(float64(n)*r.Float64()*r.Float64()))
	}
	have, err := st.CountEvents(ctx)
	if err != nil {
		return err
	}
	docNo := have
	for have < cfg.Events {
		var (
			docs []*doc.Document
			anns []store.Annotations
		)
		for range cfg.Batch {
			docNo++
			id := fmt.Sprintf("synth%09d", docNo)
			dom := synthDomains[skew(len(synthDomains))]
			day := cfg.Start.AddDate(0, 0, r.IntN(cfg.Days))
			lang := "fr"
			if r.IntN(3) == 0 {
				lang = "en"
			}
			var (
				b   strings.Builder
				evs []doc.Event
			)
			b.WriteString("Dépêche de synthèse pour les mesures de vigie. ")
			for range cfg.PerDoc {
				sc := synthCountries[skew(len(synthCountries))]
				tc := synthCountries[skew(len(synthCountries))]
				src := sc.code + synthRoles[r.IntN(len(synthRoles))]
				tgt := tc.code + synthRoles[r.IntN(len(synthRoles))]
				code := synthCodes[r.IntN(len(synthCodes))]
				verb := synthVerbs[r.IntN(len(synthVerbs))]
				start := b.Len()
				fmt.Fprintf(&b, "Le représentant de %s %s celui de %s à %s. ", src, verb, tgt, tc.city)
				sent := strings.TrimSpace(b.String()[start:])
				vi := start + strings.Index(sent, verb)
				e := doc.Event{
					Lang: lang, Date: day.AddDate(0, 0, -r.IntN(3)), DateGranularity: "day",
					Source: doc.Actor{Text: src, Code: src}, Target: doc.Actor{Text: tgt, Code: tgt},
					CAMEO: code, CAMEORoot: code[:2], Quad: quadOf(code[:2]), Goldstein: float64(r.IntN(21)-10) / 2,
					Plover:   doc.Plover{Event: synthPlover[code[:2]]},
					Modality: synthModalities[r.IntN(len(synthModalities))],
					Sentence: doc.SentenceRef{Text: sent, Start: start, End: start + len(sent)},
					Evidence: doc.Evidence{
						Source:  [2]int{start + 18, start + 18 + len(src)},
						Trigger: [2]int{vi, vi + len(verb)},
					},
					Confidence: 0.5 + r.Float64()/2, Rule: "synth",
				}
				switch p := r.IntN(10); {
				case p < 7:
					e.Place = &doc.Place{Name: tc.city, Country: tc.code, GeonameID: 1000 + r.IntN(100000),
						Lat: tc.lat + r.NormFloat64()*0.5, Lon: tc.lon + r.NormFloat64()*0.5, Kind: "action"}
				case p < 9:
					e.Place = &doc.Place{Name: tc.code, Country: tc.code, Kind: "target-country"}
				}
				evs = append(evs, e)
			}
			docs = append(docs, &doc.Document{ID: id, URL: "https://www." + dom + "/" + id, Title: "Synthèse " + id,
				Text: b.String(), Published: day.Add(time.Duration(r.IntN(86400)) * time.Second), Lang: lang, LangSupported: true})
			anns = append(anns, store.Annotations{DocID: id, Events: evs})
		}
		if _, err := st.PutBatch(ctx, docs); err != nil {
			return err
		}
		res, err := st.PutEventsBatch(ctx, anns)
		if err != nil {
			return err
		}
		have += res.Events // new events (changed ones are few: a synthetic key rarely repeats)
		if cfg.Progress != nil {
			cfg.Progress(have)
		}
	}
	return nil
}

// TypicalQueries are GET /api/events query strings of the kinds an
// analyst's tools send, over the days [start, start+days).
func TypicalQueries(start time.Time, days int) []string {
	d := func(n int) string { return start.AddDate(0, 0, n%max(days, 1)).Format(time.DateOnly) }
	return []string{
		"",
		"root=14",
		"root=19&from=" + d(days/2) + "&to=" + d(days/2+30),
		"from=" + d(days-7) + "&to=" + d(days-1),
		"actor=USA*",
		"source=FRAGOV&sort=-mentions",
		"country=MAR&quad=4",
		"cameo=04*&lang=fr",
		"plover=PROTEST&from=" + d(days/3),
		"bbox=-10,30,10,50",
		"bbox=-10,30,10,50&root=18",
		"modality=hypothetical&quad=3",
		"actor=RUS*&target=UKR*",
		"domain=lemonde.fr",
		"sort=updated&updated_since=" + start.Format(time.RFC3339),
		"quad=1,2&from=" + d(days/4) + "&to=" + d(days/4+14) + "&limit=500",
	}
}

// LoadConfig sets up LoadTest.
type LoadConfig struct {
	// BaseURL is the server, on the loopback interface only
	// (http://127.0.0.1:PORT).
	BaseURL  string
	Rate     int           // requests per second, sent on a fixed schedule
	Duration time.Duration // how long to send
	Queries  []string      // query strings of /api/events, sent in turn
	// MaxInFlight bounds the requests waiting for an answer; beyond it a
	// scheduled request is dropped and counted. Default 256.
	MaxInFlight int
}

// Latencies summarises response times.
type Latencies struct {
	N                  int
	P50, P90, P99, Max time.Duration
}

func summarise(ds []time.Duration) Latencies {
	if len(ds) == 0 {
		return Latencies{}
	}
	slices.Sort(ds)
	q := func(p float64) time.Duration { return ds[min(len(ds)-1, int(p*float64(len(ds))))] }
	return Latencies{N: len(ds), P50: q(0.50), P90: q(0.90), P99: q(0.99), Max: ds[len(ds)-1]}
}

// LoadResult is what LoadTest measured. Latency runs from the time a
// request was scheduled, not sent, so a slow server cannot hide queueing
// (no coordinated omission).
type LoadResult struct {
	Sent, OK, Failed, Dropped int
	Elapsed                   time.Duration
	All                       Latencies
	ByQuery                   map[string]Latencies
}

// LoadTest sends GET /api/events requests at a fixed rate for a bounded
// time to a server on the loopback interface, and measures latency.
func LoadTest(ctx context.Context, cfg LoadConfig) (LoadResult, error) {
	var res LoadResult
	u, err := url.Parse(cfg.BaseURL)
	if err != nil {
		return res, fmt.Errorf("server: load test: %w", err)
	}
	ip := net.ParseIP(u.Hostname())
	if u.Scheme != "http" || ip == nil || !ip.IsLoopback() {
		return res, errors.New("server: load test: the target must be http:// on a loopback address (127.0.0.1)")
	}
	if cfg.Rate <= 0 || cfg.Rate > 10000 || cfg.Duration <= 0 || cfg.Duration > 10*time.Minute || len(cfg.Queries) == 0 {
		return res, errors.New("server: load test: want a rate of 1 to 10000/s, a duration up to 10 minutes and queries")
	}
	if cfg.MaxInFlight <= 0 {
		cfg.MaxInFlight = 256
	}
	client := &http.Client{
		Timeout:   30 * time.Second,
		Transport: &http.Transport{MaxIdleConns: cfg.MaxInFlight, MaxIdleConnsPerHost: cfg.MaxInFlight, IdleConnTimeout: time.Minute},
	}
	defer client.CloseIdleConnections()

	var (
		mu      sync.Mutex
		all     []time.Duration
		byQuery = map[string][]time.Duration{}
		wg      sync.WaitGroup
		sem     = make(chan struct{}, cfg.MaxInFlight)
	)
	interval := time.Second / time.Duration(cfg.Rate)
	total := int(cfg.Duration / interval)
	begin := time.Now()
	for i := range total {
		due := begin.Add(time.Duration(i) * interval)
		if wait := time.Until(due); wait > 0 {
			select {
			case <-time.After(wait):
			case <-ctx.Done():
				wg.Wait()
				return res, ctx.Err()
			}
		}
		q := cfg.Queries[i%len(cfg.Queries)]
		select {
		case sem <- struct{}{}:
		default:
			res.Dropped++
			continue
		}
		res.Sent++
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			ok := get(ctx, client, cfg.BaseURL+"/api/events?"+q)
			lat := time.Since(due)
			mu.Lock()
			defer mu.Unlock()
			if !ok {
				res.Failed++
				return
			}
			res.OK++
			all = append(all, lat)
			byQuery[q] = append(byQuery[q], lat)
		}()
	}
	wg.Wait()
	res.Elapsed = time.Since(begin)
	res.All = summarise(all)
	res.ByQuery = map[string]Latencies{}
	for q, ds := range byQuery {
		res.ByQuery[q] = summarise(ds)
	}
	return res, nil
}

func get(ctx context.Context, c *http.Client, u string) bool {
	req, err := http.NewRequestWithContext(ctx, "GET", u, nil)
	if err != nil {
		return false
	}
	resp, err := c.Do(req)
	if err != nil {
		return false
	}
	defer resp.Body.Close()
	_, err = io.Copy(io.Discard, resp.Body)
	return err == nil && resp.StatusCode == http.StatusOK
}
