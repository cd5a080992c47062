import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { recordAudit } from '../../platform/audit.ts';
import { authorize } from '../../platform/authz.ts';
import { NotFoundError } from '../../platform/errors.ts';
import type { Resource } from '../../platform/policy.ts';
import type { Actor } from '../../platform/session.ts';
import type { ContentAccess } from './content.access.ts';
import { keepDeletedDays } from './content.daily.ts';
import { sectionTitle } from './content.reading.ts';
import type { SectionsSnapshots } from './sections.snapshot.ts';

const restorable = sql<boolean>`deleted_at > now() - make_interval(days => ${keepDeletedDays})`;

/**
 * What was deleted in the last 30 days, for the people who may delete it: a
 * section's pages, documents and sections, or the organisation's news; and
 * putting each back.
 */
export function createContentTrash(deps: { db: Db; access: ContentAccess; sections: SectionsSnapshots }) {
  const { db, access, sections } = deps;

  async function sectionPlace(actor: Actor, sectionId: string) {
    const place = await access.section(actor, sectionId);
    if (!place) throw new NotFoundError();
    authorize(actor, 'content:publish', place.resource);
    return place;
  }

  async function deletedIn(actor: Actor, sectionId: string | null, locale: string) {
    const items = db
      .selectFrom('content_items')
      .select(['id', 'kind', 'title', 'deleted_at'])
      .where('org_id', '=', actor.orgId)
      .where('deleted_at', 'is not', null)
      .where(restorable);
    if (!sectionId) {
      authorize(actor, 'content:publish', (await access.news(actor)).resource);
      return {
        section: null,
        items: await items.where('kind', '=', 'news').orderBy('deleted_at', 'desc').execute(),
        documents: [],
        sections: [],
      };
    }
    const place = await sectionPlace(actor, sectionId);
    const [pages, documents] = await Promise.all([
      items.where('section_id', '=', sectionId).orderBy('deleted_at', 'desc').execute(),
      db
        .selectFrom('documents')
        .select(['id', 'title', 'deleted_at'])
        .where('org_id', '=', actor.orgId)
        .where('section_id', '=', sectionId)
        .where('deleted_at', 'is not', null)
        .where(restorable)
        .orderBy('deleted_at', 'desc')
        .execute(),
    ]);
    const subsections = place.snapshot.all.filter((section) => section.parentId === sectionId && section.deleted);
    return {
      section: { id: sectionId, title: sectionTitle(place.section ?? { title: '', titleCy: null }, locale) },
      items: pages,
      documents,
      sections: subsections.map((section) => ({ id: section.id, title: sectionTitle(section, locale) })),
    };
  }

  async function restore(actor: Actor, type: 'content' | 'document' | 'section', id: string): Promise<string> {
    if (type === 'section') return restoreSection(actor, id);
    const table = type === 'content' ? 'content_items' : 'documents';
    const row = await db
      .selectFrom(table)
      .select(['section_id'])
      .where('org_id', '=', actor.orgId)
      .where('id', '=', id)
      .where('deleted_at', 'is not', null)
      .where(restorable)
      .executeTakeFirst();
    if (!row) throw new NotFoundError();
    const resource: Resource = row.section_id ? (await sectionPlace(actor, row.section_id)).resource : (await access.news(actor)).resource;
    authorize(actor, 'content:publish', resource);
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable(table)
        .set({ deleted_at: null, deleted_by: null })
        .where('org_id', '=', actor.orgId)
        .where('id', '=', id)
        .execute();
      await recordAudit(trx, { orgId: actor.orgId, actorId: actor.userId, action: `${type}.restored`, subjectType: type, subjectId: id });
    });
    return row.section_id ? `/sections/${row.section_id}` : '/news';
  }

  /** A section comes back with everything in it; it is put back by whoever may manage the section above it. */
  async function restoreSection(actor: Actor, id: string): Promise<string> {
    const snapshot = await sections.of(actor.orgId);
    const section = snapshot.get(id);
    const row = section?.deleted
      ? await db
          .selectFrom('sections')
          .select('id')
          .where('org_id', '=', actor.orgId)
          .where('id', '=', id)
          .where(restorable)
          .executeTakeFirst()
      : undefined;
    if (!section || !row) throw new NotFoundError();
    const parent = section.parentId ? await access.section(actor, section.parentId) : null;
    if (section.parentId && !parent) throw new NotFoundError();
    authorize(actor, 'section:manage', parent?.resource ?? { orgId: actor.orgId });
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('sections')
        .set({ deleted_at: null, deleted_by: null })
        .where('org_id', '=', actor.orgId)
        .where('id', '=', id)
        .execute();
      await recordAudit(trx, {
        orgId: actor.orgId,
        actorId: actor.userId,
        action: 'section.restored',
        subjectType: 'section',
        subjectId: id,
      });
    });
    return `/sections/${id}`;
  }

  /** Top-level sections deleted in the last 30 days: organisation admins put them back. */
  async function deletedTopSections(actor: Actor, locale: string) {
    authorize(actor, 'section:manage', { orgId: actor.orgId });
    const snapshot = await sections.of(actor.orgId);
    return snapshot.all
      .filter((section) => !section.parentId && section.deleted)
      .map((section) => ({ id: section.id, title: sectionTitle(section, locale) }));
  }

  return { deletedIn, restore, deletedTopSections };
}

export type ContentTrash = ReturnType<typeof createContentTrash>;
