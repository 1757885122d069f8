-- People who may write (review events, run the server for others) and what they wrote.
-- A review never changes the machine's coding in `events`: it sits beside it, with who
-- and when, and the latest review of an event is its reviewed version.
CREATE TABLE users (
    name TEXT PRIMARY KEY,
    password_hash TEXT NOT NULL,      -- Argon2id, in its standard encoded form
    role TEXT NOT NULL CHECK (role IN ('viewer', 'reviewer', 'admin')),
    created_at TEXT NOT NULL
);

CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    verdict TEXT NOT NULL CHECK (verdict IN ('confirmed', 'wrong', 'duplicate')),
    type TEXT,                        -- for 'wrong': the correct coding (NULL: as coded)
    actor_country TEXT,
    target_country TEXT,
    not_an_event INTEGER NOT NULL DEFAULT 0,
    duplicate_of TEXT,                -- for 'duplicate': 'article_id/event_id' it repeats
    note TEXT,
    reviewer TEXT NOT NULL,
    at TEXT NOT NULL,
    FOREIGN KEY (article_id, event_id) REFERENCES events (article_id, event_id)
);
CREATE INDEX reviews_event ON reviews (article_id, event_id, id);

CREATE TABLE server_secrets (         -- the key that signs session cookies, made once
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
