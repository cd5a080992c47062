-- Welsh found with or without its accents.
--
-- Many keyboards make a circumflex (to bach) hard to type, so Welsh is often
-- written without one: "ffon" for "ffôn", "tim" for "tîm". Read word for word,
-- neither found the other. The marks 0010 adds to Welsh words (and 0012 to
-- Welsh names) are now written without accents, and a query read the Welsh
-- way looks for its words so too: "ffon" and "ffôn" find both. The word as
-- typed still ranks higher, found both word for word and this way. Only where
-- the organisation works in Welsh, as before.

-- A word with the accents Welsh writes on its vowels taken off.
CREATE FUNCTION search_unaccented(word text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT translate(word, 'âêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ', 'aeiouwyaeiouwyaeiouwyaeiouwy')
$$;

-- 0010's, with each mark unaccented.
CREATE OR REPLACE FUNCTION search_welsh_marks(words tsvector) RETURNS tsvector LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT coalesce(string_agg(search_lexeme(form) || coalesce(':' || places, ''), ' '), '')::tsvector
    FROM unnest(words) word
   CROSS JOIN LATERAL (SELECT string_agg(place::text || weight, ',') AS places FROM unnest(word.positions, word.weights) AS p(place, weight)) at
   CROSS JOIN LATERAL unnest(CASE WHEN word.lexeme LIKE 'cy\_%' THEN ARRAY[word.lexeme]
                                  ELSE word.lexeme || array(SELECT 'cy_' || search_unaccented(each) FROM unnest(search_welsh_forms(word.lexeme)) each) END) form
$$;

-- 0010's, with the marks it looks for unaccented.
CREATE OR REPLACE FUNCTION search_welsh_reading(query tsquery, marked boolean) RETURNS tsquery LANGUAGE plpgsql IMMUTABLE STRICT
SET plan_cache_mode = force_generic_plan AS $$
BEGIN
  RETURN coalesce((
    SELECT string_agg(CASE WHEN token LIKE '''%' THEN (
             SELECT '(' || string_agg(search_lexeme(form), ' | ') || ')'
               FROM unnest(search_welsh_forms(replace(replace(substr(token, 2, length(token) - 2), '''''', ''''), '\\', '\'))) radical
              CROSS JOIN LATERAL unnest(CASE WHEN marked THEN ARRAY['cy_' || search_unaccented(radical)] ELSE search_welsh_mutations(radical) END) form)
           ELSE token END, '' ORDER BY place)::tsquery
      FROM regexp_matches(query::text, '''(?:[^''\\]|''''|\\.)*''|[^'']+', 'g') WITH ORDINALITY AS found(match, place),
           LATERAL (SELECT match[1] AS token) each), query);
END $$;

-- A vector without its marks, to be marked again.
CREATE FUNCTION search_without_welsh_marks(words tsvector) RETURNS tsvector LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT ts_delete(words, array(SELECT lexeme FROM unnest(words) WHERE lexeme LIKE 'cy\_%'))
$$;

-- Welsh entries marked again (0010's trigger marks what is written to them),
-- and the people and teams whose entries hold a Welsh name (0012).
UPDATE search_entries
   SET title_words = search_without_welsh_marks(title_words),
       head_words = search_without_welsh_marks(head_words),
       words = search_without_welsh_marks(words)
 WHERE language = 'cy';
SELECT search_refresh_welsh_names();
