import type { Db } from '../../db/database.ts';
import { type ContentKind, staffGroups } from '../../db/schema.ts';
import { authorize, isAllowed } from '../../platform/authz.ts';
import { NotFoundError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/session.ts';
import type { Directory } from '../directory/directory.service.ts';
import type { ContentAccess } from './content.access.ts';
import type { ItemForm } from './content.forms.ts';
import { attachmentsOf, type EditableItem, relatedOf } from './content.queries.ts';
import { sectionTrail } from './content.reading.ts';
import type { ContentService, Destination } from './content.service.ts';
import { actionsFrom } from './content.workflow.ts';

/** The form's fields as an item's working copy fills them. */
async function formValues(db: Db, orgId: string, item: EditableItem): Promise<ItemForm> {
  const [related, attachments] = await Promise.all([relatedOf(db, orgId, item.id), attachmentsOf(db, orgId, item.id)]);
  return {
    title: item.title,
    summary: item.summary,
    body: item.body,
    language: item.language,
    reviewDue: item.review_due,
    ownerEmail: item.owner_email ?? '',
    related: related.map((row) => `/pages/${row.related_id}`).join('\n'),
    attachments: attachments.map((row) => row.document_id),
    categories: item.categories.join(', '),
    pinned: item.pinned ? 'yes' : '',
    featured: item.featured ? 'yes' : '',
    commentsEnabled: item.comments_enabled ? 'yes' : '',
    audienceUnits: item.audience_units,
    audienceGroups: item.audience_groups,
    imageAlt: item.image_alt ?? '',
  };
}

/**
 * What the editing pages show beside the item itself: the section's documents
 * to attach, the units a news item can be for, who may choose the owner, and
 * for a draft its status and the steps open to this actor.
 */
export function createContentEditor(deps: { db: Db; access: ContentAccess; content: ContentService; directory: Directory }) {
  const { db, access, content, directory } = deps;

  async function formContext(actor: Actor, destination: Destination, itemId: string | null, locale: string) {
    const place = destination.kind === 'page' ? await access.section(actor, destination.sectionId) : await access.news(actor);
    if (!place) throw new NotFoundError();
    // A new item's form only for those who may save it: otherwise what they wrote would be refused, and lost.
    if (!itemId) authorize(actor, 'content:create', place.resource);
    const documents =
      destination.kind === 'page'
        ? await db
            .selectFrom('documents')
            .select(['id', 'title'])
            .where('org_id', '=', actor.orgId)
            .where('section_id', '=', destination.sectionId)
            .where('deleted_at', 'is', null)
            .orderBy('title')
            .execute()
        : [];
    const existing = itemId ? await content.load(actor, itemId) : null;
    return {
      kind: destination.kind,
      sectionId: destination.kind === 'page' ? destination.sectionId : null,
      trail: sectionTrail(place.snapshot, place.section?.id ?? null, locale),
      documents,
      units: destination.kind === 'news' ? await directory.choices(actor.orgId, locale) : [],
      staffGroups,
      canChooseOwner: isAllowed(actor, 'content:publish', place.resource),
      existingImage: existing?.item.image_key ? `/news/${existing.item.id}/draft-image` : null,
    };
  }

  async function forEditing(actor: Actor, kind: ContentKind, id: string) {
    const { item } = await content.load(actor, id);
    if (item.kind !== kind) throw new NotFoundError();
    const destination: Destination =
      item.kind === 'page' && item.section_id ? { kind: 'page', sectionId: item.section_id } : { kind: 'news' };
    return { item, destination, values: await formValues(db, actor.orgId, item) };
  }

  /** The working copy, as it will look when published, for those who may see drafts. */
  async function draft(actor: Actor, kind: ContentKind, id: string, locale: string) {
    const { item, place } = await content.load(actor, id);
    if (item.kind !== kind) throw new NotFoundError();
    return {
      item,
      html: item.body_html,
      trail: sectionTrail(place.snapshot, item.section_id, locale),
      canEdit: isAllowed(actor, 'content:edit', place.resource) && actionsFrom(item.status).includes('save'),
    };
  }

  /** For a reader's page: breadcrumbs, and for those who run it, where to manage it. */
  async function readerContext(actor: Actor, shown: { item: { section_id: string | null; id: string } }, locale: string) {
    const place = shown.item.section_id ? await access.section(actor, shown.item.section_id) : await access.news(actor);
    return {
      trail: place ? sectionTrail(place.snapshot, shown.item.section_id, locale) : [],
      canManage: place ? isAllowed(actor, 'content:view-drafts', place.resource) : false,
    };
  }

  return { formContext, forEditing, draft, readerContext };
}

export type ContentEditor = ReturnType<typeof createContentEditor>;
