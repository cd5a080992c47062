-- Every instance keeps some things in memory (live sessions, who is signed in,
-- the directory's tree) and must forget them the moment they change, whichever
-- instance or tool changed them. The database itself announces each change on
-- the channel guildhall_changes as 'kind:id' (src/platform/changes.ts).
-- A notification is sent when its transaction commits, and not at all if it rolls back.

CREATE FUNCTION announce_session_ended() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('guildhall_changes', 'session:' || OLD.token_hash);
  RETURN NULL;
END $$;
CREATE TRIGGER sessions_announce_end AFTER DELETE ON sessions
  FOR EACH ROW EXECUTE FUNCTION announce_session_ended();

-- What a signed-in person's pages show of them, or whether they may be signed in at all.
CREATE FUNCTION announce_user_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('guildhall_changes', 'user:' || OLD.id);
  RETURN NULL;
END $$;
CREATE TRIGGER users_announce_change AFTER UPDATE ON users
  FOR EACH ROW
  WHEN ((OLD.display_name, OLD.role, OLD.locale, OLD.team_id, OLD.is_platform_admin, OLD.disabled_at, OLD.org_id)
        IS DISTINCT FROM
        (NEW.display_name, NEW.role, NEW.locale, NEW.team_id, NEW.is_platform_admin, NEW.disabled_at, NEW.org_id))
  EXECUTE FUNCTION announce_user_changed();
CREATE TRIGGER users_announce_removal AFTER DELETE ON users
  FOR EACH ROW EXECUTE FUNCTION announce_user_changed();

CREATE FUNCTION announce_organisation_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('guildhall_changes', 'org:' || NEW.id);
  RETURN NULL;
END $$;
CREATE TRIGGER organisations_announce_change AFTER UPDATE ON organisations
  FOR EACH ROW EXECUTE FUNCTION announce_organisation_changed();

-- The directory: its units, and its active people as colleagues see them.
-- Repeats of the same payload in one transaction are sent once.
CREATE FUNCTION announce_directory_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM pg_notify('guildhall_changes', 'directory:' || OLD.org_id);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM pg_notify('guildhall_changes', 'directory:' || NEW.org_id);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER org_units_announce_change AFTER INSERT OR UPDATE OR DELETE ON org_units
  FOR EACH ROW EXECUTE FUNCTION announce_directory_changed();
CREATE TRIGGER users_announce_membership AFTER INSERT OR DELETE ON users
  FOR EACH ROW EXECUTE FUNCTION announce_directory_changed();
CREATE TRIGGER users_announce_profile AFTER UPDATE ON users
  FOR EACH ROW
  WHEN ((OLD.org_id, OLD.disabled_at IS NULL, OLD.display_name, OLD.email, OLD.job_title, OLD.staff_group, OLD.team_id,
         OLD.manager_id, OLD.location, OLD.phone, OLD.working_pattern, OLD.skills, OLD.ask_me_about, OLD.photo_key)
        IS DISTINCT FROM
        (NEW.org_id, NEW.disabled_at IS NULL, NEW.display_name, NEW.email, NEW.job_title, NEW.staff_group, NEW.team_id,
         NEW.manager_id, NEW.location, NEW.phone, NEW.working_pattern, NEW.skills, NEW.ask_me_about, NEW.photo_key))
  EXECUTE FUNCTION announce_directory_changed();

-- Area roles: who may do what where.
CREATE FUNCTION announce_grants_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('guildhall_changes', 'grants:' || CASE TG_OP WHEN 'DELETE' THEN OLD.org_id ELSE NEW.org_id END);
  RETURN NULL;
END $$;
CREATE TRIGGER role_grants_announce_change AFTER INSERT OR UPDATE OR DELETE ON role_grants
  FOR EACH ROW EXECUTE FUNCTION announce_grants_changed();
