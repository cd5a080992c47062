import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { recordAudit } from '../../platform/audit.ts';
import { authorize, isAllowed } from '../../platform/authz.ts';
import { NotFoundError } from '../../platform/errors.ts';
import type { FieldError } from '../../platform/forms.ts';
import type { Translate } from '../../platform/i18n.ts';
import type { Actor } from '../../platform/session.ts';
import type { ContentReading } from './content.reading.ts';
import type { ContentService } from './content.service.ts';

/**
 * What readers say: "Was this page useful?" (one answer each, shown to the
 * page's team without names) and comments on news where they are switched on.
 */
export function createContentFeedback(deps: { db: Db; reading: ContentReading; content: ContentService }) {
  const { db, reading, content } = deps;
  const readable = reading.live;

  async function answer(actor: Actor, id: string, useful: boolean, comment: string): Promise<void> {
    await readable(actor, id);
    await db
      .insertInto('content_feedback')
      .values({ org_id: actor.orgId, item_id: id, user_id: actor.userId, useful, comment: comment.slice(0, 1000) })
      .onConflict((conflict) =>
        conflict.columns(['org_id', 'item_id', 'user_id']).doUpdateSet({ useful, comment: comment.slice(0, 1000), created_at: sql`now()` }),
      )
      .execute();
  }

  /** The answers, newest first, and the counts: for the people who run the page. */
  async function answers(actor: Actor, id: string) {
    const { item } = await content.load(actor, id);
    const rows = await db
      .selectFrom('content_feedback')
      .select(['useful', 'comment', 'created_at'])
      .where('org_id', '=', actor.orgId)
      .where('item_id', '=', id)
      .orderBy('created_at', 'desc')
      .limit(500)
      .execute();
    return { item, rows, useful: rows.filter((row) => row.useful).length, notUseful: rows.filter((row) => !row.useful).length };
  }

  async function comments(actor: Actor, id: string) {
    const { place } = await readable(actor, id);
    const rows = await db
      .selectFrom('content_comments as c')
      .innerJoin('users as u', (join) => join.onRef('u.org_id', '=', 'c.org_id').onRef('u.id', '=', 'c.author_id'))
      .select(['c.id', 'c.body', 'c.created_at', 'c.author_id', 'u.display_name as author_name'])
      .where('c.org_id', '=', actor.orgId)
      .where('c.item_id', '=', id)
      .where('c.deleted_at', 'is', null)
      .orderBy('c.created_at')
      .limit(1000)
      .execute();
    const moderates = isAllowed(actor, 'content:publish', place.resource);
    return rows.map((row) => ({ ...row, canDelete: moderates || row.author_id === actor.userId }));
  }

  async function comment(actor: Actor, id: string, body: string, t: Translate): Promise<FieldError[]> {
    const { item, place } = await readable(actor, id);
    authorize(actor, 'comment:write', place.resource);
    if (item.kind !== 'news' || !item.comments_enabled) throw new NotFoundError();
    const text = body.trim();
    if (!text) return [{ field: 'comment', text: t('comments.errors.missing') }];
    if (text.length > 2000) return [{ field: 'comment', text: t('comments.errors.long') }];
    await db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('content_comments')
        .values({ org_id: actor.orgId, item_id: id, author_id: actor.userId, body: text })
        .returning('id')
        .executeTakeFirstOrThrow();
      await recordAudit(trx, {
        orgId: actor.orgId,
        actorId: actor.userId,
        action: 'comment.created',
        subjectType: 'comment',
        subjectId: row.id,
        details: { item: id },
      });
    });
    return [];
  }

  /** Authors take back their own comments; the news editors any. */
  async function removeComment(actor: Actor, id: string, commentId: string): Promise<void> {
    const { place } = await readable(actor, id);
    const found = await db
      .selectFrom('content_comments')
      .select('author_id')
      .where('org_id', '=', actor.orgId)
      .where('item_id', '=', id)
      .where('id', '=', commentId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!found || (found.author_id !== actor.userId && !isAllowed(actor, 'content:publish', place.resource))) throw new NotFoundError();
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('content_comments')
        .set({ deleted_at: new Date(), deleted_by: actor.userId })
        .where('org_id', '=', actor.orgId)
        .where('id', '=', commentId)
        .execute();
      await recordAudit(trx, {
        orgId: actor.orgId,
        actorId: actor.userId,
        action: 'comment.deleted',
        subjectType: 'comment',
        subjectId: commentId,
        details: { item: id },
      });
    });
  }

  return { answer, answers, comments, comment, removeComment };
}

export type ContentFeedback = ReturnType<typeof createContentFeedback>;
