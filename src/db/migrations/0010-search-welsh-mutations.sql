-- Welsh changes the first sound of a word after certain others: Caerdydd is
-- "i Gaerdydd", "yng Nghaerdydd", "a Chaerdydd"; Cymraeg is "y Gymraeg". Read
-- word for word, a search for "Caerdydd" found none of them, and one for
-- "Gymraeg" missed "Cymraeg". Now a Welsh entry also holds, for each of its
-- words, the word and every word it may be a mutation of, marked `cy_` (which
-- no word as read has: the parser splits words at `_`); in an organisation
-- that works in Welsh, a query also looks for its words that way. A Welsh word
-- and a query word match when they may be forms of one word. English entries
-- hold no such marks, so an English "chat" is not found by "cat". The same
-- form as typed still ranks higher, found both word for word and this way.
--
-- Only where the organisation works in Welsh: the Welsh reading triples a
-- query's words, and a common word's search, which tests its query against
-- every match, took 15-31% longer with it (bench/README.md, 2026-12-02).

-- Welsh vowels, with their accents: w and y are vowels too.
CREATE FUNCTION search_welsh_vowel() RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT '[aeiouwyâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ]'
$$;

-- The word and each word it may be a mutation of (soft, nasal, aspirate, an h
-- before a vowel): "nghaerdydd" gives {nghaerdydd, caerdydd}, "fam" {fam, bam,
-- mam}, "ardd" {ardd, gardd}. A word that is no mutation gives itself alone.
-- This and the other small functions here are one expression each, and not
-- STRICT, so that PostgreSQL puts them in place where they are called.
CREATE FUNCTION search_welsh_forms(word text) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN left(word, 3) = 'ngh' THEN ARRAY[word, 'c' || substr(word, 4)]
    WHEN left(word, 2) IN ('mh', 'ph') THEN ARRAY[word, 'p' || substr(word, 3)]
    WHEN left(word, 2) IN ('nh', 'th') THEN ARRAY[word, 't' || substr(word, 3)]
    WHEN left(word, 2) = 'ch' THEN ARRAY[word, 'c' || substr(word, 3)]
    WHEN left(word, 2) = 'ng' THEN ARRAY[word, 'g' || substr(word, 3)]
    WHEN left(word, 2) = 'dd' THEN ARRAY[word, 'd' || substr(word, 3)]
    -- ll, rh and ff are never mutations.
    WHEN left(word, 2) IN ('ll', 'rh', 'ff') THEN ARRAY[word]
    WHEN left(word, 1) = 'b' THEN ARRAY[word, 'p' || substr(word, 2)]
    WHEN left(word, 1) = 'd' THEN ARRAY[word, 't' || substr(word, 2)]
    WHEN left(word, 1) = 'g' THEN ARRAY[word, 'c' || substr(word, 2)]
    WHEN left(word, 1) = 'f' THEN ARRAY[word, 'b' || substr(word, 2), 'm' || substr(word, 2)]
    WHEN left(word, 1) = 'l' THEN ARRAY[word, 'll' || substr(word, 2), 'g' || word]
    WHEN left(word, 1) = 'r' THEN ARRAY[word, 'rh' || substr(word, 2), 'g' || word]
    WHEN left(word, 1) = 'm' THEN ARRAY[word, 'b' || substr(word, 2)]
    WHEN left(word, 1) = 'n' THEN ARRAY[word, 'd' || substr(word, 2)]
    -- An h before a vowel was added; a vowel first may have lost a g.
    WHEN left(word, 1) = 'h' AND substr(word, 2, 1) ~ search_welsh_vowel() THEN ARRAY[word, substr(word, 2)]
    WHEN left(word, 1) ~ search_welsh_vowel() THEN ARRAY[word, 'g' || word]
    ELSE ARRAY[word] END
$$;

