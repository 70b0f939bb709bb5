-- 0003: the segmentation and dependency parse of each coded document, kept
-- so that `vigie recode` can code the corpus again with new dictionaries
-- without parsing it again.
--
-- data is an opaque blob written by internal/annotate (compressed
-- sentences, tokens and parsed words). model names what wrote it (the
-- syntax model and the blob's format): a parse whose model is not the
-- current one, or whose content_hash is not the document's, is stale and
-- is made again.
CREATE TABLE parses (
	doc_id       TEXT    NOT NULL PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
	content_hash TEXT    NOT NULL, -- documents.content_hash of the version parsed
	lang         TEXT    NOT NULL,
	model        TEXT    NOT NULL,
	data         BLOB    NOT NULL,
	created      TEXT    NOT NULL  -- store stamp, as documents.created
) WITHOUT ROWID;
