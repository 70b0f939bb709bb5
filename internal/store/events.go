package store

import (
	"cmp"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/vigie-events/vigie/internal/doc"
)

// Entity is a named entity of a document, with every mention of it.
type Entity struct {
	Type     string     `json:"type"` // PER, ORG, LOC, NORP
	Text     string     `json:"text"`
	Code     string     `json:"code,omitempty"` // CAMEO actor code, when coded
	Name     string     `json:"name,omitempty"`
	Wikidata string     `json:"wikidata,omitempty"`
	Mentions []doc.Span `json:"mentions"`
}

// Annotations are what the coder found in one document.
type Annotations struct {
	DocID    string
	Events   []doc.Event
	Entities []Entity
}

// EventsResult says what PutEvents did.
type EventsResult struct {
	Mentions int // mentions the documents now have
	Added    int // mentions new to the store
	Removed  int // mentions that the new coding no longer has
	Events   int // aggregated events whose values changed, were created or deleted
}

// modalityRank orders modalities from the most certain: an aggregated
// event takes the most certain modality of its mentions.
var modalityRank = map[doc.Modality]int{
	doc.Asserted:     0,
	doc.Reported:     1,
	doc.Future:       2,
	doc.Hypothetical: 3,
	doc.Negated:      4,
}

// EventKey returns the id of the aggregated event that e is a mention of:
// a hash of its source code, target code, CAMEO code and day, the key by
// which GDELT aggregates. The day is e.Date's calendar day in e.Date's own
// location.
func EventKey(e *doc.Event) string {
	return hashID("event", e.Source.Code, e.Target.Code, e.CAMEO, dayOf(e.Date))
}

func dayOf(t time.Time) string { return t.Format("20060102") }

func hashID(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// Domain returns the host of rawURL, lower case, without "www." and port;
// "" when there is none.
func Domain(rawURL string) string {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil || u.Host == "" {
		return ""
	}
	h := strings.ToLower(u.Hostname())
	return strings.TrimPrefix(h, "www.")
}

// PutEvents replaces the events and entities of one document; see
// PutEventsBatch.
func (s *SQLite) PutEvents(ctx context.Context, docID string, events []doc.Event, entities []Entity) (EventsResult, error) {
	return s.PutEventsBatch(ctx, []Annotations{{DocID: docID, Events: events, Entities: entities}})
}

// PutEventsBatch stores the coder's output for stored documents, in one
// transaction. Each document's events and entities replace those it had:
// re-coding a document replaces its mentions. Mention ids are hashes of the
// document, the aggregated event and the evidence spans, so a mention that
// the new coding still has keeps its id and row; an aggregated event keeps
// its id and GLOBALEVENTID as long as any mention of it is left, and its
// updated time changes only when one of its values does.
//
// An event must have a CAMEO code and a date; its spans must lie inside the
// document's text. A document that is not stored gives an error wrapping
// ErrNotFound, and nothing of the batch is stored.
func (s *SQLite) PutEventsBatch(ctx context.Context, batch []Annotations) (EventsResult, error) {
	var res EventsResult
	if len(batch) == 0 {
		return res, nil
	}
	now := time.Now().UTC().Format(stampFormat)
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return res, fmt.Errorf("store: put events: begin: %w", err)
	}
	defer tx.Rollback()
	w := &eventWriter{tx: tx, now: now, touched: map[int64]bool{}}
	for _, a := range batch {
		if err := w.putDoc(ctx, a, &res); err != nil {
			return EventsResult{}, fmt.Errorf("store: put events of %s: %w", a.DocID, err)
		}
	}
	n, err := w.refresh(ctx)
	if err != nil {
		return EventsResult{}, fmt.Errorf("store: put events: %w", err)
	}
	res.Events = n
	if err := tx.Commit(); err != nil {
		return EventsResult{}, fmt.Errorf("store: put events: commit: %w", err)
	}
	return res, nil
}

// eventWriter writes events inside one transaction and remembers which
// aggregated events need their values recomputed.
type eventWriter struct {
	tx      *sql.Tx
	stmts   map[string]*sql.Stmt // prepared in tx, by SQL text
	now     string
	touched map[int64]bool // event seqs whose mentions changed
}

// docInfo is what aggregation needs to know about a stored document.
type docInfo struct {
	url, domain, sourceKey, time string
	textLen, leadEnd             int
}

