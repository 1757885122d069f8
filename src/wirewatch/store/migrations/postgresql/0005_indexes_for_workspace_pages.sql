-- The quotes of a country's speakers are found from its entities, article by article:
-- without this index the planner walked every quote of a name as common as "United States"
-- once per entity (11 s on 10,000 articles; bench/api.py's store).
CREATE INDEX quotes_article_source ON quotes (article_id, source_name);

-- Events of an actor or target named rather than coded ("Donald Trump"), in any case:
-- without these, an actor page by name read every event twice (0.9 s on 10,000 articles).
CREATE INDEX events_actor_name ON events (LOWER(actor_name));
CREATE INDEX events_actor_text ON events (LOWER(actor_text));
CREATE INDEX events_target_name ON events (LOWER(target_name));
CREATE INDEX events_target_text ON events (LOWER(target_text));

-- The most named entities (home page, /api/v1/entities) grouped from an index that holds
-- every column they need, not from the table (0.6 s on 10,000 articles).
CREATE INDEX entities_by_name ON entities (name, type, country, mentions);
