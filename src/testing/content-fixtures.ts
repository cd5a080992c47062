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
  const id = randomUUID();
  const kind = options.kind ?? 'page';
  const liveFrom = options.liveFrom ?? new Date(Date.now() - 60_000);
  const language = options.language ?? 'en';
  const body = options.body ?? '';
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('content_items')
      .values({
        id,
        org_id: orgId,
        kind,
        section_id: kind === 'page' ? (options.sectionId ?? null) : null,
        language,
        status: options.status ?? 'published',
        title: options.title,
        summary: options.summary ?? '',
        live_version: 1,
        live_title: options.title,
        live_summary: options.summary ?? '',
        live_from: liveFrom,
        live_until: options.liveUntil ?? null,
        first_published_at: liveFrom,
        owner_id: options.ownerId,
        created_by: options.ownerId,
        updated_by: options.ownerId,
      })
      .execute();
    await trx
      .insertInto('content_versions')
      .values({
        org_id: orgId,
        item_id: id,
        version: 1,
        title: options.title,
        summary: options.summary ?? '',
        body,
        body_html: renderBody(body, language),
        saved_by: options.ownerId,
      })
      .execute();
  });
  return id;
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
