-- A team's Welsh name, found however it is mutated.
--
-- 0010 marks the words of Welsh entries with every word they may be mutations
-- of, so that "Cymraeg" finds "y Gymraeg". People and teams are English
-- entries, whose words are never marked (an English "chat" is no "cat"), yet a
-- team's name may be Welsh too: "Uned y Gymraeg" was found by "Gymraeg" alone,
-- and so were the people in it. The Welsh names of a team, of the unit above
-- it and of a person's team are now marked as a Welsh entry's words are,
-- weighted where they were; the English words stay as they were. Only names
-- given in Welsh are marked, and only an organisation that works in Welsh
-- reads queries the Welsh way (search_query's `welsh`).

-- A name given in Welsh, its words as written and marked, with one weight.
CREATE FUNCTION search_welsh_name(name text, weight "char") RETURNS tsvector LANGUAGE sql IMMUTABLE AS $$
  SELECT setweight(search_welsh_marks(to_tsvector('simple', coalesce(name, ''))), weight)
$$;

-- 0006's, with the team's Welsh name marked.
CREATE OR REPLACE FUNCTION search_rewrite_people(p_org uuid, p_ids uuid[]) RETURNS void LANGUAGE sql AS $$
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
                          concat_ws(' ', array_to_string(p.skills, ', '), array_to_string(p.ask_me_about, ', '), p.location))
                        || search_welsh_name(u.name_cy, 'B') AS words) about
   WHERE p.org_id = p_org AND p.id = ANY (p_ids) AND p.disabled_at IS NULL;
$$;

-- 0006's, with the team's Welsh name and the Welsh name of the unit above marked.
CREATE OR REPLACE FUNCTION search_rewrite_units(p_org uuid, p_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM search_entries WHERE org_id = p_org AND kind = 'team' AND ref_id = ANY (p_ids);
  INSERT INTO search_entries
    (org_id, kind, ref_id, section_id, unit_id, language, title, summary, body, dated, title_words, head_words, words)
  SELECT u.org_id, 'team', u.id, NULL, u.id, 'en', u.name, coalesce(u.name_cy, ''), concat_ws(' ', above.name, above.name_cy),
         u.created_at, to_tsvector('english', u.name),
         about.words, about.words
    FROM org_units u
    LEFT JOIN org_units above ON above.org_id = u.org_id AND above.id = u.parent_id
    CROSS JOIN LATERAL (SELECT search_words('en', u.name, u.name_cy, NULL, concat_ws(' ', above.name, above.name_cy))
                               || search_welsh_name(u.name_cy, 'B') || search_welsh_name(above.name_cy, 'C') AS words) about
   WHERE u.org_id = p_org AND u.id = ANY (p_ids);
$$;

-- Rewrites the entries of the people and teams that hold a Welsh name, after a
-- change to how Welsh names are marked.
CREATE FUNCTION search_refresh_welsh_names() RETURNS void LANGUAGE sql AS $$
  SELECT search_refresh_units(u.org_id, array_agg(u.id))
    FROM org_units u LEFT JOIN org_units above ON above.org_id = u.org_id AND above.id = u.parent_id
   WHERE u.name_cy IS NOT NULL OR above.name_cy IS NOT NULL
   GROUP BY u.org_id;
  SELECT search_refresh_people(p.org_id, array_agg(p.id))
    FROM users p JOIN org_units u ON u.org_id = p.org_id AND u.id = p.team_id
   WHERE u.name_cy IS NOT NULL
   GROUP BY p.org_id;
$$;

SELECT search_refresh_welsh_names();
