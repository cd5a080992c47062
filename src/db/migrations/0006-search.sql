-- Search: one table of everything that can be found (pages, news, documents,
-- people, teams), kept current by triggers on the tables it is made from, so
-- that whatever writes to them (the app, the importer, a tool) is found at once.
-- Who may see an entry is decided when searching (src/features/search), never here.

-- First, what content gained for search after 0005 was released. (These lines
-- were once edited into 0005 itself, which a database migrated by its first
-- release never runs again; the release that brought that edit brought this
-- file too, so it is here, where each database runs it once.)

-- How often each item is read, for search to favour what people use. Kept
-- apart from the item, which readers read and editors change: adding views
-- (content.views.ts, in batches) rewrites only this narrow row, with room left
-- on its page so that the update stays on the page (HOT) and no index grows.
CREATE TABLE content_views (
  org_id  uuid NOT NULL,
  item_id uuid NOT NULL,
  views   bigint NOT NULL CHECK (views >= 0),
  PRIMARY KEY (org_id, item_id),
  FOREIGN KEY (org_id, item_id) REFERENCES content_items (org_id, id) ON DELETE CASCADE
) WITH (fillfactor = 70);
INSERT INTO content_views (org_id, item_id, views)
  SELECT org_id, id, views FROM content_items WHERE views > 0;

-- A change to any news item now makes every instance read the news again,
-- whatever changed: view counts are no longer on the item.
DROP TRIGGER content_items_announce_news_change ON content_items;
ALTER TABLE content_items DROP COLUMN views;
CREATE TRIGGER content_items_announce_news_change AFTER UPDATE ON content_items
  FOR EACH ROW WHEN (NEW.kind = 'news')
  EXECUTE FUNCTION announce_news_changed();

-- Every instance keeps the pages and news most read, as readers see them; a
-- change to any item, what it links to or attaches, or a document in an
-- organisation makes it read that organisation's again.
CREATE FUNCTION announce_content_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('guildhall_changes', 'content:' || CASE TG_OP WHEN 'DELETE' THEN OLD.org_id ELSE NEW.org_id END);
  RETURN NULL;
END $$;
CREATE TRIGGER content_items_announce_content AFTER INSERT OR UPDATE OR DELETE ON content_items
  FOR EACH ROW EXECUTE FUNCTION announce_content_changed();
CREATE TRIGGER content_related_announce_content AFTER INSERT OR UPDATE OR DELETE ON content_related
  FOR EACH ROW EXECUTE FUNCTION announce_content_changed();
CREATE TRIGGER content_attachments_announce_content AFTER INSERT OR UPDATE OR DELETE ON content_attachments
  FOR EACH ROW EXECUTE FUNCTION announce_content_changed();
CREATE TRIGGER documents_announce_content AFTER INSERT OR UPDATE OR DELETE ON documents
  FOR EACH ROW EXECUTE FUNCTION announce_content_changed();

-- Then search itself.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE search_entries (
  org_id      uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  kind        text NOT NULL CHECK (kind IN ('page', 'news', 'document', 'person', 'team')),
  ref_id      uuid NOT NULL,
  -- Pages and documents: the section they live in, which decides who may see them.
  section_id  uuid,
  -- People: their team; teams: themselves. For the organisation unit filter.
  unit_id     uuid,
  -- English is stemmed ("leaving" finds "leave"); Welsh is searched word for word.
  language    text NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'cy')),
  title       text NOT NULL,
  summary     text NOT NULL DEFAULT '',
  -- Plain text, for the snippets under each result.
  body        text NOT NULL DEFAULT '',
  -- When it was published or last changed: for the date filter and freshness.
  dated       timestamptz NOT NULL DEFAULT now(),
  -- Scheduled content: found only inside its window.
  live_from   timestamptz,
  live_until  timestamptz,
  title_words tsvector NOT NULL,
  -- The title, summary and the first words of the body: small enough to stay
  -- in the row, so that ranking thousands of matches reads no large values.
  head_words  tsvector NOT NULL,
  -- Everything, for finding.
  words       tsvector NOT NULL,
  -- How often it was read (pages and news), copied from content_views for ranking.
  views       bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (org_id, kind, ref_id)
)
-- A common word matches tens of thousands of entries, each of whose rows is
-- read: every large value (the body, the words, the summary) is kept out of the
-- row, which holds only what filtering and the first ranking need; room is
-- left on each page so that a new view count rewrites the row in place.
WITH (toast_tuple_target = 128, fillfactor = 90);
ALTER TABLE search_entries
  ALTER COLUMN title SET STORAGE PLAIN,
  ALTER COLUMN title_words SET STORAGE PLAIN;
