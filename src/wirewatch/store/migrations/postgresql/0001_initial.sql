-- wirewatch corpus store, PostgreSQL. One row per article, its entities, quotes and events;
-- story_events groups the mentions of one real-world event across articles.
CREATE TABLE articles (
    id TEXT PRIMARY KEY,              -- SHA-256 of the body text (16 hex digits)
    url TEXT,
    source TEXT,                      -- file, WARC record or URL it was read from
    outlet TEXT,                      -- host name of the URL, when there is one
    title TEXT,
    published TEXT,                   -- ISO 8601
    language TEXT,
    text TEXT NOT NULL,
    record TEXT NOT NULL,             -- the full analysis record, JSON
    story_id TEXT NOT NULL,           -- syndication group: the first article of the story
    ingested_at TEXT NOT NULL
);
CREATE UNIQUE INDEX articles_url ON articles (url) WHERE url IS NOT NULL;
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_story ON articles (story_id);

CREATE TABLE story_bands (            -- MinHash LSH bands, for near-duplicate detection
    band TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles (id),
    PRIMARY KEY (band, article_id)
);
CREATE TABLE story_signatures (
    article_id TEXT PRIMARY KEY REFERENCES articles (id),
    signature BYTEA NOT NULL
);

CREATE TABLE entities (
    article_id TEXT NOT NULL REFERENCES articles (id),
    entity_id TEXT NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    country TEXT,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX entities_name ON entities (name);
CREATE INDEX entities_country ON entities (country);

CREATE TABLE quotes (
    article_id TEXT NOT NULL REFERENCES articles (id),
    quote_id TEXT NOT NULL,
    source_text TEXT,
    source_name TEXT,
    via_name TEXT,
    kind TEXT NOT NULL,
    direct INTEGER NOT NULL,
    content TEXT NOT NULL,
    PRIMARY KEY (article_id, quote_id)
);
CREATE INDEX quotes_source ON quotes (source_name);

CREATE TABLE story_events (           -- one real-world event, told by one or more articles
    id BIGSERIAL PRIMARY KEY,
    type TEXT NOT NULL,
    mode TEXT,
    actor_country TEXT,
    target_country TEXT,
    date TEXT,
    status TEXT NOT NULL,             -- 'actual', 'planned' (plans, threats, maybes) or 'negated'
    quad_class INTEGER NOT NULL,
    mentions INTEGER NOT NULL DEFAULT 0,
    sources INTEGER NOT NULL DEFAULT 0  -- independent stories (syndicated copies count once)
);
CREATE INDEX story_events_match ON story_events (type, actor_country, target_country, date);
CREATE INDEX story_events_date ON story_events (date);
CREATE INDEX story_events_actor ON story_events (actor_country, date);
CREATE INDEX story_events_target ON story_events (target_country, date);

CREATE TABLE events (
    article_id TEXT NOT NULL REFERENCES articles (id),
    event_id TEXT NOT NULL,
    story_event_id BIGINT NOT NULL REFERENCES story_events (id),
    type TEXT NOT NULL,
    mode TEXT,
    cameo TEXT NOT NULL,
    quad_class INTEGER NOT NULL,
    actor_text TEXT,
    actor_name TEXT,
    actor_country TEXT,
    actor_sector TEXT,
    target_text TEXT,
    target_name TEXT,
    target_country TEXT,
    target_sector TEXT,
    date TEXT,
    date_source TEXT,
    planned_for TEXT,
    place TEXT,
    place_country TEXT,
    latitude DOUBLE PRECISION,
    longitude DOUBLE PRECISION,
    modality TEXT NOT NULL,
    confidence DOUBLE PRECISION NOT NULL,
    sentence TEXT NOT NULL,
    trigger TEXT NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    PRIMARY KEY (article_id, event_id)
);
CREATE INDEX events_actor ON events (actor_country, date);
CREATE INDEX events_target ON events (target_country, date);
CREATE INDEX events_type ON events (type, date);
CREATE INDEX events_date ON events (date);
CREATE INDEX events_story ON events (story_event_id);

CREATE TABLE ingest_log (             -- every input seen: done or failed, for resuming
    key TEXT PRIMARY KEY,
    status TEXT NOT NULL,             -- 'stored', 'duplicate' or 'failed'
    article_id TEXT,
    error_code TEXT,
    error TEXT,
    at TEXT NOT NULL
);
CREATE INDEX ingest_log_status ON ingest_log (status);

CREATE TABLE article_search (         -- full-text search: English stemming, title weighted up
    article_id TEXT PRIMARY KEY REFERENCES articles (id),
    document TSVECTOR NOT NULL
);
CREATE INDEX article_search_document ON article_search USING GIN (document);
