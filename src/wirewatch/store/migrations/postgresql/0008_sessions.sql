-- Sessions on the server (issue 19): a signed cookie alone stayed valid after logout and
-- after the user was removed. The cookie now carries a random session id; the store keeps
-- only its SHA-256, so a copy of the store gives no live session. Logout deletes the row;
-- removing or re-adding a user deletes all of theirs.
CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    user_name TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_name);
