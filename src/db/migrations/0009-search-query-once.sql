-- Each search names its query several times (to find, to rank, for the
-- snippets), and PostgreSQL works each one out while planning the statement.
-- As SQL functions, 0006's and 0007's search_query set up their own bodies
-- again at every call, and read the query in English and word for word up to
-- three times each. The same functions in PL/pgSQL, which keeps what it has
-- worked out for the session, reading each way once: every search 0.4-0.5 ms
-- faster at the median on 100,000 entries (bench/README.md, 2026-12-02).
--
-- A query that both ways read alike (a word English leaves as it is, like
-- "know", or Welsh) is now looked for once rather than as itself OR itself,
-- which every match then evaluated twice: a search for "know" 4% faster. It
-- finds the same; every other reading is as before (search.functions.test.ts).

CREATE OR REPLACE FUNCTION search_query(texts text[]) RETURNS tsquery LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
  english tsquery := search_any('english', texts);
  as_written tsquery := search_any('simple', texts);
BEGIN
  IF numnode(english) = 0 THEN RETURN as_written; END IF;
  IF numnode(as_written) = 0 OR as_written = english THEN RETURN english; END IF;
  RETURN english || as_written;
END $$;

-- 0007's search_mentions read the texts both ways and joined the two with ||,
-- which passes over an empty side: search_query's reading of them.
CREATE OR REPLACE FUNCTION search_mentions(texts text[]) RETURNS tsquery LANGUAGE plpgsql IMMUTABLE STRICT AS $$
BEGIN
  RETURN search_query(texts);
END $$;

CREATE OR REPLACE FUNCTION search_query(texts text[], excluded text[]) RETURNS tsquery LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
  asked tsquery := search_query(texts);
  left_out tsquery;
BEGIN
  IF cardinality(excluded) = 0 THEN RETURN asked; END IF;
  left_out := search_mentions(excluded);
  IF numnode(left_out) = 0 THEN RETURN asked; END IF;
  IF querytree(asked && !!left_out) = 'T' THEN RETURN NULL; END IF;
  RETURN asked && !!left_out;
END $$;
