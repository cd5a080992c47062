import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** Timestamps come back as Date and may be written as Date or ISO string. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export const staffGroups = ['senior_leader', 'head_of_service', 'manager', 'frontline', 'councillor', 'partner'] as const;
export type StaffGroup = (typeof staffGroups)[number];

export const locales = ['en', 'cy'] as const;
export type Locale = (typeof locales)[number];

export type UserRole = 'member' | 'org_admin';
export type OrgUnitKind = 'directorate' | 'service' | 'team';

export interface OrganisationsTable {
  id: Generated<string>;
  code: string;
  name: string;
  name_cy: string | null;
  brand_colour: Generated<string>;
  default_locale: Generated<Locale>;
  created_at: Timestamp;
  self_editable_fields: Generated<string[]>;
}

export interface OrgUnitsTable {
  id: Generated<string>;
  org_id: string;
  parent_id: string | null;
  kind: OrgUnitKind;
  name: string;
  name_cy: string | null;
  created_at: Timestamp;
}

export interface UsersTable {
  id: Generated<string>;
  org_id: string;
  email: string;
  display_name: string;
  job_title: string | null;
  staff_group: StaffGroup;
  team_id: string | null;
  role: Generated<UserRole>;
  password_hash: string | null;
  locale: Locale | null;
  disabled_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
  manager_id: string | null;
  location: string | null;
  phone: string | null;
  working_pattern: string | null;
  skills: Generated<string[]>;
  ask_me_about: Generated<string[]>;
  photo_key: string | null;
  is_platform_admin: Generated<boolean>;
}

export interface SessionsTable {
  token_hash: string;
  org_id: string;
  user_id: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
}

export interface PasswordResetTokensTable {
  token_hash: string;
  org_id: string;
  user_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: NullableTimestamp;
}

export interface SignInAttemptsTable {
  id: Generated<string>;
  key: string;
  attempted_at: Timestamp;
}

export interface OutboxTable {
  id: Generated<string>;
  org_id: string;
  to_address: string;
  subject: string;
  body_text: string;
  created_at: Timestamp;
}

/** int8 arrives as a number from PGlite and as a string from pg: read it with Number(). */
type BigIntColumn = ColumnType<number | string, number, number>;

export interface AuditEventsTable {
  org_id: string;
  seq: BigIntColumn;
  occurred_at: Timestamp;
  actor_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string;
  details: ColumnType<Record<string, unknown>, string, string>;
  prev_hash: string;
  hash: string;
}

export interface AuditChainHeadsTable {
  org_id: string;
  seq: BigIntColumn;
  hash: string;
}

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  applied_at: Timestamp;
}

export const areaRoles = ['viewer', 'member', 'contributor', 'editor', 'owner'] as const;
/** Ordered from least to most: a role includes everything the ones before it may do. */
export type AreaRole = (typeof areaRoles)[number];
export type AreaType = 'team' | 'directory';

export interface RoleGrantsTable {
  id: Generated<string>;
  org_id: string;
  area_type: AreaType;
  area_id: string | null;
  role: AreaRole;
  grantee_user_id: string | null;
  grantee_team_id: string | null;
  include_subteams: Generated<boolean>;
  granted_by: string | null;
  granted_at: Timestamp;
}

export interface Database {
  schema_migrations: SchemaMigrationsTable;
  organisations: OrganisationsTable;
  org_units: OrgUnitsTable;
  users: UsersTable;
  sessions: SessionsTable;
  password_reset_tokens: PasswordResetTokensTable;
  sign_in_attempts: SignInAttemptsTable;
  outbox: OutboxTable;
  audit_events: AuditEventsTable;
  audit_chain_heads: AuditChainHeadsTable;
  role_grants: RoleGrantsTable;
}

export type Organisation = Selectable<OrganisationsTable>;
export type NewOrganisation = Insertable<OrganisationsTable>;
export type OrgUnit = Selectable<OrgUnitsTable>;
export type NewOrgUnit = Insertable<OrgUnitsTable>;
export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
