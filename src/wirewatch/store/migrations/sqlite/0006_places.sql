-- Where (issue 17): every place mention of an article, resolved to GeoNames, and the
-- resolved place of each event mention (its id, region, kind and ACLED-style precision).
CREATE TABLE places (
    article_id TEXT NOT NULL REFERENCES articles (id),
    place_id TEXT NOT NULL,
    text TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    entity_id TEXT,
    geonameid INTEGER,
    name TEXT,
    country TEXT,
    admin1 TEXT,
    latitude REAL,
    longitude REAL,
    feature TEXT NOT NULL,
    geo_precision INTEGER,
    confidence REAL NOT NULL,
    resolved_by TEXT NOT NULL,
    used_as TEXT NOT NULL,
    PRIMARY KEY (article_id, place_id)
);
CREATE INDEX places_country ON places (country);
CREATE INDEX places_geonameid ON places (geonameid);

ALTER TABLE events ADD COLUMN place_geonameid INTEGER;
ALTER TABLE events ADD COLUMN place_admin1 TEXT;
ALTER TABLE events ADD COLUMN place_feature TEXT;
ALTER TABLE events ADD COLUMN place_precision INTEGER;
ALTER TABLE events ADD COLUMN place_source TEXT;
