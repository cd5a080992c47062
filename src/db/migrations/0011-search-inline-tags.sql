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

SELECT search_refresh_items(org_id, array_agg(id)) FROM content_items GROUP BY org_id;
