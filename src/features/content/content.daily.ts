import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { FileStore } from '../../platform/files.ts';
import { formatDate } from '../../platform/formats.ts';
import { translatorFor } from '../../platform/i18n.ts';
import type { Mailer } from '../../platform/mail.ts';
import { pathOf } from './content.paths.ts';

/** Owners hear of a coming review this many days before the date. */
export const reminderDays = 30;
/** Deleted things can be restored for this long, then they are removed for good. */
export const keepDeletedDays = 30;

/**
 * The content's daily round, run once a day by the job queue (and safe to run
 * again): remind owners of reviews due within 30 days, mark what is overdue,
 * archive what was scheduled to come down, and remove for good what was
 * deleted more than 30 days ago.
 */
export function createContentDaily(deps: { db: Db; mailer: Mailer; files: FileStore; baseUrl: string }) {
  const { db, mailer, files, baseUrl } = deps;

  async function remindOwners(): Promise<number> {
    const due = await db
      .selectFrom('content_items as i')
      .innerJoin('users as u', (join) => join.onRef('u.org_id', '=', 'i.org_id').onRef('u.id', '=', 'i.owner_id'))
      .select(['i.id', 'i.org_id', 'i.kind', 'i.title', 'i.review_due', 'u.email', 'u.display_name', 'u.locale'])
      .where('i.deleted_at', 'is', null)
      .where('i.status', '<>', 'archived')
      .where('i.review_reminded_at', 'is', null)
      .where('i.review_due', '<=', sql<string>`current_date + ${reminderDays}::int`)
      .where('u.disabled_at', 'is', null)
      .execute();
    for (const item of due) {
      const t = translatorFor(item.locale ?? 'en');
      await db.transaction().execute(async (trx) => {
        await mailer.send(trx, {
          orgId: item.org_id,
          to: item.email,
          subject: t('review.mailSubject', { title: item.title }),
          text: t('review.mailBody', {
            name: item.display_name,
            title: item.title,
            due: formatDate(item.review_due, item.locale ?? 'en'),
            link: `${baseUrl}${pathOf[item.kind]}/${item.id}/manage`,
          }),
        });
        await trx
          .updateTable('content_items')
          .set({ review_reminded_at: new Date() })
          .where('org_id', '=', item.org_id)
          .where('id', '=', item.id)
          .execute();
        await trx
          .insertInto('content_events')
          .values({ org_id: item.org_id, item_id: item.id, actor_id: null, event: 'review_reminder' })
          .execute();
      });
    }
    return due.length;
  }

  async function markOverdue(): Promise<number> {
    const rows = await db
      .updateTable('content_items')
      .set({ review_overdue: true })
      .where('deleted_at', 'is', null)
      .where('status', '<>', 'archived')
      .where('review_overdue', '=', false)
      .where('review_due', '<', sql<string>`current_date`)
      .returning(['id', 'org_id'])
      .execute();
    if (rows.length) {
      await db
        .insertInto('content_events')
        .values(rows.map((row) => ({ org_id: row.org_id, item_id: row.id, actor_id: null, event: 'marked_overdue' })))
        .execute();
    }
    return rows.length;
  }

  /** Items whose unpublishing time has passed: readers stopped seeing them then; now they are archived. */
  async function archiveExpired(): Promise<number> {
    const rows = await db
      .updateTable('content_items')
      .set({ status: 'archived', updated_at: new Date() })
      .where('deleted_at', 'is', null)
      .where('status', '<>', 'archived')
      .where('live_until', '<=', sql<Date>`now()`)
      .returning(['id', 'org_id', 'latest_version'])
      .execute();
    for (const row of rows) {
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('content_events')
          .values({ org_id: row.org_id, item_id: row.id, actor_id: null, event: 'archived', version: row.latest_version, comment: null })
          .execute();
        await recordAudit(trx, {
          orgId: row.org_id,
          actorId: null,
          action: 'content.archived',
          subjectType: 'content',
          subjectId: row.id,
          details: { scheduled: true },
        });
      });
    }
    return rows.length;
  }

  return {
    async run() {
      return {
        reminded: await remindOwners(),
        overdue: await markOverdue(),
        archived: await archiveExpired(),
        purged: await purgeDeleted(db, files),
      };
    },
  };
}

