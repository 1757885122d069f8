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

-- The timeline reads the spans (and the dead) now: the covering indexes hold them, so an
-- actor's timeline still never touches the table. The facets count tellings by modality and
-- outlet: covering indexes on events and articles keep those joins off the rows (an article
-- row holds its whole record; reading its outlet from the table walked its overflow pages).
DROP INDEX story_events_actor;
DROP INDEX story_events_target;
CREATE INDEX story_events_actor ON story_events
    (actor_country, target_country, status, first_day, last_day, date, quad_class, sources,
     fatalities_best);
CREATE INDEX story_events_target ON story_events
    (target_country, actor_country, status, first_day, last_day, date, quad_class, sources,
     fatalities_best);
CREATE INDEX events_story_told ON events (story_event_id, modality, article_id);
CREATE INDEX articles_outlet ON articles (id, outlet);