func (w *eventWriter) docInfo(ctx context.Context, id string) (docInfo, error) {
	var (
		di                 docInfo
		published, fetched sql.NullString
		paras, created     string
	)
	err := w.queryRow(ctx, `SELECT url, published, fetched, created, length(CAST(text AS BLOB)), paragraphs
FROM documents WHERE id = ?`, id).Scan(&di.url, &published, &fetched, &created, &di.textLen, &paras)
	if errors.Is(err, sql.ErrNoRows) {
		return di, fmt.Errorf("document %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return di, err
	}
	di.time = created
	for _, t := range []sql.NullString{fetched, published} {
		if pt, err := parseTime(t); err == nil && !pt.IsZero() {
			di.time = pt.UTC().Format(stampFormat)
		}
	}
	var ps []doc.Span
	if json.Unmarshal([]byte(paras), &ps) == nil && len(ps) > 0 {
		di.leadEnd = ps[0].End
	}
	di.domain = Domain(di.url)
	di.sourceKey, err = w.sourceKey(ctx, id, di.domain)
	return di, err
}

// sourceKey is what counts as one source for NumSources: the domain of the
// document's original when it is a syndicated copy, else its own domain,
// else the document itself.
func (w *eventWriter) sourceKey(ctx context.Context, id, domain string) (string, error) {
	var origID, origURL string
	err := w.queryRow(ctx, `SELECT l.original_id, d.url FROM document_links AS l
JOIN documents AS d ON d.id = l.original_id WHERE l.doc_id = ?`, id).Scan(&origID, &origURL)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		origID = id
	case err != nil:
		return "", err
	default:
		domain = Domain(origURL)
	}
	if domain != "" {
		return domain, nil
	}
	return "doc:" + origID, nil
}

// mentionRow is one coded event ready to store.
type mentionRow struct {
	id, eventID string
	ord         int
	sentenceID  int
	inLead      bool
	e           *doc.Event
	data        string
}

