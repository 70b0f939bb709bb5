-- 0002: coded events aggregated as GDELT does, their mentions with the
-- evidence, the entities of each document, and the links from syndicated
-- copies to their original.

-- One row per aggregated event: the same source actor code, target actor
-- code, CAMEO code and day, however many sentences, articles and sources
-- report it. seq is GDELT's GLOBALEVENTID; id is a hash of the key, so it
-- stays the same as long as the event is reported at all. The other
-- columns are either aggregates of the mentions (num_*, confidence,
-- is_root, modality) or copied from the representative mention (the first
-- reported).
CREATE TABLE events (
	seq              INTEGER PRIMARY KEY,
	id               TEXT    NOT NULL UNIQUE,
	day              INTEGER NOT NULL, -- YYYYMMDD
	source_code      TEXT    NOT NULL,
	target_code      TEXT    NOT NULL,
	cameo            TEXT    NOT NULL,
	cameo_root       TEXT    NOT NULL,
	date_granularity TEXT    NOT NULL,
	source_name      TEXT    NOT NULL,
	source_country   TEXT    NOT NULL,
	source_wikidata  TEXT    NOT NULL,
	source_text      TEXT    NOT NULL,
	target_name      TEXT    NOT NULL,
	target_country   TEXT    NOT NULL,
	target_wikidata  TEXT    NOT NULL,
	target_text      TEXT    NOT NULL,
	quad             INTEGER NOT NULL,
	goldstein        REAL    NOT NULL,
	plover_event     TEXT    NOT NULL,
	plover_mode      TEXT    NOT NULL,
	plover_context   TEXT    NOT NULL,
	modality         TEXT    NOT NULL, -- the most certain of the mentions'
	lang             TEXT    NOT NULL,
	place_name       TEXT    NOT NULL,
	place_geonameid  INTEGER NOT NULL,
	place_country    TEXT    NOT NULL,
	place_kind       TEXT    NOT NULL,
	lat              REAL,             -- NULL when the event has no coordinates
	lon              REAL,
	is_root          INTEGER NOT NULL, -- some mention is in its article's lead paragraph
	num_mentions     INTEGER NOT NULL,
	num_sources      INTEGER NOT NULL,
	num_articles     INTEGER NOT NULL,
	confidence       REAL    NOT NULL, -- the highest of the mentions'
	first_doc        TEXT    NOT NULL,
	source_url       TEXT    NOT NULL,
	created          TEXT    NOT NULL, -- store stamps, as documents.created
	updated          TEXT    NOT NULL  -- changes only when a value above changes
);

-- Indexes for the API's filters; each ends with day (and the implicit
-- rowid) so that a filtered list sorted by date needs no sort step.
CREATE INDEX events_day ON events (day);
CREATE INDEX events_updated ON events (updated);
CREATE INDEX events_mentions ON events (num_mentions);
CREATE INDEX events_root_day ON events (cameo_root, day);
CREATE INDEX events_quad_day ON events (quad, day);
CREATE INDEX events_cameo_day ON events (cameo, day);
CREATE INDEX events_plover_day ON events (plover_event, day);
CREATE INDEX events_source_day ON events (source_code, day);
CREATE INDEX events_target_day ON events (target_code, day);
CREATE INDEX events_source_country ON events (source_country, day);
CREATE INDEX events_target_country ON events (target_country, day);
CREATE INDEX events_place_country ON events (place_country, day);
CREATE INDEX events_lat_lon ON events (lat, lon) WHERE lat IS NOT NULL;

-- One row per coded event of a document: a mention of an aggregated event.
-- data is the doc.Event exactly as the coder produced it (sentence,
-- evidence spans, trigger, confidence, rule); the other columns are what
-- aggregation and the filters need. source_key is the domain of the
-- document's original when the document is a syndicated copy, so that
-- copies count as one source.
CREATE TABLE event_mentions (
	seq         INTEGER PRIMARY KEY,
	id          TEXT    NOT NULL UNIQUE,
	event_seq   INTEGER NOT NULL REFERENCES events (seq),
	doc_id      TEXT    NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	ord         INTEGER NOT NULL, -- position in the document's list of events
	url         TEXT    NOT NULL,
	domain      TEXT    NOT NULL,
	source_key  TEXT    NOT NULL,
	doc_time    TEXT    NOT NULL, -- the article's publication (or fetch) time, RFC 3339 UTC
	doc_len     INTEGER NOT NULL, -- bytes of the article text
	sentence_id INTEGER NOT NULL, -- 1-based ordinal of the sentence among the document's coded sentences
	in_lead     INTEGER NOT NULL,
	modality    TEXT    NOT NULL,
	confidence  REAL    NOT NULL,
	data        TEXT    NOT NULL, -- JSON doc.Event
	created     TEXT    NOT NULL,
	updated     TEXT    NOT NULL
);

CREATE INDEX event_mentions_event ON event_mentions (event_seq);
CREATE INDEX event_mentions_doc ON event_mentions (doc_id, ord);
CREATE INDEX event_mentions_domain ON event_mentions (domain, event_seq);

-- Aggregated events that lost their last mention, for incremental sync.
CREATE TABLE event_tombstones (
	id      TEXT    PRIMARY KEY,
	seq     INTEGER NOT NULL,
	deleted TEXT    NOT NULL
) WITHOUT ROWID;

CREATE INDEX event_tombstones_deleted ON event_tombstones (deleted);

-- Named entities of a document, each with its mentions (JSON array of
-- {"start","end"} byte spans).
CREATE TABLE entities (
	doc_id   TEXT    NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	ord      INTEGER NOT NULL,
	type     TEXT    NOT NULL,
	text     TEXT    NOT NULL,
	code     TEXT    NOT NULL,
	name     TEXT    NOT NULL,
	wikidata TEXT    NOT NULL,
	mentions TEXT    NOT NULL,
	PRIMARY KEY (doc_id, ord)
) WITHOUT ROWID;

-- A syndicated copy points at its original: the earliest document of its
-- near-duplicate cluster.
CREATE TABLE document_links (
	doc_id      TEXT NOT NULL PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
	original_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	similarity  REAL NOT NULL,
	created     TEXT NOT NULL
) WITHOUT ROWID;

CREATE INDEX document_links_original ON document_links (original_id);

-- Near-duplicate sketches (internal/cluster), kept so that the index can
-- be rebuilt when the store is opened again.
CREATE TABLE document_sketches (
	doc_id TEXT NOT NULL PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
	sketch BLOB NOT NULL
) WITHOUT ROWID;
