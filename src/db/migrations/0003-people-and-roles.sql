-- The staff directory's profile fields, line management, platform admins,
-- what people may edit on their own profile, and area roles.

ALTER TABLE users
  ADD COLUMN manager_id      uuid,
  ADD COLUMN location        text CHECK (length(location) <= 200),
  ADD COLUMN phone           text CHECK (length(phone) <= 50),
  ADD COLUMN working_pattern text CHECK (length(working_pattern) <= 100),
  ADD COLUMN skills          text[] NOT NULL DEFAULT '{}',
  ADD COLUMN ask_me_about    text[] NOT NULL DEFAULT '{}',
  ADD COLUMN photo_key       text,
  ADD COLUMN is_platform_admin boolean NOT NULL DEFAULT false,
  ADD CONSTRAINT users_manager FOREIGN KEY (org_id, manager_id) REFERENCES users (org_id, id),
  ADD CONSTRAINT users_not_own_manager CHECK (manager_id <> id);
CREATE INDEX users_manager ON users (org_id, manager_id);

-- The profile fields an organisation lets its people edit themselves.
ALTER TABLE organisations
  ADD COLUMN self_editable_fields text[] NOT NULL
    DEFAULT '{job_title,location,phone,working_pattern,skills,ask_me_about,photo}';

-- An area role granted to one person, or to a team (and, if asked, its sub-teams),
-- on one area: for now a team ('team', its id) or the directory ('directory', no id).
CREATE TABLE role_grants (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id           uuid NOT NULL REFERENCES organisations (id),
  area_type        text NOT NULL CHECK (area_type IN ('team', 'directory')),
  area_id          uuid,
  role             text NOT NULL CHECK (role IN ('owner', 'editor', 'contributor', 'member', 'viewer')),
  grantee_user_id  uuid,
  grantee_team_id  uuid,
  include_subteams boolean NOT NULL DEFAULT false,
  granted_by       uuid,
  granted_at       timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id),
  CHECK ((grantee_user_id IS NULL) <> (grantee_team_id IS NULL)),
  CHECK ((area_type = 'directory') = (area_id IS NULL)),
  FOREIGN KEY (org_id, grantee_user_id) REFERENCES users (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, grantee_team_id) REFERENCES org_units (org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, area_id) REFERENCES org_units (org_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX role_grants_one_per_grantee
  ON role_grants (org_id, area_type, coalesce(area_id, '00000000-0000-0000-0000-000000000000'),
                  coalesce(grantee_user_id, grantee_team_id));
CREATE INDEX role_grants_user ON role_grants (org_id, grantee_user_id);
CREATE INDEX role_grants_team ON role_grants (org_id, grantee_team_id);
