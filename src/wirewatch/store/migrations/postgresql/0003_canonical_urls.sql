-- An article is one page whatever tracking parameters its link carried: duplicates are
-- found by the canonical URL (wirewatch.ingest.urls.canonical_url). Rows stored before
-- keep their URL as it was.
ALTER TABLE articles ADD COLUMN canonical_url TEXT;
UPDATE articles SET canonical_url = url;
DROP INDEX articles_url;
CREATE INDEX articles_url ON articles (url);
CREATE UNIQUE INDEX articles_canonical_url ON articles (canonical_url)
    WHERE canonical_url IS NOT NULL;
