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
export type AreaType = 'team' | 'directory' | 'section' | 'news';

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

export interface SectionsTable {
  id: Generated<string>;
  org_id: string;
  parent_id: string | null;
  title: string;
  title_cy: string | null;
  summary: Generated<string>;
  owner_team_id: string;
  restricted: Generated<boolean>;
  created_at: Timestamp;
  deleted_at: NullableTimestamp;
  deleted_by: string | null;
}

export const contentKinds = ['page', 'news'] as const;
export type ContentKind = (typeof contentKinds)[number];
export const contentStatuses = ['draft', 'in_review', 'published', 'archived'] as const;
export type ContentStatus = (typeof contentStatuses)[number];

/** A date without a time (review dates), read and written as 'YYYY-MM-DD' (see database.ts). */
type DateColumn = ColumnType<string, string | undefined, string>;

export interface ContentItemsTable {
  id: Generated<string>;
  org_id: string;
  kind: ContentKind;
  section_id: string | null;
  language: Generated<Locale>;
  status: Generated<ContentStatus>;
  title: string;
  summary: Generated<string>;
  latest_version: Generated<number>;
  live_version: number | null;
  live_title: string | null;
  live_summary: string | null;
  live_image_key: string | null;
  live_image_alt: string | null;
  live_from: NullableTimestamp;
  live_until: NullableTimestamp;
  first_published_at: NullableTimestamp;
  owner_id: string;
  created_by: string;
  created_at: Timestamp;
  updated_by: string;
  updated_at: Timestamp;
  submitted_by: string | null;
  reviewer_id: string | null;
  review_due: DateColumn;
  review_reminded_at: NullableTimestamp;
  review_overdue: Generated<boolean>;
  categories: Generated<string[]>;
  pinned: Generated<boolean>;
  featured: Generated<boolean>;
  comments_enabled: Generated<boolean>;
  audience_units: Generated<string[]>;
  audience_groups: Generated<StaffGroup[]>;
  deleted_at: NullableTimestamp;
  deleted_by: string | null;
}

export interface ContentViewsTable {
  org_id: string;
  item_id: string;
  views: ColumnType<string, number, number>;
}

export interface ContentVersionsTable {
  org_id: string;
  item_id: string;
  version: number;
  title: string;
  summary: Generated<string>;
  body: Generated<string>;
  body_html: Generated<string>;
  image_key: string | null;
  image_alt: string | null;
  saved_by: string;
  saved_at: Timestamp;
}

export interface ContentEventsTable {
  id: Generated<BigIntColumn>;
  org_id: string;
  item_id: string;
  at: Timestamp;
  actor_id: string | null;
  event: string;
  version: number | null;
  comment: string | null;
}

export interface ContentRelatedTable {
  org_id: string;
  item_id: string;
  related_id: string;
  position: number;
}

export interface ContentFeedbackTable {
  org_id: string;
  item_id: string;
  user_id: string;
  useful: boolean;
  comment: Generated<string>;
  created_at: Timestamp;
}

export interface ContentCommentsTable {
  id: Generated<string>;
  org_id: string;
  item_id: string;
  author_id: string;
  body: string;
  created_at: Timestamp;
  deleted_at: NullableTimestamp;
  deleted_by: string | null;
}

export interface DocumentFoldersTable {
  id: Generated<string>;
  org_id: string;
  section_id: string;
  parent_id: string | null;
  name: string;
  created_at: Timestamp;
  deleted_at: NullableTimestamp;
  deleted_by: string | null;
}

export interface DocumentsTable {
  id: Generated<string>;
  org_id: string;
  section_id: string;
  folder_id: string | null;
  title: string;
  latest_version: Generated<number>;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  deleted_at: NullableTimestamp;
  deleted_by: string | null;
}

export type TextStatus = 'pending' | 'done' | 'failed' | 'none';

export interface DocumentVersionsTable {
  org_id: string;
  document_id: string;
  version: number;
  file_key: string;
  filename: string;
  kind: string;
  mime_type: string;
  size_bytes: BigIntColumn;
  sha256: string;
  uploaded_by: string;
  uploaded_at: Timestamp;
  text_status: Generated<TextStatus>;
  text: string | null;
  thumbnail_key: string | null;
}

export interface ContentAttachmentsTable {
  org_id: string;
  item_id: string;
  document_id: string;
  position: number;
}

export const searchKinds = ['page', 'news', 'document', 'person', 'team'] as const;
export type SearchKind = (typeof searchKinds)[number];

/** Written only by the database's triggers (migration 0006). */
export interface SearchEntriesTable {
  org_id: string;
  kind: SearchKind;
  ref_id: string;
  section_id: string | null;
  unit_id: string | null;
  language: Locale;
  title: string;
  summary: string;
  body: string;
  dated: Timestamp;
  live_from: NullableTimestamp;
  live_until: NullableTimestamp;
  title_words: string;
  head_words: string;
  words: string;
  views: Generated<number>;
}

export interface SearchBestBetsTable {
  id: Generated<string>;
  org_id: string;
  query: string;
  kind: SearchKind;
  ref_id: string;
  created_by: string;
  created_at: Timestamp;
}

export interface SearchSynonymsTable {
  id: Generated<string>;
  org_id: string;
  terms: string[];
  created_by: string;
  created_at: Timestamp;
}

export interface SearchLogTable {
  id: string;
  org_id: string;
  at: Timestamp;
  query: string;
  results: number;
  clicked_position: number | null;
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
  sections: SectionsTable;
  content_items: ContentItemsTable;
  content_views: ContentViewsTable;
  content_versions: ContentVersionsTable;
  content_events: ContentEventsTable;
  content_related: ContentRelatedTable;
  content_feedback: ContentFeedbackTable;
  content_comments: ContentCommentsTable;
  document_folders: DocumentFoldersTable;
  documents: DocumentsTable;
  document_versions: DocumentVersionsTable;
  content_attachments: ContentAttachmentsTable;
  search_entries: SearchEntriesTable;
  search_best_bets: SearchBestBetsTable;
  search_synonyms: SearchSynonymsTable;
  search_log: SearchLogTable;
}

export type Organisation = Selectable<OrganisationsTable>;
export type NewOrganisation = Insertable<OrganisationsTable>;
export type OrgUnit = Selectable<OrgUnitsTable>;
export type NewOrgUnit = Insertable<OrgUnitsTable>;
export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
