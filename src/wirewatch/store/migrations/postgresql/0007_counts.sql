-- How many (issue 18): every count of an article, and each event's dead and injured figures
-- (UCDP-style best, low, high), per mention and, the highest told, per real-world event.
CREATE TABLE counts (
    article_id TEXT NOT NULL REFERENCES articles (id),
    count_id TEXT NOT NULL,
    event_id TEXT,
    unit TEXT NOT NULL,
    value INTEGER,
    low INTEGER,
    high INTEGER,
    text TEXT NOT NULL,
    start_char INTEGER,
    end_char INTEGER,
    toll INTEGER NOT NULL,
    PRIMARY KEY (article_id, count_id)
);
CREATE INDEX counts_unit ON counts (unit);

ALTER TABLE events ADD COLUMN fatalities_best INTEGER;
ALTER TABLE events ADD COLUMN fatalities_low INTEGER;
ALTER TABLE events ADD COLUMN fatalities_high INTEGER;
ALTER TABLE events ADD COLUMN injured_best INTEGER;
ALTER TABLE story_events ADD COLUMN fatalities_best INTEGER;
ALTER TABLE story_events ADD COLUMN fatalities_low INTEGER;
ALTER TABLE story_events ADD COLUMN fatalities_high INTEGER;
ALTER TABLE story_events ADD COLUMN injured_best INTEGER;