func (w *eventWriter) putDoc(ctx context.Context, a Annotations, res *EventsResult) error {
	di, err := w.docInfo(ctx, a.DocID)
	if err != nil {
		return err
	}
	rows, err := mentionRows(a, di)
	if err != nil {
		return err
	}

	old := map[string]int64{} // mention id → event seq
	q, err := w.query(ctx, "SELECT id, event_seq FROM event_mentions WHERE doc_id = ?", a.DocID)
	if err != nil {
		return err
	}
	for q.Next() {
		var (
			id  string
			seq int64
		)
		if err := q.Scan(&id, &seq); err != nil {
			q.Close()
			return err
		}
		old[id] = seq
	}
	if err := errors.Join(q.Err(), q.Close()); err != nil {
		return err
	}

	for i := range rows {
		r := &rows[i]
		seq, err := w.eventSeq(ctx, r)
		if err != nil {
			return err
		}
		if _, ok := old[r.id]; ok {
			delete(old, r.id)
		} else {
			res.Added++
		}
		up, err := w.exec(ctx, `INSERT INTO event_mentions (id, event_seq, doc_id, ord, url, domain, source_key,
	doc_time, doc_len, sentence_id, in_lead, modality, confidence, data, created, updated)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?15)
ON CONFLICT (id) DO UPDATE SET event_seq = excluded.event_seq, ord = excluded.ord, url = excluded.url,
	domain = excluded.domain, source_key = excluded.source_key, doc_time = excluded.doc_time,
	doc_len = excluded.doc_len, sentence_id = excluded.sentence_id, in_lead = excluded.in_lead,
	modality = excluded.modality, confidence = excluded.confidence, data = excluded.data, updated = excluded.updated
WHERE (event_seq, ord, url, domain, source_key, doc_time, doc_len, sentence_id, in_lead, modality, confidence, data) IS NOT
	(excluded.event_seq, excluded.ord, excluded.url, excluded.domain, excluded.source_key, excluded.doc_time,
	excluded.doc_len, excluded.sentence_id, excluded.in_lead, excluded.modality, excluded.confidence, excluded.data)`,
			r.id, seq, a.DocID, r.ord, di.url, di.domain, di.sourceKey, di.time, di.textLen,
			r.sentenceID, r.inLead, string(r.e.Modality), r.e.Confidence, r.data, w.now)
		if err != nil {
			return fmt.Errorf("mention %d: %w", r.ord, err)
		}
		if n, _ := up.RowsAffected(); n > 0 {
			w.touched[seq] = true
		}
	}
	for id, seq := range old {
		if _, err := w.exec(ctx, "DELETE FROM event_mentions WHERE id = ?", id); err != nil {
			return fmt.Errorf("drop mention %s: %w", id, err)
		}
		w.touched[seq] = true
		res.Removed++
	}
	res.Mentions += len(rows)

	if _, err := w.exec(ctx, "DELETE FROM entities WHERE doc_id = ?", a.DocID); err != nil {
		return fmt.Errorf("entities: %w", err)
	}
	for i, en := range a.Entities {
		for _, sp := range en.Mentions {
			if !sp.Valid(di.textLen) {
				return fmt.Errorf("entity %d: span [%d, %d) outside the text (%d bytes)", i, sp.Start, sp.End, di.textLen)
			}
		}
		spans := en.Mentions
		if spans == nil {
			spans = []doc.Span{}
		}
		ms, err := json.Marshal(spans)
		if err != nil {
			return fmt.Errorf("entity %d: %w", i, err)
		}
		if _, err := w.exec(ctx, `INSERT INTO entities (doc_id, ord, type, text, code, name, wikidata, mentions)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, a.DocID, i, en.Type, en.Text, en.Code, en.Name, en.Wikidata, string(ms)); err != nil {
			return fmt.Errorf("entity %d: %w", i, err)
		}
	}
	return nil
}

// mentionRows checks a document's events and turns them into rows. Two
// events with the same aggregated event and the same evidence are one
// mention.
func mentionRows(a Annotations, di docInfo) ([]mentionRow, error) {
	starts := make([]int, 0, len(a.Events))
	for i := range a.Events {
		starts = append(starts, a.Events[i].Sentence.Start)
	}
	slices.Sort(starts)
	starts = slices.Compact(starts)

	seen := map[string]bool{}
	var rows []mentionRow
	for i := range a.Events {
		e := a.Events[i] // a copy: Doc is set below
		if err := checkEvent(&e, di.textLen); err != nil {
			return nil, fmt.Errorf("event %d: %w", i, err)
		}
		e.Doc = a.DocID
		eid := EventKey(&e)
		ev := e.Evidence
		mid := hashID("mention", a.DocID, eid,
			strconv.Itoa(e.Sentence.Start), strconv.Itoa(e.Sentence.End),
			strconv.Itoa(ev.Source[0]), strconv.Itoa(ev.Source[1]),
			strconv.Itoa(ev.Target[0]), strconv.Itoa(ev.Target[1]),
			strconv.Itoa(ev.Trigger[0]), strconv.Itoa(ev.Trigger[1]))
		if seen[mid] {
			continue
		}
		seen[mid] = true
		data, err := json.Marshal(&e)
		if err != nil {
			return nil, fmt.Errorf("event %d: %w", i, err)
		}
		sid, _ := slices.BinarySearch(starts, e.Sentence.Start)
		lead := sid == 0
		if di.leadEnd > 0 {
			lead = e.Sentence.Start < di.leadEnd
		}
		rows = append(rows, mentionRow{id: mid, eventID: eid, ord: i, sentenceID: sid + 1, inLead: lead, e: &e, data: string(data)})
	}
	return rows, nil
}

// checkEvent refuses an event that cannot be aggregated or whose spans
// point outside the text.
func checkEvent(e *doc.Event, n int) error {
	if e.CAMEO == "" {
		return errors.New("no CAMEO code")
	}
	if e.Date.IsZero() {
		return errors.New("no date")
	}
	spans := map[string][2]int{
		"sentence": {e.Sentence.Start, e.Sentence.End},
		"source":   e.Evidence.Source,
		"target":   e.Evidence.Target,
		"trigger":  e.Evidence.Trigger,
	}
	for _, name := range []string{"sentence", "source", "target", "trigger"} {
		sp := spans[name]
		if sp == [2]int{} {
			continue
		}
		if !(doc.Span{Start: sp[0], End: sp[1]}).Valid(n) {
			return fmt.Errorf("%s span [%d, %d) outside the text (%d bytes)", name, sp[0], sp[1], n)
		}
	}
	return nil
}

// eventSeq returns the seq of r's aggregated event, creating the row from
// r when it is new.
func (w *eventWriter) eventSeq(ctx context.Context, r *mentionRow) (int64, error) {
	var seq int64
	err := w.queryRow(ctx, "SELECT seq FROM events WHERE id = ?", r.eventID).Scan(&seq)
	if err == nil {
		return seq, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return 0, err
	}
	e := r.e
	v := eventValues(e)
	res, err := w.exec(ctx, `INSERT INTO events (id, day, source_code, target_code, cameo, `+eventValueColumns+`,
	is_root, num_mentions, num_sources, num_articles, confidence, first_doc, source_url, created, updated)
VALUES (?, ?, ?, ?, ?, `+strings.Repeat("?, ", len(v))+`0, 0, 0, 0, 0, '', '', ?, ?)`,
		append(append([]any{r.eventID, dayInt(e.Date), e.Source.Code, e.Target.Code, e.CAMEO}, v...), w.now, w.now)...)
	if err != nil {
		return 0, fmt.Errorf("new event: %w", err)
	}
	seq, err = res.LastInsertId()
	if err != nil {
		return 0, err
	}
	if _, err := w.exec(ctx, "DELETE FROM event_tombstones WHERE id = ?", r.eventID); err != nil {
		return 0, err
	}
	w.touched[seq] = true
	return seq, nil
}

func dayInt(t time.Time) int { return t.Year()*10000 + int(t.Month())*100 + t.Day() }

// eventValueColumns are the columns of events copied from the
// representative mention, in the order of eventValues.
const eventValueColumns = `cameo_root, date_granularity,
	source_name, source_country, source_wikidata, source_text,
	target_name, target_country, target_wikidata, target_text,
	quad, goldstein, plover_event, plover_mode, plover_context, modality, lang,
	place_name, place_geonameid, place_country, place_kind, lat, lon`

// eventValues returns the values of eventValueColumns taken from e.
func eventValues(e *doc.Event) []any {
	var (
		p        doc.Place
		lat, lon any
	)
	if e.Place != nil {
		p = *e.Place
		if p.Lat != 0 || p.Lon != 0 {
			lat, lon = p.Lat, p.Lon
		}
	}
	root := e.CAMEORoot
	if root == "" && len(e.CAMEO) >= 2 {
		root = e.CAMEO[:2]
	}
	return []any{root, cmp.Or(e.DateGranularity, "day"),
		e.Source.Name, ActorCountry(e.Source.Code), e.Source.Wikidata, e.Source.Text,
		e.Target.Name, ActorCountry(e.Target.Code), e.Target.Wikidata, e.Target.Text,
		e.Quad, e.Goldstein, e.Plover.Event, e.Plover.Mode, e.Plover.Context, string(e.Modality), e.Lang,
		p.Name, p.GeonameID, p.Country, p.Kind, lat, lon}
}

// refresh recomputes the aggregated values of every touched event, deletes
// those left without mentions, and returns how many rows changed.
func (w *eventWriter) refresh(ctx context.Context) (int, error) {
	seqs := make([]int64, 0, len(w.touched))
	for seq := range w.touched {
		seqs = append(seqs, seq)
	}
	slices.Sort(seqs)
	changed := 0
	for _, seq := range seqs {
		c, err := w.refreshOne(ctx, seq)
		if err != nil {
			return changed, fmt.Errorf("aggregate event %d: %w", seq, err)
		}
		if c {
			changed++
		}
	}
	w.touched = map[int64]bool{}
	return changed, nil
}

func (w *eventWriter) refreshOne(ctx context.Context, seq int64) (bool, error) {
	var (
		n, articles, sources, lead int
		conf                       float64
		rank                       sql.NullInt64
	)
	err := w.queryRow(ctx, `SELECT count(*), count(DISTINCT doc_id), count(DISTINCT source_key),
	coalesce(max(in_lead), 0), coalesce(max(confidence), 0),
	min(CASE modality WHEN 'asserted' THEN 0 WHEN 'reported' THEN 1 WHEN 'future' THEN 2 WHEN 'hypothetical' THEN 3 ELSE 4 END)
FROM event_mentions WHERE event_seq = ?`, seq).Scan(&n, &articles, &sources, &lead, &conf, &rank)
	if err != nil {
		return false, err
	}
	if n == 0 {
		var id string
		if err := w.queryRow(ctx, "DELETE FROM events WHERE seq = ? RETURNING id", seq).Scan(&id); err != nil {
			if errors.Is(err, sql.ErrNoRows) {
				return false, nil
			}
			return false, err
		}
		_, err := w.exec(ctx, `INSERT INTO event_tombstones (id, seq, deleted) VALUES (?, ?, ?)
ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted`, id, seq, w.now)
		return true, err
	}
	// The representative mention: the earliest article's, then the
	// first stored.
	var (
		firstDoc, firstURL, data string
	)
	if err := w.queryRow(ctx, `SELECT doc_id, url, data FROM event_mentions WHERE event_seq = ?
ORDER BY doc_time, seq LIMIT 1`, seq).Scan(&firstDoc, &firstURL, &data); err != nil {
		return false, err
	}
	var e doc.Event
	if err := json.Unmarshal([]byte(data), &e); err != nil {
		return false, fmt.Errorf("mention data: %w", err)
	}
	if e.Place == nil {
		// Take the place of another mention that has one.
		var pd string
		err := w.queryRow(ctx, `SELECT data FROM event_mentions WHERE event_seq = ?
	AND json_type(data, '$.place') = 'object' ORDER BY json_extract(data, '$.place.kind') <> 'action', doc_time, seq LIMIT 1`, seq).Scan(&pd)
		switch {
		case err == nil:
			var pe doc.Event
			if err := json.Unmarshal([]byte(pd), &pe); err != nil {
				return false, fmt.Errorf("mention data: %w", err)
			}
			e.Place = pe.Place
		case !errors.Is(err, sql.ErrNoRows):
			return false, err
		}
	}
	for m, r := range modalityRank {
		if rank.Valid && int64(r) == rank.Int64 {
			e.Modality = m
		}
	}
	v := eventValues(&e)
	args := append(v, lead, n, sources, articles, conf, firstDoc, firstURL, w.now, seq)
	cols := eventValueColumns + `, is_root, num_mentions, num_sources, num_articles, confidence, first_doc, source_url`
	ph := strings.TrimSuffix(strings.Repeat("?, ", len(v)+7), ", ")
	res, err := w.exec(ctx, `UPDATE events SET (`+cols+`, updated) = (`+ph+`, ?)
WHERE seq = ? AND (`+cols+`) IS NOT (`+ph+`)`, append(args, args[:len(v)+7]...)...)
	if err != nil {
		return false, err
	}
	c, err := res.RowsAffected()
	return c > 0, err
}

// ActorCountry returns the country part of a CAMEO actor code: its first
// three letters when they are not a role or group code (GOV, IGO, REB…);
// "" otherwise.
func ActorCountry(code string) string {
	if len(code) < 3 {
		return ""
	}
	c := code[:3]
	if actorTypes[c] || actorGroups[c] {
		return ""
	}
	for i := range 3 {
		if c[i] < 'A' || c[i] > 'Z' {
			return ""
		}
	}
	return c
}

// ActorParts splits a CAMEO actor code as GDELT does: country, known
// group (for IGO, NGO, MNC… codes), and up to three role types.
func ActorParts(code string) (country, group string, types []string) {
	country = ActorCountry(code)
	rest := code
	if country != "" {
		rest = code[3:]
	}
	for len(rest) >= 3 {
		c := rest[:3]
		rest = rest[3:]
		switch {
		case actorGroups[c] && group == "" && len(rest) >= 3 && !actorTypes[rest[:3]]:
			// IGOUNO: the group is the code after IGO.
			group = rest[:3]
			types = append(types, c)
			rest = rest[3:]
		case actorTypes[c] || actorGroups[c]:
			types = append(types, c)
		}
	}
	if len(types) > 3 {
		types = types[:3]
	}
	return country, group, types
}

// actorTypes are CAMEO's role codes.
var actorTypes = map[string]bool{
	"COP": true, "GOV": true, "INS": true, "JUD": true, "MIL": true, "OPP": true, "REB": true,
	"SEP": true, "SPY": true, "UAF": true, "AGR": true, "BUS": true, "CRM": true, "CVL": true,
	"DEV": true, "EDU": true, "ELI": true, "ENV": true, "HLH": true, "HRI": true, "LAB": true,
	"LEG": true, "MED": true, "REF": true, "MOD": true, "RAD": true, "PTY": true, "REL": true,
	"SET": true, "ATH": true,
}

// actorGroups are the organisation-kind codes of CAMEO, after which a
// known group's own code may follow.
var actorGroups = map[string]bool{
	"IGO": true, "NGO": true, "NGM": true, "MNC": true, "IMG": true,
}
