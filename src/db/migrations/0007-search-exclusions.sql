-- What a query leaves out (annual -leave, -"annual leave") must be missing in
-- both of the query's readings. Read as English, "-leave" leaves out 'leav'; read
-- word for word, only 'leave', which English entries (holding 'leav') never
-- have: so "annual -leave" found every English entry about annual leave through
-- its word-for-word reading. The words and phrases left out now come as a list
-- of their own, and the texts without them (src/features/search/search.query.ts,
-- searchTerms).

-- Whatever mentions any of these, read either way.
CREATE FUNCTION search_mentions(texts text[]) RETURNS tsquery LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT search_any('english', texts) || search_any('simple', texts)
$$;

-- The query and its synonyms as 0006's search_query reads them, without what
-- mentions the words left out. NULL, which matches nothing, when all it does is
-- leave out: it would otherwise match every entry that lacks those words.
CREATE FUNCTION search_query(texts text[], excluded text[]) RETURNS tsquery LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT CASE WHEN numnode(left_out) = 0 THEN asked
              WHEN querytree(asked && !!left_out) = 'T' THEN NULL
              ELSE asked && !!left_out END
    FROM (SELECT search_query(texts) AS asked, search_mentions(excluded) AS left_out) query
$$;
