import type { Db } from '../../db/database.ts';
import { recordAudit } from '../../platform/audit.ts';
import { authorize, isAllowed } from '../../platform/authz.ts';
import { NotFoundError } from '../../platform/errors.ts';
import type { FieldError } from '../../platform/forms.ts';
import { isUuid } from '../../platform/forms.ts';
import type { Translate } from '../../platform/i18n.ts';
import type { Actor } from '../../platform/session.ts';
import { replaceGrant } from '../roles/roles.queries.ts';
import type { ContentAccess } from './content.access.ts';
import { sectionItems } from './content.read.ts';
import { sectionTitle, sectionTrail } from './content.reading.ts';
import { existingUnits } from './content.checks.ts';
import type { Section, SectionsSnapshots } from './sections.snapshot.ts';

export interface SectionForm {
  title?: string;
  titleCy?: string;
  summary?: string;
  ownerTeamId?: string;
  restricted?: string;
}

export interface CheckedSection {
  title: string;
  titleCy: string | null;
  summary: string;
  ownerTeamId: string;
  restricted: boolean;
}

export function checkSection(form: SectionForm, t: Translate): { section: CheckedSection; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const title = form.title?.trim() ?? '';
  const titleCy = form.titleCy?.trim() || null;
  const summary = form.summary?.trim() ?? '';
  const ownerTeamId = form.ownerTeamId?.trim() ?? '';
  if (!title) errors.push({ field: 'title', text: t('sections.errors.titleMissing') });
  else if (title.length > 120) errors.push({ field: 'title', text: t('sections.errors.titleLong') });
  if (titleCy && titleCy.length > 120) errors.push({ field: 'titleCy', text: t('sections.errors.titleLong') });
  if (summary.length > 300) errors.push({ field: 'summary', text: t('sections.errors.summaryLong') });
  if (!isUuid(ownerTeamId)) errors.push({ field: 'ownerTeamId', text: t('sections.errors.ownerTeam') });
  return { section: { title, titleCy, summary, ownerTeamId, restricted: form.restricted === 'yes' }, errors };
}

/**
 * Sections: a tree per organisation, each run by the team that owns it. The
 * owning team is made the section's editor when the section is made, so its
 * people publish there without asking anyone; roles on a section hold in
 * every section below it.
 */