-- A lexeme as tsvector and tsquery input spell it, whatever it holds.
CREATE FUNCTION search_lexeme(lexeme text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT '''' || replace(replace(lexeme, '\', '\\'), '''', '''''') || ''''
$$;

-- A Welsh entry's words with their marked forms, each where its word is (for
-- phrases and ranking) and weighted as it is. Built as text and read once:
-- tsvector's || would move the second part's positions past the first's.
-- Marks already there are kept as they are, so marking twice changes nothing.
CREATE FUNCTION search_welsh_marks(words tsvector) RETURNS tsvector LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT coalesce(string_agg(search_lexeme(form) || coalesce(':' || places, ''), ' '), '')::tsvector
    FROM unnest(words) word
   CROSS JOIN LATERAL (SELECT string_agg(place::text || weight, ',') AS places FROM unnest(word.positions, word.weights) AS p(place, weight)) at
   CROSS JOIN LATERAL unnest(CASE WHEN word.lexeme LIKE 'cy\_%' THEN ARRAY[word.lexeme]
                                  ELSE word.lexeme || array(SELECT 'cy_' || each FROM unnest(search_welsh_forms(word.lexeme)) each) END) form
$$;

-- Every way a Welsh entry's words are written goes through here, whichever refresh wrote them.
CREATE FUNCTION search_mark_welsh_entry() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.title_words := search_welsh_marks(NEW.title_words);
  NEW.head_words := search_welsh_marks(NEW.head_words);
  BEGIN
    NEW.words := search_welsh_marks(NEW.words);
  EXCEPTION WHEN program_limit_exceeded THEN
    -- Marked, the words of a long text of very many different long words
    -- would pass a tsvector's 1 MB of lexemes (12,000 different words of 33
    -- letters do): it is found by its title, summary and first words however
    -- mutated, and by the rest word for word, as before.
    NULL;
  END;
  RETURN NEW;
END $$;
CREATE TRIGGER search_entries_welsh BEFORE INSERT OR UPDATE OF title_words, head_words, words, language ON search_entries
  FOR EACH ROW WHEN (NEW.language = 'cy') EXECUTE FUNCTION search_mark_welsh_entry();
UPDATE search_entries SET words = words WHERE language = 'cy';

-- The radical and each of its mutations: "caerdydd" gives {caerdydd, gaerdydd,
-- nghaerdydd, chaerdydd}; a vowel first may gain an h. For the snippets only.
CREATE FUNCTION search_welsh_mutations(radical text) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN left(radical, 2) IN ('ch', 'ph', 'th', 'll', 'rh', 'dd', 'ff', 'ng') THEN
      CASE left(radical, 2) WHEN 'll' THEN ARRAY[radical, substr(radical, 2)] WHEN 'rh' THEN ARRAY[radical, 'r' || substr(radical, 3)] ELSE ARRAY[radical] END
    WHEN left(radical, 1) = 'p' THEN ARRAY[radical, 'b' || substr(radical, 2), 'mh' || substr(radical, 2), 'ph' || substr(radical, 2)]
    WHEN left(radical, 1) = 't' THEN ARRAY[radical, 'd' || substr(radical, 2), 'nh' || substr(radical, 2), 'th' || substr(radical, 2)]
    WHEN left(radical, 1) = 'c' THEN ARRAY[radical, 'g' || substr(radical, 2), 'ngh' || substr(radical, 2), 'ch' || substr(radical, 2)]
    WHEN left(radical, 1) = 'b' THEN ARRAY[radical, 'f' || substr(radical, 2), 'm' || substr(radical, 2)]
    WHEN left(radical, 1) = 'd' THEN ARRAY[radical, 'dd' || substr(radical, 2), 'n' || substr(radical, 2)]
    WHEN left(radical, 1) = 'g' THEN ARRAY[radical, substr(radical, 2), 'ng' || substr(radical, 2)]
    WHEN left(radical, 1) = 'm' THEN ARRAY[radical, 'f' || substr(radical, 2)]
    WHEN left(radical, 1) ~ search_welsh_vowel() THEN ARRAY[radical, 'h' || radical]
    ELSE ARRAY[radical] END
