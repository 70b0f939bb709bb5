-- 0004: indexes and summary tables so that the API answers fast on a
-- million events.

-- Actor pairs: a filter on both sides (actor=RUS*&target=UKR*) is read
-- from the index alone, without visiting the rows that fail it.
CREATE INDEX events_source_target_day ON events (source_code, target_code, day);
CREATE INDEX events_target_source_day ON events (target_code, source_code, day);

-- An actor's most reported events (source=FRAGOV&sort=-mentions) without
-- a sort or a walk of every event by mentions.
CREATE INDEX events_source_mentions ON events (source_code, num_mentions);
CREATE INDEX events_target_mentions ON events (target_code, num_mentions);

-- "Does this event have a mention from this domain?" in one index probe,
-- for a list walked in date order (domain=lemonde.fr).
CREATE INDEX event_mentions_event_domain ON event_mentions (event_seq, domain);

-- Per-day counts by CAMEO code, root, quad class and PLOVER type, kept by
-- triggers: GET /api/stats/timeline filtered on those fields and on dates
-- (or not at all) reads this instead of the events.
CREATE TABLE event_day_counts (
	day          INTEGER NOT NULL,
	cameo        TEXT    NOT NULL,
	cameo_root   TEXT    NOT NULL,
	quad         INTEGER NOT NULL,
	plover_event TEXT    NOT NULL,
	events       INTEGER NOT NULL,
	mentions     INTEGER NOT NULL,
	PRIMARY KEY (day, cameo, cameo_root, quad, plover_event)
) WITHOUT ROWID;

INSERT INTO event_day_counts (day, cameo, cameo_root, quad, plover_event, events, mentions)
SELECT day, cameo, cameo_root, quad, plover_event, count(*), sum(num_mentions)
FROM events GROUP BY day, cameo, cameo_root, quad, plover_event;

-- Per-actor counts in each role (src 1: as source, 0: as target), and per
-- pair of actors, kept by triggers: GET /api/actors without a filter reads
-- these instead of grouping every event.
CREATE TABLE actor_counts (
	code     TEXT    NOT NULL,
	src      INTEGER NOT NULL,
	name     TEXT    NOT NULL, -- the greatest name seen, as max(name) over the events
	events   INTEGER NOT NULL,
	mentions INTEGER NOT NULL,
	PRIMARY KEY (code, src)
) WITHOUT ROWID;

CREATE TABLE actor_pairs (
	code    TEXT    NOT NULL,
	src     INTEGER NOT NULL,
	partner TEXT    NOT NULL,
	events  INTEGER NOT NULL,
	PRIMARY KEY (code, src, partner)
) WITHOUT ROWID;

INSERT INTO actor_counts (code, src, name, events, mentions)
SELECT source_code, 1, max(source_name), count(*), sum(num_mentions) FROM events
WHERE source_code <> '' GROUP BY source_code;
INSERT INTO actor_counts (code, src, name, events, mentions)
SELECT target_code, 0, max(target_name), count(*), sum(num_mentions) FROM events
WHERE target_code <> '' GROUP BY target_code;
INSERT INTO actor_pairs (code, src, partner, events)
SELECT source_code, 1, target_code, count(*) FROM events
WHERE source_code <> '' AND target_code <> '' GROUP BY source_code, target_code;
INSERT INTO actor_pairs (code, src, partner, events)
SELECT target_code, 0, source_code, count(*) FROM events
WHERE source_code <> '' AND target_code <> '' GROUP BY target_code, source_code;

CREATE TRIGGER events_summary_insert AFTER INSERT ON events BEGIN
	INSERT INTO event_day_counts (day, cameo, cameo_root, quad, plover_event, events, mentions)
	VALUES (new.day, new.cameo, new.cameo_root, new.quad, new.plover_event, 1, new.num_mentions)
	ON CONFLICT DO UPDATE SET events = events + 1, mentions = mentions + excluded.mentions;
	INSERT INTO actor_counts (code, src, name, events, mentions)
	SELECT new.source_code, 1, new.source_name, 1, new.num_mentions WHERE new.source_code <> ''
	ON CONFLICT DO UPDATE SET name = max(name, excluded.name), events = events + 1, mentions = mentions + excluded.mentions;
	INSERT INTO actor_counts (code, src, name, events, mentions)
	SELECT new.target_code, 0, new.target_name, 1, new.num_mentions WHERE new.target_code <> ''
	ON CONFLICT DO UPDATE SET name = max(name, excluded.name), events = events + 1, mentions = mentions + excluded.mentions;
	INSERT INTO actor_pairs (code, src, partner, events)
	SELECT new.source_code, 1, new.target_code, 1 WHERE new.source_code <> '' AND new.target_code <> ''
	ON CONFLICT DO UPDATE SET events = events + 1;
	INSERT INTO actor_pairs (code, src, partner, events)
	SELECT new.target_code, 0, new.source_code, 1 WHERE new.source_code <> '' AND new.target_code <> ''
	ON CONFLICT DO UPDATE SET events = events + 1;
END;

