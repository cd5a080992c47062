import type { Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { ContentItemsTable, ContentKind, ContentStatus, Locale } from '../../db/schema.ts';
import { translatorFor } from '../../platform/i18n.ts';
import { renderMarkdown } from '../../platform/markdown.ts';

/** An item as its editors work on it: the item row with its working copy. */
export async function findItemForEditing(db: Db, orgId: string, id: string) {
  return db
    .selectFrom('content_items as i')
    .innerJoin('content_versions as v', (join) =>
      join.onRef('v.org_id', '=', 'i.org_id').onRef('v.item_id', '=', 'i.id').onRef('v.version', '=', 'i.latest_version'),
    )
    .leftJoin('users as owner', (join) => join.onRef('owner.org_id', '=', 'i.org_id').onRef('owner.id', '=', 'i.owner_id'))
    .select([
      'i.id',
      'i.kind',
      'i.section_id',
      'i.language',
      'i.status',
      'i.latest_version',
      'i.live_version',
      'i.live_from',
      'i.live_until',
      'i.first_published_at',
      'i.owner_id',
      'owner.email as owner_email',
      'owner.display_name as owner_name',
      'i.created_by',
      'i.submitted_by',
      'i.review_due',
      'i.review_overdue',
      'i.categories',
      'i.pinned',
      'i.featured',
      'i.comments_enabled',
      'i.audience_units',
      'i.audience_groups',
      'i.updated_at',
      'i.deleted_at',
      'v.title',
      'v.summary',
      'v.body',
      'v.body_html',
      'v.image_key',
      'v.image_alt',
    ])
    .where('i.org_id', '=', orgId)
    .where('i.id', '=', id)
    .executeTakeFirst();
}
export type EditableItem = NonNullable<Awaited<ReturnType<typeof findItemForEditing>>>;

export interface NewItem {
  orgId: string;
  kind: ContentKind;
  sectionId: string | null;
  language: Locale;
  title: string;
  summary: string;
  ownerId: string;
  actorId: string;
  reviewDue: string;
}

export async function insertItem(trx: Db, item: NewItem): Promise<string> {
  const row = await trx
    .insertInto('content_items')
    .values({
      org_id: item.orgId,
      kind: item.kind,
      section_id: item.sectionId,
      language: item.language,
      title: item.title,
      summary: item.summary,
      owner_id: item.ownerId,
      created_by: item.actorId,
      updated_by: item.actorId,
      review_due: item.reviewDue,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface VersionFields {
  title: string;
  summary: string;
  body: string;
  /** The body's language, for the words the rendering adds (a warning's hidden label). */
  language: Locale;
  imageKey: string | null;
  imageAlt: string | null;
}

/** The body as readers see it: rendered and sanitised once, when it is saved. */
export function renderBody(body: string, language: Locale): string {
  return renderMarkdown(body, { warningLabel: translatorFor(language)('content.warning') });
}

export async function insertVersion(trx: Db, orgId: string, itemId: string, version: number, fields: VersionFields, savedBy: string) {
  await trx
    .insertInto('content_versions')
    .values({
      org_id: orgId,
      item_id: itemId,
      version,
      title: fields.title,
      summary: fields.summary,
      body: fields.body,
      body_html: renderBody(fields.body, fields.language),
      image_key: fields.imageKey,
      image_alt: fields.imageAlt,
      saved_by: savedBy,
    })
    .execute();
}

export async function recordEvent(
  trx: Db,
  event: { orgId: string; itemId: string; actorId: string | null; event: string; version?: number; comment?: string | null },
) {
  await trx
    .insertInto('content_events')
    .values({
      org_id: event.orgId,
      item_id: event.itemId,
      actor_id: event.actorId,
      event: event.event,
      version: event.version ?? null,
      comment: event.comment ?? null,
    })
    .execute();
}

/** Sets the item's status (and whatever else changes with it) only if it is still in the status the caller saw. */
export async function moveItem(
  trx: Db,
  orgId: string,
  id: string,
  from: ContentStatus,
  changes: Updateable<ContentItemsTable>,
): Promise<boolean> {
  const result = await trx
    .updateTable('content_items')
    .set(changes)
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('status', '=', from)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** What publishing changes: the working copy becomes the live one, from `from` until `until`. */
export function goingLive(item: EditableItem, schedule: { from: Date; until: Date | null }): Updateable<ContentItemsTable> {
  return {
    status: 'published',
    live_version: item.latest_version,
    live_title: item.title,
    live_summary: item.summary,
    live_image_key: item.image_key,
    live_image_alt: item.image_alt,
    live_from: schedule.from,
    live_until: schedule.until,
  };
}

export async function setRelated(trx: Db, orgId: string, itemId: string, relatedIds: readonly string[]) {
  await trx.deleteFrom('content_related').where('org_id', '=', orgId).where('item_id', '=', itemId).execute();
  if (!relatedIds.length) return;
  await trx
    .insertInto('content_related')
    .values(relatedIds.map((relatedId, position) => ({ org_id: orgId, item_id: itemId, related_id: relatedId, position })))
    .execute();
}

export async function setAttachments(trx: Db, orgId: string, itemId: string, documentIds: readonly string[]) {
  await trx.deleteFrom('content_attachments').where('org_id', '=', orgId).where('item_id', '=', itemId).execute();
  if (!documentIds.length) return;
  await trx
    .insertInto('content_attachments')
    .values(documentIds.map((documentId, position) => ({ org_id: orgId, item_id: itemId, document_id: documentId, position })))
    .execute();
}

/** The ids among `ids` that are the organisation's items of this kind, not deleted: for related pages. */
export async function existingItems(db: Db, orgId: string, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db
    .selectFrom('content_items')
    .select('id')
    .where('org_id', '=', orgId)
    .where('id', 'in', ids)
    .where('deleted_at', 'is', null)
    .execute();
  return new Set(rows.map((row) => row.id));
}

export function relatedOf(db: Db, orgId: string, itemId: string) {
  return db
    .selectFrom('content_related')
    .select('related_id')
    .where('org_id', '=', orgId)
    .where('item_id', '=', itemId)
    .orderBy('position')
    .execute();
}

export function attachmentsOf(db: Db, orgId: string, itemId: string) {
  return db
    .selectFrom('content_attachments')
    .select('document_id')
    .where('org_id', '=', orgId)
    .where('item_id', '=', itemId)
    .orderBy('position')
    .execute();
}