$$;

-- A query read the Welsh way, each word made what it may be: to find
-- (`marked`), the marked forms above ("Gaerdydd" becomes 'cy_gaerdydd' |
-- 'cy_caerdydd'); for a Welsh entry's snippet, every way it may be written
-- ("Caerdydd" becomes 'caerdydd' | 'gaerdydd' | 'nghaerdydd' | 'chaerdydd'),
-- so that the words that matched are the ones marked. The query's text is
-- rewritten word by word and read once: a ts_rewrite for each word took 2 ms
-- for ten words, and 120 ms for the longest query allowed. One plan serves
-- every query: planning it afresh for each took 0.6-1 ms of a ten-word
-- query's 0.8-1.3 ms, and it is read several times a search.
CREATE FUNCTION search_welsh_reading(query tsquery, marked boolean) RETURNS tsquery LANGUAGE plpgsql IMMUTABLE STRICT
SET plan_cache_mode = force_generic_plan AS $$
BEGIN
  RETURN coalesce((
    SELECT string_agg(CASE WHEN token LIKE '''%' THEN (
             SELECT '(' || string_agg(search_lexeme(form), ' | ') || ')'
               FROM unnest(search_welsh_forms(replace(replace(substr(token, 2, length(token) - 2), '''''', ''''), '\\', '\'))) radical
              CROSS JOIN LATERAL unnest(CASE WHEN marked THEN ARRAY['cy_' || radical] ELSE search_welsh_mutations(radical) END) form)
           ELSE token END, '' ORDER BY place)::tsquery
      -- Its words (quoted, a quote in one doubled) and what is between them (operators, brackets).
      FROM regexp_matches(query::text, '''(?:[^''\\]|''''|\\.)*''|[^'']+', 'g') WITH ORDINALITY AS found(match, place),
           LATERAL (SELECT match[1] AS token) each), query);
END $$;

-- 0009's search_query, search_mentions and search_query with what is left
-- out, each told whether the organisation works in Welsh (`welsh`): if it does,
-- with the Welsh reading beside the other two. So "-Caerdydd" leaves out "yng
-- Nghaerdydd" too. Without it, each reads as 0009's, which now ask these.
CREATE FUNCTION search_query(texts text[], welsh boolean) RETURNS tsquery LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
  as_written tsquery;
BEGIN
  IF NOT welsh THEN RETURN search_query(texts); END IF;
  as_written := search_any('simple', texts);
  IF numnode(as_written) = 0 THEN RETURN as_written; END IF;
  RETURN search_query(texts) || search_welsh_reading(as_written, true);
END $$;

CREATE FUNCTION search_mentions(texts text[], welsh boolean) RETURNS tsquery LANGUAGE plpgsql IMMUTABLE STRICT AS $$
BEGIN
  RETURN search_query(texts, welsh);
END $$;

CREATE FUNCTION search_query(texts text[], excluded text[], welsh boolean) RETURNS tsquery LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
  asked tsquery := search_query(texts, welsh);
  left_out tsquery;
BEGIN
  IF cardinality(excluded) = 0 THEN RETURN asked; END IF;
  left_out := search_mentions(excluded, welsh);
  IF numnode(left_out) = 0 THEN RETURN asked; END IF;
  IF querytree(asked && !!left_out) = 'T' THEN RETURN NULL; END IF;
  RETURN asked && !!left_out;
END $$;

CREATE OR REPLACE FUNCTION search_mentions(texts text[]) RETURNS tsquery LANGUAGE plpgsql IMMUTABLE STRICT AS $$
BEGIN
  RETURN search_mentions(texts, false);
END $$;

CREATE OR REPLACE FUNCTION search_query(texts text[], excluded text[]) RETURNS tsquery LANGUAGE plpgsql IMMUTABLE STRICT AS $$
BEGIN
  RETURN search_query(texts, excluded, false);
END $$;
