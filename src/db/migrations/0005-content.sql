-- Content: sections run by the teams that own them; pages and news that go
-- draft → in review → published → archived, with every save kept as a version;
-- document libraries with folders and versions; page feedback; news comments.
-- Deleting is soft: deleted_at hides a thing, and it can be restored for 30
-- days before the daily job removes it for good.

-- Area roles now reach content sections and each organisation's news.
ALTER TABLE role_grants DROP CONSTRAINT role_grants_area_type_check;
ALTER TABLE role_grants ADD CONSTRAINT role_grants_area_type_check
  CHECK (area_type IN ('team', 'directory', 'section', 'news'));
ALTER TABLE role_grants DROP CONSTRAINT role_grants_check1;
ALTER TABLE role_grants ADD CONSTRAINT role_grants_area_id_check
  CHECK ((area_type IN ('directory', 'news')) = (area_id IS NULL));

CREATE TABLE sections (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id        uuid NOT NULL REFERENCES organisations (id),
  parent_id     uuid,
  title         text NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
  title_cy      text CHECK (length(title_cy) BETWEEN 1 AND 120),
  summary       text NOT NULL DEFAULT '' CHECK (length(summary) <= 300),
  -- The team that runs the section; it is given the editor role when the section is made.
  owner_team_id uuid NOT NULL,
  -- Restricted sections are seen only by those with a role on them (or above them).
  restricted    boolean NOT NULL DEFAULT false,
  created_at    timestamptz NOT NULL DEFAULT now(),
  deleted_at    timestamptz,
  deleted_by    uuid,
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, parent_id) REFERENCES sections (org_id, id),
  FOREIGN KEY (org_id, owner_team_id) REFERENCES org_units (org_id, id),
  CHECK (parent_id <> id)
);
CREATE INDEX sections_parent ON sections (org_id, parent_id);

-- A grant on a team must name one of the organisation's units, a grant on a
-- section one of its sections: each through a column of its own, so each has a
-- foreign key that includes org_id.
ALTER TABLE role_grants DROP CONSTRAINT role_grants_org_id_area_id_fkey;
ALTER TABLE role_grants
  ADD COLUMN team_area_id uuid GENERATED ALWAYS AS (CASE WHEN area_type = 'team' THEN area_id END) STORED,
  ADD COLUMN section_area_id uuid GENERATED ALWAYS AS (CASE WHEN area_type = 'section' THEN area_id END) STORED,
  ADD FOREIGN KEY (org_id, team_area_id) REFERENCES org_units (org_id, id) ON DELETE CASCADE,
  ADD FOREIGN KEY (org_id, section_area_id) REFERENCES sections (org_id, id) ON DELETE CASCADE;

-- Pages (in a section) and news (the organisation's), one table so that the
-- workflow, versions, deletion and search are written once. The working copy
-- is the latest version; readers see the live one.
CREATE TABLE content_items (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id             uuid NOT NULL REFERENCES organisations (id),
  kind               text NOT NULL CHECK (kind IN ('page', 'news')),
  section_id         uuid,
  language           text NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'cy')),
  status             text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'in_review', 'published', 'archived')),
  -- The working copy's title and summary, for editors' lists.
  title              text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  summary            text NOT NULL DEFAULT '' CHECK (length(summary) <= 300),
  latest_version     integer NOT NULL DEFAULT 1 CHECK (latest_version > 0),
  -- What readers see: the live version, from live_from until live_until.
  live_version       integer CHECK (live_version > 0 AND live_version <= latest_version),
  live_title         text,
  live_summary       text,
  live_image_key     text,
  live_image_alt     text,
  live_from          timestamptz,
  live_until         timestamptz CHECK (live_until > live_from),
  first_published_at timestamptz,
  owner_id           uuid NOT NULL,
  created_by         uuid NOT NULL,
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_by         uuid NOT NULL,
  updated_at         timestamptz NOT NULL DEFAULT now(),
  submitted_by       uuid,
  reviewer_id        uuid,
  review_due         date NOT NULL DEFAULT (now() + interval '12 months')::date,
  review_reminded_at timestamptz,
  review_overdue     boolean NOT NULL DEFAULT false,
  views              bigint NOT NULL DEFAULT 0,
  -- News only.
  categories         text[] NOT NULL DEFAULT '{}',
  pinned             boolean NOT NULL DEFAULT false,
  featured           boolean NOT NULL DEFAULT false,
  comments_enabled   boolean NOT NULL DEFAULT false,
  -- Who a news item is for. Both empty: everyone. Otherwise anyone in one of
  -- these units (or a unit below it), or in one of these staff groups. Kept on
  -- the row so that reading someone's news needs no join.
  audience_units     uuid[] NOT NULL DEFAULT '{}',
  audience_groups    text[] NOT NULL DEFAULT '{}'
    CHECK (audience_groups <@ ARRAY['senior_leader', 'head_of_service', 'manager', 'frontline', 'councillor', 'partner']),
  deleted_at         timestamptz,
  deleted_by         uuid,
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, section_id) REFERENCES sections (org_id, id),
  FOREIGN KEY (org_id, owner_id) REFERENCES users (org_id, id),
  FOREIGN KEY (org_id, created_by) REFERENCES users (org_id, id),
  FOREIGN KEY (org_id, updated_by) REFERENCES users (org_id, id),
  FOREIGN KEY (org_id, reviewer_id) REFERENCES users (org_id, id),
  CHECK ((kind = 'page') = (section_id IS NOT NULL)),
  CHECK ((live_version IS NULL) = (live_title IS NULL)),
  CHECK ((live_version IS NULL) = (live_from IS NULL))
);
CREATE INDEX content_items_section ON content_items (org_id, section_id, live_title) WHERE deleted_at IS NULL;
CREATE INDEX content_items_news ON content_items (org_id, pinned DESC, live_from DESC)
  WHERE kind = 'news' AND live_version IS NOT NULL AND deleted_at IS NULL AND status <> 'archived';
