-- The audit ledger: one hash chain per organisation. Each event stores the hash
-- of the one before it and its own: SHA-256 over the previous hash and a
-- canonical encoding of the event (src/platform/audit.ts), so an edit, a
-- deletion or a reordering breaks the chain where it happened.

CREATE TABLE audit_events (
  org_id       uuid NOT NULL REFERENCES organisations (id),
  seq          bigint NOT NULL CHECK (seq > 0),
  occurred_at  timestamptz NOT NULL,
  actor_id     uuid,
  action       text NOT NULL,
  subject_type text NOT NULL,
  subject_id   text NOT NULL,
  -- Ids and codes only, never personal data.
  details      jsonb NOT NULL DEFAULT '{}',
  prev_hash    text NOT NULL CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
  hash         text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
  PRIMARY KEY (org_id, seq)
);
CREATE INDEX audit_events_org_time ON audit_events (org_id, occurred_at DESC);
CREATE INDEX audit_events_org_action ON audit_events (org_id, action, seq DESC);

-- Where each chain ends, locked by every append so that one organisation's
-- events are numbered and chained one at a time.
CREATE TABLE audit_chain_heads (
  org_id uuid PRIMARY KEY REFERENCES organisations (id),
  seq    bigint NOT NULL,
  hash   text NOT NULL
);

-- Append-only, enforced by the database itself: whatever the application does.
CREATE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP;
END;
$$;

CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();