/** Removes for good what was deleted more than 30 days ago, files included, and says so in the ledger. */
async function purgeDeleted(db: Db, files: FileStore): Promise<number> {
  const cutoff = sql<Date>`now() - make_interval(days => ${keepDeletedDays})`;
  const items = await db.selectFrom('content_items').select(['id', 'org_id']).where('deleted_at', '<', cutoff).execute();
  const documents = await db.selectFrom('documents').select(['id', 'org_id']).where('deleted_at', '<', cutoff).execute();
  for (const item of items) {
    const pictures = await picturesOf(db, item.org_id, [item.id]);
    await db.transaction().execute(async (trx) => {
      await trx.deleteFrom('content_items').where('org_id', '=', item.org_id).where('id', '=', item.id).execute();
      await recordAudit(trx, { orgId: item.org_id, actorId: null, action: 'content.purged', subjectType: 'content', subjectId: item.id });
    });
    for (const key of pictures) await files.remove(key);
  }
  for (const document of documents) {
    const keys = await db
      .selectFrom('document_versions')
      .select(['file_key', 'thumbnail_key'])
      .where('org_id', '=', document.org_id)
      .where('document_id', '=', document.id)
      .execute();
    await db.transaction().execute(async (trx) => {
      await trx.deleteFrom('content_attachments').where('org_id', '=', document.org_id).where('document_id', '=', document.id).execute();
      await trx.deleteFrom('documents').where('org_id', '=', document.org_id).where('id', '=', document.id).execute();
      await recordAudit(trx, {
        orgId: document.org_id,
        actorId: null,
        action: 'document.purged',
        subjectType: 'document',
        subjectId: document.id,
      });
    });
    for (const key of keys.flatMap((row) => [row.file_key, row.thumbnail_key])) if (key) await files.remove(key);
  }
  await db.deleteFrom('content_comments').where('deleted_at', '<', cutoff).execute();
  return items.length + documents.length + (await purgeSections(db, files, cutoff));
}

/** Every picture any version of these items had. */
async function picturesOf(db: Db, orgId: string, itemIds: readonly string[]): Promise<string[]> {
  if (!itemIds.length) return [];
  const rows = await db
    .selectFrom('content_versions')
    .select('image_key')
    .distinct()
    .where('org_id', '=', orgId)
    .where('item_id', 'in', itemIds)
    .where('image_key', 'is not', null)
    .execute();
  return rows.flatMap((row) => (row.image_key ? [row.image_key] : []));
}

/** A section deleted long enough ago goes with everything in it and below it. */
async function purgeSections(db: Db, files: FileStore, cutoff: ReturnType<typeof sql<Date>>): Promise<number> {
  const sections = await db.selectFrom('sections').select(['id', 'org_id']).where('deleted_at', '<', cutoff).execute();
  for (const section of sections) {
    const below = await sql<{ id: string }>`
      WITH RECURSIVE tree AS (
        SELECT id FROM sections WHERE org_id = ${section.org_id} AND id = ${section.id}
        UNION SELECT s.id FROM sections s JOIN tree ON s.org_id = ${section.org_id} AND s.parent_id = tree.id)
      SELECT id FROM tree`.execute(db);
    const ids = below.rows.map((row) => row.id);
    const keys = await db
      .selectFrom('document_versions as v')
      .innerJoin('documents as d', (join) => join.onRef('d.org_id', '=', 'v.org_id').onRef('d.id', '=', 'v.document_id'))
      .select(['v.file_key', 'v.thumbnail_key'])
      .where('d.org_id', '=', section.org_id)
      .where('d.section_id', 'in', ids)
      .execute();
    const items = await db
      .selectFrom('content_items')
      .select('id')
      .where('org_id', '=', section.org_id)
      .where('section_id', 'in', ids)
      .execute();
    const pictures = await picturesOf(
      db,
      section.org_id,
      items.map((item) => item.id),
    );
    await db.transaction().execute(async (trx) => {
      await trx.deleteFrom('content_items').where('org_id', '=', section.org_id).where('section_id', 'in', ids).execute();
      await trx.deleteFrom('documents').where('org_id', '=', section.org_id).where('section_id', 'in', ids).execute();
      await trx
        .updateTable('document_folders')
        .set({ parent_id: null })
        .where('org_id', '=', section.org_id)
        .where('section_id', 'in', ids)
        .execute();
      await trx.deleteFrom('document_folders').where('org_id', '=', section.org_id).where('section_id', 'in', ids).execute();
      await trx.updateTable('sections').set({ parent_id: null }).where('org_id', '=', section.org_id).where('id', 'in', ids).execute();
      await trx.deleteFrom('sections').where('org_id', '=', section.org_id).where('id', 'in', ids).execute();
      await recordAudit(trx, {
        orgId: section.org_id,
        actorId: null,
        action: 'section.purged',
        subjectType: 'section',
        subjectId: section.id,
        details: { sections: ids.length },
      });
    });
    for (const key of [...keys.flatMap((row) => [row.file_key, row.thumbnail_key]), ...pictures]) if (key) await files.remove(key);
  }
  return sections.length;
}

export type ContentDaily = ReturnType<typeof createContentDaily>;