CREATE TRIGGER events_summary_delete AFTER DELETE ON events BEGIN
	UPDATE event_day_counts SET events = events - 1, mentions = mentions - old.num_mentions
	WHERE day = old.day AND cameo = old.cameo AND cameo_root = old.cameo_root AND quad = old.quad
		AND plover_event = old.plover_event;
	DELETE FROM event_day_counts WHERE day = old.day AND cameo = old.cameo AND cameo_root = old.cameo_root
		AND quad = old.quad AND plover_event = old.plover_event AND events <= 0;
	UPDATE actor_counts SET events = events - 1, mentions = mentions - old.num_mentions
	WHERE (code, src) IN (VALUES (old.source_code, 1), (old.target_code, 0));
	DELETE FROM actor_counts WHERE (code, src) IN (VALUES (old.source_code, 1), (old.target_code, 0)) AND events <= 0;
	UPDATE actor_pairs SET events = events - 1
	WHERE (code, src, partner) IN (VALUES (old.source_code, 1, old.target_code), (old.target_code, 0, old.source_code));
	DELETE FROM actor_pairs
	WHERE (code, src, partner) IN (VALUES (old.source_code, 1, old.target_code), (old.target_code, 0, old.source_code))
		AND events <= 0;
END;

-- An update that changes a summary's key is the delete of the old row and
-- the insert of the new one; one that changes only num_mentions (the
-- usual case: the aggregation after every new mention) adds the
-- difference. Updates that change neither touch no summary.
CREATE TRIGGER events_day_counts_mentions AFTER UPDATE OF num_mentions ON events
WHEN old.num_mentions IS NOT new.num_mentions AND (old.day, old.cameo, old.cameo_root, old.quad, old.plover_event)
	IS (new.day, new.cameo, new.cameo_root, new.quad, new.plover_event) BEGIN
	UPDATE event_day_counts SET mentions = mentions + new.num_mentions - old.num_mentions
	WHERE day = new.day AND cameo = new.cameo AND cameo_root = new.cameo_root AND quad = new.quad
		AND plover_event = new.plover_event;
END;

CREATE TRIGGER events_day_counts_key AFTER UPDATE OF day, cameo, cameo_root, quad, plover_event ON events
WHEN (old.day, old.cameo, old.cameo_root, old.quad, old.plover_event)
	IS NOT (new.day, new.cameo, new.cameo_root, new.quad, new.plover_event) BEGIN
	UPDATE event_day_counts SET events = events - 1, mentions = mentions - old.num_mentions
	WHERE day = old.day AND cameo = old.cameo AND cameo_root = old.cameo_root AND quad = old.quad
		AND plover_event = old.plover_event;
	DELETE FROM event_day_counts WHERE day = old.day AND cameo = old.cameo AND cameo_root = old.cameo_root
		AND quad = old.quad AND plover_event = old.plover_event AND events <= 0;
	INSERT INTO event_day_counts (day, cameo, cameo_root, quad, plover_event, events, mentions)
	VALUES (new.day, new.cameo, new.cameo_root, new.quad, new.plover_event, 1, new.num_mentions)
	ON CONFLICT DO UPDATE SET events = events + 1, mentions = mentions + excluded.mentions;
END;

CREATE TRIGGER events_actor_counts_mentions AFTER UPDATE OF num_mentions ON events
WHEN old.num_mentions IS NOT new.num_mentions AND (old.source_code, old.target_code, old.source_name, old.target_name)
	IS (new.source_code, new.target_code, new.source_name, new.target_name) BEGIN
	UPDATE actor_counts SET mentions = mentions + new.num_mentions - old.num_mentions
	WHERE (code, src) IN (VALUES (new.source_code, 1), (new.target_code, 0));
END;

CREATE TRIGGER events_actor_counts_key AFTER UPDATE OF source_code, target_code, source_name, target_name ON events
WHEN (old.source_code, old.target_code, old.source_name, old.target_name)
	IS NOT (new.source_code, new.target_code, new.source_name, new.target_name) BEGIN
	UPDATE actor_counts SET events = events - 1, mentions = mentions - old.num_mentions
	WHERE (code, src) IN (VALUES (old.source_code, 1), (old.target_code, 0));
	DELETE FROM actor_counts WHERE (code, src) IN (VALUES (old.source_code, 1), (old.target_code, 0)) AND events <= 0;
	INSERT INTO actor_counts (code, src, name, events, mentions)
	SELECT new.source_code, 1, new.source_name, 1, new.num_mentions WHERE new.source_code <> ''
	ON CONFLICT DO UPDATE SET name = max(name, excluded.name), events = events + 1, mentions = mentions + excluded.mentions;
	INSERT INTO actor_counts (code, src, name, events, mentions)
	SELECT new.target_code, 0, new.target_name, 1, new.num_mentions WHERE new.target_code <> ''
	ON CONFLICT DO UPDATE SET name = max(name, excluded.name), events = events + 1, mentions = mentions + excluded.mentions;
	UPDATE actor_pairs SET events = events - 1
	WHERE (code, src, partner) IN (VALUES (old.source_code, 1, old.target_code), (old.target_code, 0, old.source_code));
	DELETE FROM actor_pairs
	WHERE (code, src, partner) IN (VALUES (old.source_code, 1, old.target_code), (old.target_code, 0, old.source_code))
		AND events <= 0;
	INSERT INTO actor_pairs (code, src, partner, events)
	SELECT new.source_code, 1, new.target_code, 1 WHERE new.source_code <> '' AND new.target_code <> ''
	ON CONFLICT DO UPDATE SET events = events + 1;
	INSERT INTO actor_pairs (code, src, partner, events)
	SELECT new.target_code, 0, new.source_code, 1 WHERE new.source_code <> '' AND new.target_code <> ''
	ON CONFLICT DO UPDATE SET events = events + 1;
END;
