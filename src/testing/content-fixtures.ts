import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database.ts';
import type { Locale } from '../db/schema.ts';
import { renderBody } from '../features/content/content.queries.ts';

/**
 * Content written straight into the database, as the workflow would leave it,
 * for tests about reading and finding it rather than writing it (the workflow
 * has its own tests). The database's triggers index it for search as usual.
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
}

/** A published page (or news item), live since `liveFrom` (a minute ago unless given). */
export async function publishItem(db: Db, orgId: string, options: ItemOptions): Promise<string> {
  const [id] = await publishItems(db, orgId, [options]);
  return id as string;
}

/** Published pages and news items, written together (two statements for the lot); their ids in the same order. */
export async function publishItems(db: Db, orgId: string, items: readonly ItemOptions[]): Promise<string[]> {
  const rows = items.map((options) => {
    const liveFrom = options.liveFrom ?? new Date(Date.now() - 60_000);
    return { ...options, id: randomUUID(), kind: options.kind ?? 'page', language: options.language ?? 'en', liveFrom };
  });
  await db.transaction().execute(async (trx) => {
    await trx
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
        })),
      )
      .execute();
    await trx
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
        })),
      )
      .execute();
  });
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
