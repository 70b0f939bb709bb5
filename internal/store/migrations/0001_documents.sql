-- 0001: documents, their earlier versions, aliases of duplicates, and the
-- full-text index over title and text.

-- seq is an explicit INTEGER PRIMARY KEY so that VACUUM never renumbers the
-- rowids the external-content FTS index points at.
CREATE TABLE documents (
	seq              INTEGER PRIMARY KEY,
	id               TEXT    NOT NULL UNIQUE,
	url              TEXT    NOT NULL DEFAULT '',
	url_norm         TEXT    NOT NULL DEFAULT '',
	title            TEXT    NOT NULL DEFAULT '',
	section          TEXT    NOT NULL DEFAULT '',
	author           TEXT    NOT NULL DEFAULT '',
	published        TEXT,             -- RFC 3339 with the source's offset; NULL when unknown
	published_source TEXT    NOT NULL DEFAULT '',
	published_expr   TEXT    NOT NULL DEFAULT '',
	fetched          TEXT,             -- RFC 3339; NULL when unknown
	fetched_source   TEXT    NOT NULL DEFAULT '',
	lang             TEXT    NOT NULL DEFAULT '',
	lang_confidence  REAL    NOT NULL DEFAULT 0,
	lang_supported   INTEGER NOT NULL DEFAULT 0,
	text             TEXT    NOT NULL DEFAULT '',
	paragraphs       TEXT    NOT NULL DEFAULT 'null', -- JSON array of {"start","end"}
	origin_file      TEXT    NOT NULL DEFAULT '',
	origin_record    INTEGER NOT NULL DEFAULT 0,
	origin_format    TEXT    NOT NULL DEFAULT '',
	content_hash     TEXT    NOT NULL,
	version          INTEGER NOT NULL DEFAULT 1,
	created          TEXT    NOT NULL, -- RFC 3339 UTC, first stored
	updated          TEXT    NOT NULL  -- RFC 3339 UTC, this version stored
);

CREATE INDEX documents_content_hash ON documents (content_hash);
CREATE INDEX documents_url_norm ON documents (url_norm) WHERE url_norm <> '';

-- Earlier versions of a document, each a full copy of the row it replaced.
CREATE TABLE document_versions (
	id               TEXT    NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	version          INTEGER NOT NULL,
	url              TEXT    NOT NULL,
	url_norm         TEXT    NOT NULL,
	title            TEXT    NOT NULL,
	section          TEXT    NOT NULL,
	author           TEXT    NOT NULL,
	published        TEXT,
	published_source TEXT    NOT NULL,
	published_expr   TEXT    NOT NULL,
	fetched          TEXT,
	fetched_source   TEXT    NOT NULL,
	lang             TEXT    NOT NULL,
	lang_confidence  REAL    NOT NULL,
	lang_supported   INTEGER NOT NULL,
	text             TEXT    NOT NULL,
	paragraphs       TEXT    NOT NULL,
	origin_file      TEXT    NOT NULL,
	origin_record    INTEGER NOT NULL,
	origin_format    TEXT    NOT NULL,
	content_hash     TEXT    NOT NULL,
	created          TEXT    NOT NULL,
	updated          TEXT    NOT NULL, -- when this version was stored
	replaced         TEXT    NOT NULL, -- when a newer version replaced it
	PRIMARY KEY (id, version)
) WITHOUT ROWID;

-- Ids under which the same content was offered again (another URL, another
-- crawl): the content is stored once, under doc_id.
CREATE TABLE document_aliases (
	alias_id      TEXT    PRIMARY KEY,
	doc_id        TEXT    NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	url           TEXT    NOT NULL DEFAULT '',
	url_norm      TEXT    NOT NULL DEFAULT '',
	origin_file   TEXT    NOT NULL DEFAULT '',
	origin_record INTEGER NOT NULL DEFAULT 0,
	origin_format TEXT    NOT NULL DEFAULT '',
	created       TEXT    NOT NULL
) WITHOUT ROWID;

CREATE INDEX document_aliases_doc_id ON document_aliases (doc_id);
CREATE INDEX document_aliases_url_norm ON document_aliases (url_norm) WHERE url_norm <> '';

-- Full-text index over title and text, accent-insensitive. The store adds
-- the rows a batch inserted with one INSERT … SELECT at the end of the batch
-- (FTS5 writes its pending terms out at every statement savepoint, so an
-- insert trigger made one index segment per document and ingest 1.7
-- times slower); the triggers below keep it in sync on update and delete.
CREATE VIRTUAL TABLE documents_fts USING fts5 (
	title,
	text,
	content = 'documents',
	content_rowid = 'seq',
	tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
	INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;

CREATE TRIGGER documents_fts_update AFTER UPDATE OF seq, title, text ON documents BEGIN
	INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
	INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

-- Rank hits by BM25 with the title weighing four times the text.
INSERT INTO documents_fts (documents_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0)');
