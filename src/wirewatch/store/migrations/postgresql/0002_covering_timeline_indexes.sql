-- Timelines read only these columns of story_events: covering indexes, led by one country
-- and then the other, answer an actor's timeline and a pair's without touching the table.
-- bench/corpus.py, 100,000 events, median: timeline of the most frequent actor by month
-- 95 -> 39 ms, of a pair 25 -> 17 ms.
DROP INDEX story_events_actor;
DROP INDEX story_events_target;
CREATE INDEX story_events_actor
    ON story_events (actor_country, target_country, status, date, quad_class, sources);
CREATE INDEX story_events_target
    ON story_events (target_country, actor_country, status, date, quad_class, sources);
