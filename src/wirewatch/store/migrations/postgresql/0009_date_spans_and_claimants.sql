-- The first and last day each event's date covers (issue 19): "2019-W46-WE" is 2019-11-16..17,
-- "2019-11" is 2019-11-01..30, "2019" the whole year. Dates are TIMEX3 values, and comparing
-- them as strings put "2019-W46" after every day of 2019-11: filters, timeline bars and the
-- drill-down behind them now compare these days instead. Rows stored before are filled in by
-- the store once this migration has run (store.py, _fill_date_spans).
-- Each mention also keeps who says so (the source of its innermost attribution, by name),
-- so the events page, the actor page and the CLI can say "claimed by South Korea".
ALTER TABLE events ADD COLUMN first_day TEXT;
ALTER TABLE events ADD COLUMN last_day TEXT;
ALTER TABLE events ADD COLUMN claimant TEXT;
ALTER TABLE story_events ADD COLUMN first_day TEXT;
ALTER TABLE story_events ADD COLUMN last_day TEXT;
CREATE INDEX story_events_span ON story_events (first_day, last_day);
CREATE INDEX events_span ON events (first_day, last_day);