CREATE INDEX content_items_review ON content_items (org_id, review_due) WHERE deleted_at IS NULL;
-- What is being written or waits for review, for the people who write it.
CREATE INDEX content_items_in_progress ON content_items (org_id, kind, updated_at DESC)
  WHERE deleted_at IS NULL AND status IN ('draft', 'in_review');
CREATE INDEX content_items_deleted ON content_items (deleted_at) WHERE deleted_at IS NOT NULL;

-- Every save, numbered per item. Restoring an old version saves it again as the newest.
CREATE TABLE content_versions (
  org_id    uuid NOT NULL,
  item_id   uuid NOT NULL,
  version   integer NOT NULL CHECK (version > 0),
  title     text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  summary   text NOT NULL DEFAULT '' CHECK (length(summary) <= 300),
  body      text NOT NULL DEFAULT '' CHECK (length(body) <= 200000),
  -- The body rendered and sanitised when it was saved (src/platform/markdown.ts), so reading never renders.
  body_html text NOT NULL DEFAULT '',
  image_key text,
  image_alt text CHECK (length(image_alt) <= 300),
  saved_by  uuid NOT NULL,
  saved_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, item_id, version),
  FOREIGN KEY (org_id, item_id) REFERENCES content_items (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, saved_by) REFERENCES users (org_id, id),
  CHECK ((image_key IS NULL) = (image_alt IS NULL))
);

-- What happened to an item, for its history: submitted, approved, rejected (with the reviewer's comment), …
CREATE TABLE content_events (
  id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id    uuid NOT NULL,
  item_id   uuid NOT NULL,
  at        timestamptz NOT NULL DEFAULT now(),
  actor_id  uuid,
  event     text NOT NULL,
  version   integer,
  comment   text CHECK (length(comment) <= 2000),
  FOREIGN KEY (org_id, item_id) REFERENCES content_items (org_id, id) ON DELETE CASCADE
);
CREATE INDEX content_events_item ON content_events (org_id, item_id, at);

CREATE TABLE content_related (
  org_id     uuid NOT NULL,
  item_id    uuid NOT NULL,
  related_id uuid NOT NULL,
  position   integer NOT NULL,
  PRIMARY KEY (org_id, item_id, related_id),
  FOREIGN KEY (org_id, item_id) REFERENCES content_items (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, related_id) REFERENCES content_items (org_id, id) ON DELETE CASCADE,
  CHECK (item_id <> related_id)
);

-- "Was this page useful?" One answer per person per item; editors see the answers, never who gave them.
CREATE TABLE content_feedback (
  org_id     uuid NOT NULL,
  item_id    uuid NOT NULL,
  user_id    uuid NOT NULL,
  useful     boolean NOT NULL,
  comment    text NOT NULL DEFAULT '' CHECK (length(comment) <= 1000),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, item_id, user_id),
  FOREIGN KEY (org_id, item_id) REFERENCES content_items (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, user_id) REFERENCES users (org_id, id) ON DELETE CASCADE
);

