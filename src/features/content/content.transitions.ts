import type { Updateable } from 'kysely';
import type { ContentItemsTable } from '../../db/schema.ts';
import type { Db } from '../../db/database.ts';
import { recordAudit } from '../../platform/audit.ts';
import { authorize, type Action } from '../../platform/authz.ts';
import type { FieldError } from '../../platform/forms.ts';
import type { Translate } from '../../platform/i18n.ts';
import type { Actor } from '../../platform/session.ts';
import { defaultReviewDue } from './content.forms.ts';
import { type EditableItem, goingLive, moveItem, recordEvent } from './content.queries.ts';
import type { ContentService } from './content.service.ts';
import { IllegalTransitionError, nextStatus, type WorkflowAction } from './content.workflow.ts';

export interface TransitionInput {
  action: WorkflowAction;
  comment: string | null;
  /** When publishing: go live at this time (now when absent), and come down at that one (never when absent). */
  liveFrom: Date | null;
  liveUntil: Date | null;
  reviewerId?: string | null;
}

/** Who may take each step: the author sends their own work for review; editors do the rest. */
const permission: Record<Exclude<WorkflowAction, 'save'>, Action> = {
  submit: 'content:edit',
  approve: 'content:publish',
  reject: 'content:publish',
  publish: 'content:publish',
  archive: 'content:publish',
  reopen: 'content:publish',
};

function changesFor(item: EditableItem, input: TransitionInput, actor: Actor): Updateable<ContentItemsTable> {
  const status = nextStatus(item.status, input.action);
  if (!status || input.action === 'save') throw new IllegalTransitionError(item.status, input.action);
  const stamp = { status, updated_by: actor.userId, updated_at: new Date() };
  switch (input.action) {
    case 'submit':
      return { ...stamp, submitted_by: actor.userId, reviewer_id: input.reviewerId ?? null };
    case 'approve':
    case 'publish': {
      const from = input.liveFrom ?? new Date();
      return {
        ...goingLive(item, { from, until: input.liveUntil }),
        ...stamp,
        first_published_at: item.first_published_at ?? from,
      };
    }
    case 'reject':
      return { ...stamp, reviewer_id: null };
    case 'archive':
    case 'reopen':
      return stamp;
  }
}

/**
 * Moves an item through the workflow (content.workflow.ts). Every step is
 * checked against the item's status as it is in the database, so two people
 * acting at once cannot both succeed, and every step is recorded in the item's
 * history and the audit ledger.
 */
export function createContentTransitions(deps: { db: Db; content: ContentService }) {
  const { db, content } = deps;

  async function transition(actor: Actor, id: string, input: TransitionInput, t: Translate): Promise<FieldError[]> {
    const { item, place } = await content.load(actor, id);
    const action = input.action;
    if (action === 'save') throw new IllegalTransitionError(item.status, action);
    authorize(actor, permission[action], place.resource);
    if (input.action === 'reject' && !input.comment) return [{ field: 'comment', text: t('content.errors.rejectComment') }];
    if (input.liveUntil && input.liveUntil <= (input.liveFrom ?? new Date()))
      return [{ field: 'liveUntil', text: t('content.errors.liveUntilBeforeFrom') }];
    const changes = changesFor(item, input, actor);
    await db.transaction().execute(async (trx) => {
      if (!(await moveItem(trx, actor.orgId, id, item.status, changes))) throw new IllegalTransitionError(item.status, action);
      const scheduled = (action === 'approve' || action === 'publish') && input.liveFrom && input.liveFrom > new Date();
      await recordEvent(trx, {
        orgId: actor.orgId,
        itemId: id,
        actorId: actor.userId,
        event: scheduled ? 'scheduled' : eventName[action],
        version: item.latest_version,
        comment: input.comment,
      });
      await recordAudit(trx, {
        orgId: actor.orgId,
        actorId: actor.userId,
        action: `content.${eventName[action]}`,
        subjectType: 'content',
        subjectId: id,
        details: { version: item.latest_version, from: item.status, to: changes.status ?? item.status },
      });
    });
    return [];
  }

  /** An owner or editor confirms the content is still right: the next review is twelve months away. */
  async function markReviewed(actor: Actor, id: string): Promise<void> {
    const { place } = await content.load(actor, id);
    authorize(actor, 'content:publish', place.resource);
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('content_items')
        .set({ review_due: defaultReviewDue(), review_overdue: false, review_reminded_at: null })
        .where('org_id', '=', actor.orgId)
        .where('id', '=', id)
        .execute();
      await recordEvent(trx, { orgId: actor.orgId, itemId: id, actorId: actor.userId, event: 'reviewed' });
      await recordAudit(trx, {
        orgId: actor.orgId,
        actorId: actor.userId,
        action: 'content.reviewed',
        subjectType: 'content',
        subjectId: id,
      });
    });
  }

  return { transition, markReviewed };
}

const eventName: Record<Exclude<WorkflowAction, 'save'>, string> = {
  submit: 'submitted',
  approve: 'approved',
  reject: 'rejected',
  publish: 'published',
  archive: 'archived',
  reopen: 'reopened',
};

export type ContentTransitions = ReturnType<typeof createContentTransitions>;