export function createSectionsService(deps: { db: Db; sections: SectionsSnapshots; access: ContentAccess }) {
  const { db, sections, access } = deps;
  const visibleChildren = async (actor: Actor, children: Section[]) => {
    const { mayRead } = await access.sectionPlaces(actor);
    return children.filter((child) => mayRead(child.id));
  };

  /** The top of the content tree as this actor may see it. */
  async function top(actor: Actor, locale: string) {
    const snapshot = await sections.of(actor.orgId);
    const shown = await visibleChildren(actor, snapshot.roots);
    return {
      sections: shown.map((section) => ({ id: section.id, title: sectionTitle(section, locale), summary: section.summary })),
      canCreate: isAllowed(actor, 'section:manage', { orgId: actor.orgId }),
    };
  }

  /** A section's page: what is below it and in it, and what the actor may do there. */
  async function page(actor: Actor, id: string, locale: string) {
    const place = await access.section(actor, id);
    if (!place?.section || !isAllowed(actor, 'content:view', place.resource)) throw new NotFoundError();
    const drafts = isAllowed(actor, 'content:view-drafts', place.resource);
    const children = await visibleChildren(actor, place.section.children);
    return {
      section: { id, title: sectionTitle(place.section, locale), summary: place.section.summary, restricted: place.resource.restricted },
      trail: sectionTrail(place.snapshot, place.snapshot.get(id)?.parentId ?? null, locale),
      children: children.map((child) => ({ id: child.id, title: sectionTitle(child, locale), summary: child.summary })),
      items: await sectionItems(db, actor.orgId, id, drafts),
      drafts,
      can: {
        create: isAllowed(actor, 'content:create', place.resource),
        manage: isAllowed(actor, 'section:manage', place.resource),
        viewRoles: isAllowed(actor, 'area:view-roles', place.resource),
      },
    };
  }

  /** Where a new section goes: the top (organisation admins) or under a section the actor owns. */
  async function placeFor(actor: Actor, parentId: string | null) {
    if (!parentId) return { orgId: actor.orgId };
    const place = await access.section(actor, parentId);
    if (!place) throw new NotFoundError();
    return place.resource;
  }

  /** Refuses (as not found) anyone who may not add a section there. */
  async function checkCanCreate(actor: Actor, parentId: string | null): Promise<void> {
    authorize(actor, 'section:manage', await placeFor(actor, parentId));
  }

  async function create(actor: Actor, parentId: string | null, input: CheckedSection, t: Translate) {
    await checkCanCreate(actor, parentId);
    if (!(await existingUnits(db, actor.orgId, [input.ownerTeamId])).size)
      return { errors: [{ field: 'ownerTeamId', text: t('sections.errors.ownerTeam') }] };
    const id = await db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('sections')
        .values({
          org_id: actor.orgId,
          parent_id: parentId,
          title: input.title,
          title_cy: input.titleCy,
          summary: input.summary,
          owner_team_id: input.ownerTeamId,
          restricted: input.restricted,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await giveOwnerTeamEditing(trx, actor, row.id, input.ownerTeamId);
      await recordAudit(trx, {
        orgId: actor.orgId,
        actorId: actor.userId,
        action: 'section.created',
        subjectType: 'section',
        subjectId: row.id,
        details: { parent: parentId, owner_team: input.ownerTeamId, restricted: input.restricted },
      });
      return row.id;
    });
    return { id, errors: [] };
  }

  async function giveOwnerTeamEditing(trx: Db, actor: Actor, sectionId: string, teamId: string) {
    const area = { orgId: actor.orgId, type: 'section', id: sectionId } as const;
    const grantId = await replaceGrant(trx, area, {
      role: 'editor',
      granteeUserId: null,
      granteeTeamId: teamId,
      includeSubteams: true,
      grantedBy: actor.userId,
    });
    await recordAudit(trx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: 'role.granted',
      subjectType: 'team',
      subjectId: teamId,
      details: { grant: grantId, area_type: 'section', area_id: sectionId, role: 'editor', include_subteams: true },
    });
  }

  /** The section as its form shows it, for someone who may manage it. */
  async function forEditing(actor: Actor, id: string) {
    const place = await access.section(actor, id);
    if (!place?.section) throw new NotFoundError();
    authorize(actor, 'section:manage', place.resource);
    return place.section;
  }

  async function update(actor: Actor, id: string, input: CheckedSection, t: Translate): Promise<FieldError[]> {
    const existing = await forEditing(actor, id);
    if (!(await existingUnits(db, actor.orgId, [input.ownerTeamId])).size)
      return [{ field: 'ownerTeamId', text: t('sections.errors.ownerTeam') }];
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('sections')
        .set({
          title: input.title,
          title_cy: input.titleCy,
          summary: input.summary,
          owner_team_id: input.ownerTeamId,
          restricted: input.restricted,
        })
        .where('org_id', '=', actor.orgId)
        .where('id', '=', id)
        .execute();
      if (existing.ownerTeamId !== input.ownerTeamId) await giveOwnerTeamEditing(trx, actor, id, input.ownerTeamId);
      await recordAudit(trx, {
        orgId: actor.orgId,
        actorId: actor.userId,
        action: 'section.updated',
        subjectType: 'section',
        subjectId: id,
        details: { owner_team: input.ownerTeamId, restricted: input.restricted },
      });
    });
    return [];
  }

  /** Hides the section and everything in it; whoever may manage the section above (an admin, at the top) may do it. */
  async function remove(actor: Actor, id: string): Promise<string | null> {
    const place = await access.section(actor, id);
    if (!place?.section) throw new NotFoundError();
    authorize(actor, 'section:manage', await placeFor(actor, place.section.parentId));
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('sections')
        .set({ deleted_at: new Date(), deleted_by: actor.userId })
        .where('org_id', '=', actor.orgId)
        .where('id', '=', id)
        .execute();
      await recordAudit(trx, {
        orgId: actor.orgId,
        actorId: actor.userId,
        action: 'section.deleted',
        subjectType: 'section',
        subjectId: id,
      });
    });
    return place.section.parentId;
  }

  return { top, page, checkCanCreate, create, forEditing, update, remove };
}

export type SectionsService = ReturnType<typeof createSectionsService>;