CREATE INDEX search_entries_words ON search_entries USING gin (words);
-- Misspelt and partial names and titles (type-ahead, "jon smth").
CREATE INDEX search_entries_title_trigrams ON search_entries USING gin (title gin_trgm_ops);
CREATE INDEX search_entries_name_trigrams ON search_entries USING gin (title gin_trgm_ops) WHERE kind = 'person';

CREATE FUNCTION search_config(language text) RETURNS regconfig LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE language WHEN 'cy' THEN 'simple'::regconfig ELSE 'english'::regconfig END
$$;

-- Any of several queries as people type them (quotes, OR, -word): the query and its synonyms.
CREATE FUNCTION search_any(config regconfig, texts text[]) RETURNS tsquery LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
  result tsquery := ''::tsquery;
  each_text text;
  each_query tsquery;
BEGIN
  FOREACH each_text IN ARRAY texts LOOP
    each_query := websearch_to_tsquery(config, each_text);
    IF numnode(each_query) = 0 THEN CONTINUE; END IF;
    result := CASE WHEN numnode(result) = 0 THEN each_query ELSE result || each_query END;
  END LOOP;
  RETURN result;
END $$;

-- English entries hold stemmed words and Welsh ones the words as written, so a
-- query is both at once: each finds its own, and neither finds much in the other.
CREATE FUNCTION search_query(texts text[]) RETURNS tsquery LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT CASE WHEN numnode(search_any('english', texts)) = 0 THEN search_any('simple', texts)
              WHEN numnode(search_any('simple', texts)) = 0 THEN search_any('english', texts)
              ELSE search_any('english', texts) || search_any('simple', texts) END
$$;

-- The query's words as one phrase, in both ways of reading them, for the bonus exact phrases get.
CREATE FUNCTION search_phrase(typed text) RETURNS tsquery LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT CASE WHEN numnode(phraseto_tsquery('english', typed)) = 0 THEN phraseto_tsquery('simple', typed)
              ELSE phraseto_tsquery('english', typed) || phraseto_tsquery('simple', typed) END
$$;

