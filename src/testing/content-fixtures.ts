import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database.ts';
import type { Locale } from '../db/schema.ts';
import { renderBody } from '../features/content/content.queries.ts';

/**
 * Content written straight into the database, as the workflow would leave it,
 * for tests about reading and finding it rather than writing it (the workflow
 * has its own tests), and for the benchmarks' data. The database's triggers
 * index it for search as usual.
 */

export async function makeSection(
  db: Db,
  orgId: string,
  options: { title: string; ownerTeamId: string; parentId?: string | null; restricted?: boolean },
) {
  return db
    .insertInto('sections')
    .values({
      org_id: orgId,
      title: options.title,
      owner_team_id: options.ownerTeamId,
      parent_id: options.parentId ?? null,
      restricted: options.restricted ?? false,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
    .then((row) => row.id);
}

export interface ItemOptions {
  /** A new one unless given. */
  id?: string;
  kind?: 'page' | 'news';
  sectionId?: string | null;
  title: string;
  summary?: string;
  body?: string;
  language?: Locale;
  ownerId: string;
  liveFrom?: Date;
  liveUntil?: Date | null;
  status?: 'published' | 'archived';
  /** How often it has been read; no count unless given. */
  views?: number;
  /** When it was created and its version saved; now unless given. */
  createdAt?: Date;
}

/** A published page (or news item), live since `liveFrom` (a minute ago unless given). */
export async function publishItem(db: Db, orgId: string, options: ItemOptions): Promise<string> {
  const [id] = await db.transaction().execute((trx) => publishItems(trx, orgId, [options]));
  return id as string;
}

/**
 * Published pages and news items, written together: one statement each for
 * the items, their view counts and their versions, in no transaction of its
 * own. The versions go last, as their trigger completes each item's search
 * entry (migration 0006). Their ids, in the same order.
 */
export async function publishItems(db: Db, orgId: string, items: readonly ItemOptions[]): Promise<string[]> {
  const rows = items.map((options) => ({
    ...options,
    id: options.id ?? randomUUID(),
    kind: options.kind ?? 'page',
    language: options.language ?? 'en',
    liveFrom: options.liveFrom ?? new Date(Date.now() - 60_000),
  }));
  await db
    .insertInto('content_items')
    .values(
      rows.map((item) => ({
        id: item.id,
        org_id: orgId,
        kind: item.kind,
        section_id: item.kind === 'page' ? (item.sectionId ?? null) : null,
        language: item.language,
        status: item.status ?? 'published',
        title: item.title,
        summary: item.summary ?? '',
        live_version: 1,
        live_title: item.title,
        live_summary: item.summary ?? '',
        live_from: item.liveFrom,
        live_until: item.liveUntil ?? null,
        first_published_at: item.liveFrom,
        owner_id: item.ownerId,
        created_by: item.ownerId,
        updated_by: item.ownerId,
        ...(item.createdAt ? { created_at: item.createdAt, updated_at: item.createdAt } : {}),
      })),
    )
    .execute();
  const counted = rows.filter((item) => item.views !== undefined);
  if (counted.length)
    await db
      .insertInto('content_views')
      .values(counted.map((item) => ({ org_id: orgId, item_id: item.id, views: item.views ?? 0 })))
      .execute();
  await db
    .insertInto('content_versions')
    .values(
      rows.map((item) => ({
        org_id: orgId,
        item_id: item.id,
        version: 1,
        title: item.title,
        summary: item.summary ?? '',
        body: item.body ?? '',
        body_html: renderBody(item.body ?? '', item.language),
        saved_by: item.ownerId,
        ...(item.createdAt ? { saved_at: item.createdAt } : {}),
      })),
    )
    .execute();
  return rows.map((item) => item.id);
}

/** A document whose text has been read, as the background job leaves it. */
export async function makeDocument(
  db: Db,
  orgId: string,
  options: { sectionId: string; title: string; text: string; filename?: string; createdBy: string },
): Promise<string> {
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('documents')
      .values({ id, org_id: orgId, section_id: options.sectionId, title: options.title, created_by: options.createdBy })
      .execute();
    await trx
      .insertInto('document_versions')
      .values({
        org_id: orgId,
        document_id: id,
        version: 1,
        file_key: `test/${id}`,
        filename: options.filename ?? 'document.pdf',
        kind: 'pdf',
        mime_type: 'application/pdf',
        size_bytes: 1000,
        sha256: '0'.repeat(64),
        uploaded_by: options.createdBy,
        text_status: 'done',
        text: options.text,
      })
      .execute();
  });
  return id;
}
