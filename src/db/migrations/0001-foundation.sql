-- Foundation: organisations, their structure and people, sessions, sign-in
-- throttling, password reset and the mail outbox.
-- Every organisation-owned table carries org_id, and every foreign key between
-- such tables includes it, so a row can never point into another organisation.

CREATE TABLE organisations (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code           text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9][a-z0-9-]{1,39}$'),
  name           text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  name_cy        text CHECK (length(name_cy) BETWEEN 1 AND 200),
  brand_colour   text NOT NULL DEFAULT '#0b0c0c' CHECK (brand_colour ~ '^#[0-9a-f]{6}$'),
  default_locale text NOT NULL DEFAULT 'en' CHECK (default_locale IN ('en', 'cy')),
  created_at     timestamptz NOT NULL DEFAULT now()
);

-- Directorates, services and teams: one tree per organisation.
CREATE TABLE org_units (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id     uuid NOT NULL REFERENCES organisations (id),
  parent_id  uuid,
  kind       text NOT NULL CHECK (kind IN ('directorate', 'service', 'team')),
  name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  name_cy    text CHECK (length(name_cy) BETWEEN 1 AND 200),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, parent_id) REFERENCES org_units (org_id, id)
);
CREATE INDEX org_units_parent ON org_units (org_id, parent_id);

CREATE TABLE users (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id        uuid NOT NULL REFERENCES organisations (id),
  email         text NOT NULL CHECK (email = lower(email) AND email LIKE '%_@_%'),
  display_name  text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
  job_title     text,
  staff_group   text NOT NULL CHECK (staff_group IN
                  ('senior_leader', 'head_of_service', 'manager', 'frontline', 'councillor', 'partner')),
  team_id       uuid,
  role          text NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'org_admin')),
  password_hash text,
  locale        text CHECK (locale IN ('en', 'cy')),
  disabled_at   timestamptz,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id),
  FOREIGN KEY (org_id, team_id) REFERENCES org_units (org_id, id)
);
-- One account per address across the platform: sign-in is by email alone.
CREATE UNIQUE INDEX users_email ON users (email);
CREATE INDEX users_team ON users (org_id, team_id);

-- The cookie holds a random token; only its SHA-256 is stored, so a copy of
-- this table cannot be replayed as cookies.
CREATE TABLE sessions (
  token_hash   text PRIMARY KEY,
  org_id       uuid NOT NULL,
  user_id      uuid NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL,
  FOREIGN KEY (org_id, user_id) REFERENCES users (org_id, id) ON DELETE CASCADE
);
CREATE INDEX sessions_user ON sessions (org_id, user_id);
CREATE INDEX sessions_expires ON sessions (expires_at);

CREATE TABLE password_reset_tokens (
  token_hash text PRIMARY KEY,
  org_id     uuid NOT NULL,
  user_id    uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at    timestamptz,
  FOREIGN KEY (org_id, user_id) REFERENCES users (org_id, id) ON DELETE CASCADE
);

-- Throttling keys are 'ip:<address>' or 'account:<sha256 of email>', never a
-- raw address, so the table holds no personal data beyond the IP.
CREATE TABLE sign_in_attempts (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  key          text NOT NULL,
  attempted_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sign_in_attempts_key ON sign_in_attempts (key, attempted_at);

CREATE TABLE outbox (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id     uuid NOT NULL REFERENCES organisations (id),
  to_address text NOT NULL,
  subject    text NOT NULL,
  body_text  text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX outbox_org_created ON outbox (org_id, created_at DESC);
