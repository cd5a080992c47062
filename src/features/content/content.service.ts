import type { Db } from '../../db/database.ts';
import { recordAudit } from '../../platform/audit.ts';
import { authorize, isAllowed } from '../../platform/authz.ts';
import { NotFoundError } from '../../platform/errors.ts';
import type { FieldError } from '../../platform/forms.ts';
import type { Translate } from '../../platform/i18n.ts';
import type { Actor } from '../../platform/session.ts';
import type { ContentAccess, ContentPlace } from './content.access.ts';
import type { CheckedItem } from './content.forms.ts';
import type { ContentImages } from './content.images.ts';
import {
  type EditableItem,
  existingItems,
  findItemForEditing,
  insertItem,
  insertVersion,
  moveItem,
  recordEvent,
  setAttachments,
  setRelated,
} from './content.queries.ts';
import { activeOwnerId, existingDocuments, existingUnits } from './content.checks.ts';
import { nextStatus } from './content.workflow.ts';

export type Destination = { kind: 'page'; sectionId: string } | { kind: 'news' };

/**
 * Writing pages and news: every save a new version, every change audited in
 * the same transaction, deletion soft. Who may do what is decided where the
 * item lives (content.access.ts); something the actor may not see is not found.
 */
export function createContentService(deps: { db: Db; access: ContentAccess; images: ContentImages }) {
  const { db, access, images } = deps;

  const audit = (trx: Db, actor: Actor, action: string, itemId: string, details: Record<string, string | number | boolean | null> = {}) =>
    recordAudit(trx, { orgId: actor.orgId, actorId: actor.userId, action, subjectType: 'content', subjectId: itemId, details });

  /** The item and where it lives, if the actor may see it at all (a draft only with the right to see drafts). */
  async function load(actor: Actor, id: string): Promise<{ item: EditableItem; place: ContentPlace }> {
    const item = await findItemForEditing(db, actor.orgId, id);
    const place = item && !item.deleted_at ? await access.of(actor, item) : null;
    if (!item || !place) throw new NotFoundError();
    authorize(actor, 'content:view-drafts', place.resource);
    return { item, place };
  }

  /** What only the database can say about the form: the owner, related pages, attachments and teams exist. */
  async function checkReferences(actor: Actor, input: CheckedItem, t: Translate, selfId: string | null): Promise<FieldError[]> {
    const errors: FieldError[] = [];
    if (input.ownerEmail && !(await activeOwnerId(db, actor.orgId, input.ownerEmail)))
      errors.push({ field: 'ownerEmail', text: t('content.errors.ownerUnknown') });
    const related = await existingItems(db, actor.orgId, input.relatedIds);
    if (input.relatedIds.some((id) => !related.has(id) || id === selfId))
      errors.push({ field: 'related', text: t('content.errors.relatedUnknown') });
    if ((await existingDocuments(db, actor.orgId, input.attachmentIds)).size !== input.attachmentIds.length)
      errors.push({ field: 'attachments', text: t('content.errors.attachment') });
    if ((await existingUnits(db, actor.orgId, input.news.unitIds)).size !== input.news.unitIds.length)
      errors.push({ field: 'audienceUnits', text: t('content.errors.audienceUnit') });
    return errors;
  }

  async function writeLinks(trx: Db, actor: Actor, itemId: string, input: CheckedItem) {
    await setRelated(trx, actor.orgId, itemId, input.relatedIds);
    await setAttachments(trx, actor.orgId, itemId, input.attachmentIds);
  }

  const newsFlags = (input: CheckedItem) => ({
    categories: input.news.categories,
    pinned: input.news.pinned,
    featured: input.news.featured,
    comments_enabled: input.news.commentsEnabled,
    audience_units: input.news.unitIds,
    audience_groups: input.news.staffGroups,
  });

  async function create(actor: Actor, destination: Destination, input: CheckedItem, image: Buffer | null, t: Translate) {
    const place = destination.kind === 'page' ? await access.section(actor, destination.sectionId) : await access.news(actor);
    if (!place) throw new NotFoundError();
    authorize(actor, 'content:create', place.resource);
    const errors = [...(await checkReferences(actor, input, t, null)), ...images.problems(image, input.news.imageAlt, null, t)];
    const stored = errors.length || !image ? null : await images.store(actor.orgId, image, t);
    if (stored && 'error' in stored) errors.push(stored.error);
    if (errors.length) return { errors };
    const imageKey = stored && 'key' in stored ? stored.key : null;
    const mayChooseOwner = isAllowed(actor, 'content:publish', place.resource);
    const ownerId = (mayChooseOwner && input.ownerEmail && (await activeOwnerId(db, actor.orgId, input.ownerEmail))) || actor.userId;
    const id = await db.transaction().execute(async (trx) => {
      const itemId = await insertItem(trx, {
        orgId: actor.orgId,
        kind: destination.kind,
        sectionId: destination.kind === 'page' ? destination.sectionId : null,
        language: input.language,
        title: input.title,
        summary: input.summary,
        ownerId,
        actorId: actor.userId,
        reviewDue: input.reviewDue,
      });
      if (destination.kind === 'news') await trx.updateTable('content_items').set(newsFlags(input)).where('id', '=', itemId).execute();
      await insertVersion(
        trx,
        actor.orgId,
        itemId,
        1,
        { ...input, imageKey, imageAlt: imageKey ? input.news.imageAlt : null },
        actor.userId,
      );
      await writeLinks(trx, actor, itemId, input);
      await recordEvent(trx, { orgId: actor.orgId, itemId, actorId: actor.userId, event: 'created', version: 1 });
      await audit(trx, actor, 'content.created', itemId, {
        kind: destination.kind,
        section: destination.kind === 'page' ? destination.sectionId : null,
      });
      return itemId;
    });
    return { id, errors: [] };
  }

  /** Saves the form as the item's newest version; a published item keeps its live version until this one is published. */
  async function save(actor: Actor, id: string, input: CheckedItem, image: Buffer | null, t: Translate): Promise<FieldError[]> {
    const { item, place } = await load(actor, id);
    authorize(actor, 'content:edit', place.resource);
    const status = nextStatus(item.status, 'save');
    if (!status) return [{ field: 'title', text: t('content.errors.archivedEdit') }];
    const keptImage = input.news.removeImage ? null : item.image_key;
    const errors = [...(await checkReferences(actor, input, t, id)), ...images.problems(image, input.news.imageAlt, keptImage, t)];
    const stored = errors.length || !image ? null : await images.store(actor.orgId, image, t);
    if (stored && 'error' in stored) errors.push(stored.error);
    if (errors.length) return errors;
    const imageKey = stored && 'key' in stored ? stored.key : keptImage;
    const mayChooseOwner = isAllowed(actor, 'content:publish', place.resource);
    const ownerId = (mayChooseOwner && input.ownerEmail && (await activeOwnerId(db, actor.orgId, input.ownerEmail))) || item.owner_id;
    const version = item.latest_version + 1;
    await db.transaction().execute(async (trx) => {
      const moved = await moveItem(trx, actor.orgId, id, item.status, {
        status,
        title: input.title,
        summary: input.summary,
        language: input.language,
        review_due: input.reviewDue,
        // A new review date starts the reminders and the overdue mark afresh.
        ...(input.reviewDue !== item.review_due ? { review_reminded_at: null, review_overdue: false } : {}),
        owner_id: ownerId,
        latest_version: version,
        updated_by: actor.userId,
        updated_at: new Date(),
        ...(item.kind === 'news' ? newsFlags(input) : {}),
      });
      if (!moved) throw new NotFoundError();
      await insertVersion(
        trx,
        actor.orgId,
        id,
        version,
        { ...input, imageKey, imageAlt: imageKey ? input.news.imageAlt : null },
        actor.userId,
      );
      await writeLinks(trx, actor, id, input);
      await recordEvent(trx, { orgId: actor.orgId, itemId: id, actorId: actor.userId, event: 'saved', version });
      await audit(trx, actor, 'content.saved', id, { version });
    });
    return [];
  }

  /** Saves an earlier version again as the newest, to be published like any other change. */
  async function restoreVersion(actor: Actor, id: string, version: number): Promise<void> {
    const { item, place } = await load(actor, id);
    authorize(actor, 'content:publish', place.resource);
    const status = nextStatus(item.status, 'save');
    const old = await db
      .selectFrom('content_versions')
      .selectAll()
      .where('org_id', '=', actor.orgId)
      .where('item_id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (!old || !status) throw new NotFoundError();
    const newest = item.latest_version + 1;
    await db.transaction().execute(async (trx) => {
      const moved = await moveItem(trx, actor.orgId, id, item.status, {
        status,
        title: old.title,
        summary: old.summary,
        latest_version: newest,
        updated_by: actor.userId,
        updated_at: new Date(),
      });
      if (!moved) throw new NotFoundError();
      await insertVersion(
        trx,
        actor.orgId,
        id,
        newest,
        { ...old, language: item.language, imageKey: old.image_key, imageAlt: old.image_alt },
        actor.userId,
      );
      await recordEvent(trx, {
        orgId: actor.orgId,
        itemId: id,
        actorId: actor.userId,
        event: 'restored',
        version: newest,
        comment: String(version),
      });
      await audit(trx, actor, 'content.version_restored', id, { from: version, version: newest });
    });
  }

  /** Hides the item everywhere; it can be restored for 30 days (see content.daily.ts). */
  async function remove(actor: Actor, id: string): Promise<{ sectionId: string | null; kind: string }> {
    const { item, place } = await load(actor, id);
    authorize(actor, 'content:publish', place.resource);
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('content_items')
        .set({ deleted_at: new Date(), deleted_by: actor.userId })
        .where('org_id', '=', actor.orgId)
        .where('id', '=', id)
        .execute();
      await recordEvent(trx, { orgId: actor.orgId, itemId: id, actorId: actor.userId, event: 'deleted' });
      await audit(trx, actor, 'content.deleted', id);
    });
    return { sectionId: item.section_id, kind: item.kind };
  }

  return { load, create, save, restoreVersion, remove };
}

export type ContentService = ReturnType<typeof createContentService>;