CREATE TABLE content_comments (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id     uuid NOT NULL,
  item_id    uuid NOT NULL,
  author_id  uuid NOT NULL,
  body       text NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
  created_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  deleted_by uuid,
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, item_id) REFERENCES content_items (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, author_id) REFERENCES users (org_id, id)
);
CREATE INDEX content_comments_item ON content_comments (org_id, item_id, created_at);

CREATE TABLE document_folders (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id     uuid NOT NULL,
  section_id uuid NOT NULL,
  parent_id  uuid,
  name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  created_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  deleted_by uuid,
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, section_id) REFERENCES sections (org_id, id),
  FOREIGN KEY (org_id, parent_id) REFERENCES document_folders (org_id, id),
  CHECK (parent_id <> id)
);
CREATE INDEX document_folders_section ON document_folders (org_id, section_id, parent_id);

CREATE TABLE documents (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id         uuid NOT NULL,
  section_id     uuid NOT NULL,
  folder_id      uuid,
  title          text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  latest_version integer NOT NULL DEFAULT 1,
  created_by     uuid NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  deleted_at     timestamptz,
  deleted_by     uuid,
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, section_id) REFERENCES sections (org_id, id),
  FOREIGN KEY (org_id, folder_id) REFERENCES document_folders (org_id, id),
  FOREIGN KEY (org_id, created_by) REFERENCES users (org_id, id)
);
CREATE INDEX documents_section ON documents (org_id, section_id, folder_id) WHERE deleted_at IS NULL;

CREATE TABLE document_versions (
  org_id        uuid NOT NULL,
  document_id   uuid NOT NULL,
  version       integer NOT NULL CHECK (version > 0),
  file_key      text NOT NULL,
  filename      text NOT NULL CHECK (length(filename) BETWEEN 1 AND 255),
  kind          text NOT NULL CHECK (kind IN ('pdf', 'docx', 'xlsx', 'odt', 'png', 'jpeg', 'txt')),
  mime_type     text NOT NULL,
  size_bytes    bigint NOT NULL CHECK (size_bytes > 0),
  sha256        text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  uploaded_by   uuid NOT NULL,
  uploaded_at   timestamptz NOT NULL DEFAULT now(),
  -- Filled in by the background job: the text inside (PDF, DOCX, TXT) and a thumbnail (images).
  text_status   text NOT NULL DEFAULT 'pending' CHECK (text_status IN ('pending', 'done', 'failed', 'none')),
  text          text,
  thumbnail_key text,
  PRIMARY KEY (org_id, document_id, version),
  FOREIGN KEY (org_id, document_id) REFERENCES documents (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, uploaded_by) REFERENCES users (org_id, id)
);

CREATE TABLE content_attachments (
  org_id      uuid NOT NULL,
  item_id     uuid NOT NULL,
  document_id uuid NOT NULL,
  position    integer NOT NULL,
  PRIMARY KEY (org_id, item_id, document_id),
  FOREIGN KEY (org_id, item_id) REFERENCES content_items (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, document_id) REFERENCES documents (org_id, id) ON DELETE CASCADE
);

-- Sections are kept in memory by every instance, like the directory (0004).
CREATE FUNCTION announce_sections_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('guildhall_changes', 'sections:' || CASE TG_OP WHEN 'DELETE' THEN OLD.org_id ELSE NEW.org_id END);
  RETURN NULL;
END $$;
CREATE TRIGGER sections_announce_change AFTER INSERT OR UPDATE OR DELETE ON sections
  FOR EACH ROW EXECUTE FUNCTION announce_sections_changed();

-- Every instance keeps the latest news for each audience for a short while;
-- a change to any news item (but not its view count) makes them read it again.
CREATE FUNCTION announce_news_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('guildhall_changes', 'news:' || CASE TG_OP WHEN 'DELETE' THEN OLD.org_id ELSE NEW.org_id END);
  RETURN NULL;
END $$;
CREATE TRIGGER content_items_announce_news AFTER INSERT OR DELETE ON content_items
  FOR EACH ROW EXECUTE FUNCTION announce_news_changed();
CREATE TRIGGER content_items_announce_news_change AFTER UPDATE ON content_items
  FOR EACH ROW WHEN (NEW.kind = 'news' AND NEW.views = OLD.views)
  EXECUTE FUNCTION announce_news_changed();
