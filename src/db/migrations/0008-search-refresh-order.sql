-- Two transactions refreshing the same search entries at once (a document's
-- text extracted by the background job while someone renames it) both deleted
-- the entry and both inserted it again: the second failed on the primary key,
-- and the write that set it off failed with it. Each refresh now first takes
-- the rows it reads from, in order, as an UPDATE of them would: a second
-- refresh of the same rows waits until the first has committed, then rewrites
-- the entries from what both wrote (each statement of these functions reads
-- afresh). The rewriting itself is 0006's, under a new name.

ALTER FUNCTION search_refresh_items(uuid, uuid[]) RENAME TO search_rewrite_items;
CREATE FUNCTION search_refresh_items(p_org uuid, p_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  SELECT 1 FROM content_items WHERE org_id = p_org AND id = ANY (p_ids) ORDER BY id FOR NO KEY UPDATE;
  SELECT search_rewrite_items(p_org, p_ids);
$$;

ALTER FUNCTION search_refresh_documents(uuid, uuid[]) RENAME TO search_rewrite_documents;
CREATE FUNCTION search_refresh_documents(p_org uuid, p_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  SELECT 1 FROM documents WHERE org_id = p_org AND id = ANY (p_ids) ORDER BY id FOR NO KEY UPDATE;
  SELECT search_rewrite_documents(p_org, p_ids);
$$;

ALTER FUNCTION search_refresh_people(uuid, uuid[]) RENAME TO search_rewrite_people;
CREATE FUNCTION search_refresh_people(p_org uuid, p_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  SELECT 1 FROM users WHERE org_id = p_org AND id = ANY (p_ids) ORDER BY id FOR NO KEY UPDATE;
  SELECT search_rewrite_people(p_org, p_ids);
$$;

ALTER FUNCTION search_refresh_units(uuid, uuid[]) RENAME TO search_rewrite_units;
CREATE FUNCTION search_refresh_units(p_org uuid, p_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  SELECT 1 FROM org_units WHERE org_id = p_org AND id = ANY (p_ids) ORDER BY id FOR NO KEY UPDATE;
  SELECT search_rewrite_units(p_org, p_ids);
$$;
