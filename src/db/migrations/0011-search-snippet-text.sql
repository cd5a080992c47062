-- What a snippet is made from.
--
-- A page's text for search was its HTML with a space for every tag, so a link
-- or emphasis ending a sentence left a space before the full stop, and
-- snippets read "see the payroll page ." (and "<strong>un</strong>likely" was
-- two words). Tags inside a line of text now join the words around them, as
-- the page shows them; any other tag (a paragraph, a heading, a list item, a
-- line break) still parts words. Every page and news item is indexed again.

CREATE OR REPLACE FUNCTION search_plain_text(html text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT replace(replace(replace(replace(replace(replace(
           regexp_replace(
             regexp_replace(
               regexp_replace(coalesce(html, ''),
                 '</?(a|abbr|b|bdi|bdo|cite|code|del|dfn|em|i|ins|kbd|mark|q|s|samp|small|span|strong|sub|sup|u|var)(\s[^>]*)?>', '', 'gi'),
               '<[^>]*>', ' ', 'g'),
             '\s+', ' ', 'g'),
           '&lt;', '<'), '&gt;', '>'), '&quot;', '"'), '&#39;', ''''), '&#x27;', ''''), '&amp;', '&')
$$;

-- The characters search.sql.ts marks matched words with in snippets (U+E000
-- and U+E001, of Unicode's private use) are taken out of an entry's text as it
-- is written: a page or a document holding them highlighted words that did
-- not match. Here rather than around each snippet, where it cost every search
-- 0.4-2 ms (20 snippets of up to 8,000 characters each).
CREATE FUNCTION search_unmarked_body() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.body := translate(NEW.body, U&'\E000\E001', '');
  RETURN NEW;
END $$;

CREATE TRIGGER search_entries_unmarked BEFORE INSERT OR UPDATE OF body ON search_entries
  FOR EACH ROW WHEN (strpos(NEW.body, U&'\E000') > 0 OR strpos(NEW.body, U&'\E001') > 0)
  EXECUTE FUNCTION search_unmarked_body();

UPDATE search_entries SET body = body WHERE strpos(body, U&'\E000') > 0 OR strpos(body, U&'\E001') > 0;

SELECT search_refresh_items(org_id, array_agg(id)) FROM content_items GROUP BY org_id;