-- Stored HTML as the words a reader sees.
CREATE FUNCTION search_plain_text(html text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT replace(replace(replace(replace(replace(replace(
           regexp_replace(regexp_replace(coalesce(html, ''), '<[^>]*>', ' ', 'g'), '\s+', ' ', 'g'),
           '&lt;', '<'), '&gt;', '>'), '&quot;', '"'), '&#39;', ''''), '&#x27;', ''''), '&amp;', '&')
$$;

-- The words of an entry, weighted: the title first, then the summary and
-- anything else that describes it, then the body.
CREATE FUNCTION search_words(language text, title text, summary text, extra text, body text) RETURNS tsvector
LANGUAGE sql IMMUTABLE AS $$
  SELECT setweight(to_tsvector(search_config(language), coalesce(title, '')), 'A')
      || setweight(to_tsvector(search_config(language), coalesce(summary, '') || ' ' || coalesce(extra, '')), 'B')
      -- Positions stop at 16,383: words beyond are still found, only not ranked by place.
      || setweight(to_tsvector(search_config(language), left(coalesce(body, ''), 500000)), 'C')
$$;

-- Each refresh rewrites the entries of the given rows of one organisation from
-- their source, set-based, so that a bulk insert (the importer, the demo, the
-- benchmark) is indexed in one statement rather than row by row.

-- Pages and news: their live version, while not archived or deleted.
CREATE FUNCTION search_refresh_items(p_org uuid, p_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM search_entries WHERE org_id = p_org AND kind IN ('page', 'news') AND ref_id = ANY (p_ids);
  INSERT INTO search_entries
    (org_id, kind, ref_id, section_id, unit_id, language, title, summary, body, dated, live_from, live_until, title_words, head_words, words,
     views)
  SELECT i.org_id, i.kind, i.id, i.section_id, NULL, i.language, i.live_title, coalesce(i.live_summary, ''),
         left(plain.text, 200000), i.live_from, i.live_from, i.live_until,
         to_tsvector(search_config(i.language), i.live_title),
         search_words(i.language, i.live_title, i.live_summary, array_to_string(i.categories, ' '), left(plain.text, 1000)),
         search_words(i.language, i.live_title, i.live_summary, array_to_string(i.categories, ' '), plain.text),
         coalesce(views.views, 0)
    FROM content_items i
    LEFT JOIN content_views views ON views.org_id = i.org_id AND views.item_id = i.id
    JOIN content_versions v ON v.org_id = i.org_id AND v.item_id = i.id AND v.version = i.live_version
    CROSS JOIN LATERAL (SELECT search_plain_text(v.body_html) AS text) plain
   WHERE i.org_id = p_org AND i.id = ANY (p_ids) AND i.deleted_at IS NULL AND i.status <> 'archived';
$$;

-- Documents: the title, the file's name and the text inside the latest version.
CREATE FUNCTION search_refresh_documents(p_org uuid, p_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM search_entries WHERE org_id = p_org AND kind = 'document' AND ref_id = ANY (p_ids);
  INSERT INTO search_entries
    (org_id, kind, ref_id, section_id, unit_id, language, title, summary, body, dated, title_words, head_words, words)
  SELECT d.org_id, 'document', d.id, d.section_id, NULL, 'en', d.title, coalesce(v.filename, ''),
         left(coalesce(v.text, ''), 200000), d.updated_at,
         to_tsvector('english', d.title), search_words('en', d.title, v.filename, NULL, left(v.text, 1000)),
         search_words('en', d.title, v.filename, NULL, v.text)
    FROM documents d
    LEFT JOIN document_versions v ON v.org_id = d.org_id AND v.document_id = d.id AND v.version = d.latest_version
   WHERE d.org_id = p_org AND d.id = ANY (p_ids) AND d.deleted_at IS NULL;
$$;

-- People, while their account is enabled: name, job title, team, skills, "ask me about" and location.
CREATE FUNCTION search_refresh_people(p_org uuid, p_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM search_entries WHERE org_id = p_org AND kind = 'person' AND ref_id = ANY (p_ids);
  INSERT INTO search_entries
    (org_id, kind, ref_id, section_id, unit_id, language, title, summary, body, dated, title_words, head_words, words)
  SELECT p.org_id, 'person', p.id, NULL, p.team_id, 'en', p.display_name, coalesce(p.job_title, ''),
         concat_ws(' ', array_to_string(p.skills, ', '), array_to_string(p.ask_me_about, ', '), p.location), p.created_at,
         to_tsvector('english', p.display_name),
         about.words, about.words
    FROM users p
    LEFT JOIN org_units u ON u.org_id = p.org_id AND u.id = p.team_id
    CROSS JOIN LATERAL (SELECT search_words('en', p.display_name, p.job_title, concat_ws(' ', u.name, u.name_cy),
                          concat_ws(' ', array_to_string(p.skills, ', '), array_to_string(p.ask_me_about, ', '), p.location)) AS words) about
   WHERE p.org_id = p_org AND p.id = ANY (p_ids) AND p.disabled_at IS NULL;
$$;

-- Teams (every unit), by name in both languages and the unit above.
CREATE FUNCTION search_refresh_units(p_org uuid, p_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM search_entries WHERE org_id = p_org AND kind = 'team' AND ref_id = ANY (p_ids);
  INSERT INTO search_entries
    (org_id, kind, ref_id, section_id, unit_id, language, title, summary, body, dated, title_words, head_words, words)
  SELECT u.org_id, 'team', u.id, NULL, u.id, 'en', u.name, coalesce(u.name_cy, ''), concat_ws(' ', above.name, above.name_cy),
         u.created_at, to_tsvector('english', u.name),
         about.words, about.words
    FROM org_units u
    LEFT JOIN org_units above ON above.org_id = u.org_id AND above.id = u.parent_id
    CROSS JOIN LATERAL (SELECT search_words('en', u.name, u.name_cy, NULL, concat_ws(' ', above.name, above.name_cy)) AS words) about
   WHERE u.org_id = p_org AND u.id = ANY (p_ids);
$$;

-- Triggers run once per statement, with the rows it changed as tables
-- (`added`, `removed`), so that bulk writes are indexed set by set. An update
-- refreshes only the rows whose searchable columns changed.
CREATE FUNCTION search_items_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM search_refresh_items(org_id, array_agg(id)) FROM added GROUP BY org_id;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM search_refresh_items(org_id, array_agg(id)) FROM removed GROUP BY org_id;
  ELSE
    PERFORM search_refresh_items(n.org_id, array_agg(n.id))
       FROM added n JOIN removed o ON o.id = n.id
      WHERE (o.live_version, o.live_title, o.live_summary, o.live_from, o.live_until, o.status, o.deleted_at,
             o.section_id, o.language, o.categories)
            IS DISTINCT FROM
            (n.live_version, n.live_title, n.live_summary, n.live_from, n.live_until, n.status, n.deleted_at,
             n.section_id, n.language, n.categories)
      GROUP BY n.org_id;
  END IF;
  RETURN NULL;
END $$;

-- An item may be written before the version it makes live (the demo and the benchmark do).
CREATE FUNCTION search_versions_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM search_refresh_items(org_id, array_agg(DISTINCT item_id)) FROM added GROUP BY org_id;
  RETURN NULL;
END $$;

CREATE FUNCTION search_documents_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM search_refresh_documents(org_id, array_agg(id)) FROM added GROUP BY org_id;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM search_refresh_documents(org_id, array_agg(id)) FROM removed GROUP BY org_id;
  ELSE
    PERFORM search_refresh_documents(n.org_id, array_agg(n.id))
       FROM added n JOIN removed o ON o.id = n.id
      WHERE (o.title, o.section_id, o.latest_version, o.deleted_at) IS DISTINCT FROM (n.title, n.section_id, n.latest_version, n.deleted_at)
      GROUP BY n.org_id;
  END IF;
  RETURN NULL;
END $$;

-- A new version, or the background job filling in the text it read.
CREATE FUNCTION search_document_versions_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM search_refresh_documents(org_id, array_agg(DISTINCT document_id)) FROM added GROUP BY org_id;
  ELSE
    PERFORM search_refresh_documents(n.org_id, array_agg(DISTINCT n.document_id))
       FROM added n JOIN removed o ON o.org_id = n.org_id AND o.document_id = n.document_id AND o.version = n.version
      WHERE o.text IS DISTINCT FROM n.text
      GROUP BY n.org_id;
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION search_people_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM search_refresh_people(org_id, array_agg(id)) FROM added GROUP BY org_id;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM search_refresh_people(org_id, array_agg(id)) FROM removed GROUP BY org_id;
  ELSE
    PERFORM search_refresh_people(n.org_id, array_agg(n.id))
       FROM added n JOIN removed o ON o.id = n.id
      WHERE (o.display_name, o.job_title, o.team_id, o.skills, o.ask_me_about, o.location, o.disabled_at)
            IS DISTINCT FROM
            (n.display_name, n.job_title, n.team_id, n.skills, n.ask_me_about, n.location, n.disabled_at)
      GROUP BY n.org_id;
  END IF;
  RETURN NULL;
END $$;

-- Units; a new name also reaches the units below (found by the name above them) and the people in it.
CREATE FUNCTION search_units_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM search_refresh_units(org_id, array_agg(id)) FROM added GROUP BY org_id;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM search_refresh_units(org_id, array_agg(id)) FROM removed GROUP BY org_id;
  ELSE
    PERFORM search_refresh_units(n.org_id, array_agg(DISTINCT u.id))
       FROM added n JOIN removed o ON o.id = n.id
       JOIN org_units u ON u.org_id = n.org_id AND (u.id = n.id OR u.parent_id = n.id)
      WHERE (o.name, o.name_cy, o.parent_id) IS DISTINCT FROM (n.name, n.name_cy, n.parent_id)
      GROUP BY n.org_id;
    PERFORM search_refresh_people(n.org_id, array_agg(p.id))
       FROM added n JOIN removed o ON o.id = n.id
       JOIN users p ON p.org_id = n.org_id AND p.team_id = n.id
      WHERE (o.name, o.name_cy) IS DISTINCT FROM (n.name, n.name_cy)
      GROUP BY n.org_id;
  END IF;
  RETURN NULL;
END $$;

-- View counts arrive in batches (content.views.ts): each batch is one statement.
CREATE FUNCTION search_views_counted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE search_entries e SET views = counted.views
    FROM added counted
   WHERE e.org_id = counted.org_id AND e.kind IN ('page', 'news') AND e.ref_id = counted.item_id AND e.views <> counted.views;
  RETURN NULL;
END $$;
CREATE TRIGGER content_views_search_insert AFTER INSERT ON content_views
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION search_views_counted();
CREATE TRIGGER content_views_search_update AFTER UPDATE ON content_views
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION search_views_counted();

CREATE TRIGGER content_items_search_insert AFTER INSERT ON content_items
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION search_items_changed();
CREATE TRIGGER content_items_search_update AFTER UPDATE ON content_items
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION search_items_changed();
CREATE TRIGGER content_items_search_delete AFTER DELETE ON content_items
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION search_items_changed();
CREATE TRIGGER content_versions_search_insert AFTER INSERT ON content_versions
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION search_versions_added();

CREATE TRIGGER documents_search_insert AFTER INSERT ON documents
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION search_documents_changed();
CREATE TRIGGER documents_search_update AFTER UPDATE ON documents
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION search_documents_changed();
CREATE TRIGGER documents_search_delete AFTER DELETE ON documents
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION search_documents_changed();
CREATE TRIGGER document_versions_search_insert AFTER INSERT ON document_versions
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION search_document_versions_changed();
CREATE TRIGGER document_versions_search_update AFTER UPDATE ON document_versions
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION search_document_versions_changed();

CREATE TRIGGER users_search_insert AFTER INSERT ON users
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION search_people_changed();
CREATE TRIGGER users_search_update AFTER UPDATE ON users
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION search_people_changed();
CREATE TRIGGER users_search_delete AFTER DELETE ON users
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION search_people_changed();

CREATE TRIGGER org_units_search_insert AFTER INSERT ON org_units
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION search_units_changed();
CREATE TRIGGER org_units_search_update AFTER UPDATE ON org_units
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION search_units_changed();
CREATE TRIGGER org_units_search_delete AFTER DELETE ON org_units
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION search_units_changed();

-- Everything already there.
SELECT search_refresh_items(org_id, array_agg(id)) FROM content_items GROUP BY org_id;
SELECT search_refresh_documents(org_id, array_agg(id)) FROM documents GROUP BY org_id;
SELECT search_refresh_people(org_id, array_agg(id)) FROM users GROUP BY org_id;
SELECT search_refresh_units(org_id, array_agg(id)) FROM org_units GROUP BY org_id;

-- Best bets: for a query (as normalised by the app), an admin puts one thing first.
CREATE TABLE search_best_bets (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id     uuid NOT NULL REFERENCES organisations (id),
  query      text NOT NULL CHECK (length(query) BETWEEN 1 AND 200),
  kind       text NOT NULL CHECK (kind IN ('page', 'news', 'document', 'person', 'team')),
  ref_id     uuid NOT NULL,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, query, kind, ref_id),
  FOREIGN KEY (org_id, created_by) REFERENCES users (org_id, id)
);

-- Synonyms: words and phrases that mean the same ("annual leave", "holiday"), searched for together.
CREATE TABLE search_synonyms (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id     uuid NOT NULL REFERENCES organisations (id),
  terms      text[] NOT NULL CHECK (cardinality(terms) BETWEEN 2 AND 20),
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (org_id, created_by) REFERENCES users (org_id, id)
);
CREATE INDEX search_synonyms_org ON search_synonyms (org_id);

CREATE FUNCTION announce_search_settings_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('guildhall_changes', 'search:' || CASE TG_OP WHEN 'DELETE' THEN OLD.org_id ELSE NEW.org_id END);
  RETURN NULL;
END $$;
CREATE TRIGGER search_best_bets_announce AFTER INSERT OR UPDATE OR DELETE ON search_best_bets
  FOR EACH ROW EXECUTE FUNCTION announce_search_settings_changed();
CREATE TRIGGER search_synonyms_announce AFTER INSERT OR UPDATE OR DELETE ON search_synonyms
  FOR EACH ROW EXECUTE FUNCTION announce_search_settings_changed();

-- Every search, with nothing about who searched beyond the organisation: for
-- admins to see what staff look for, and what they do not find.
CREATE TABLE search_log (
  id               uuid PRIMARY KEY,
  org_id           uuid NOT NULL REFERENCES organisations (id),
  at               timestamptz NOT NULL DEFAULT now(),
  query            text NOT NULL CHECK (length(query) <= 500),
  results          integer NOT NULL CHECK (results >= 0),
  -- The first result opened from this search (1 = the top), if any.
  clicked_position integer CHECK (clicked_position > 0)
);
CREATE INDEX search_log_org_at ON search_log (org_id, at);
