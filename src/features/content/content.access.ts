import type { ContentKind } from '../../db/schema.ts';
import { isAllowed } from '../../platform/authz.ts';
import type { Resource } from '../../platform/policy.ts';
import type { Actor } from '../../platform/session.ts';
import type { Area } from '../roles/roles.queries.ts';
import type { RolesService } from '../roles/roles.service.ts';
import type { Section, SectionsSnapshot, SectionsSnapshots } from './sections.snapshot.ts';

/** Where something lives for permissions: its area (with the ones it inherits from) and the resource policies judge. */
export interface ContentPlace {
  area: Area;
  resource: Resource;
  /** The section, for pages and documents; none for news. */
  section: Section | null;
  snapshot: SectionsSnapshot;
}

/** Each snapshot's sections as areas: a search judges every section on every request. */
const areasBySnapshot = new WeakMap<SectionsSnapshot, Map<string, Area>>();

/** The section as an area, inheriting the roles of every section above it (worked out once per snapshot). */
export function sectionArea(orgId: string, snapshot: SectionsSnapshot, sectionId: string): Area {
  let areas = areasBySnapshot.get(snapshot);
  if (!areas) areasBySnapshot.set(snapshot, (areas = new Map()));
  let area = areas.get(sectionId);
  if (area?.orgId !== orgId) {
    const [, ...above] = snapshot.chain(sectionId);
    area = { orgId, type: 'section', id: sectionId, inheritsFrom: above.map((section) => ({ orgId, type: 'section', id: section.id })) };
    if (snapshot.get(sectionId)) areas.set(sectionId, area);
  }
  return area;
}

/**
 * Works out, without a query, what an actor's role is where a piece of content
 * lives. A section of another organisation, or one deleted (itself or above),
 * is not a place at all: callers answer 404.
 */
export function createContentAccess(deps: { sections: SectionsSnapshots; roles: RolesService }) {
  const { sections, roles } = deps;

  /**
   * Places in any of the organisation's sections, worked out without waiting:
   * for listings that judge many sections at once. `snapshot` is the one the
   * places are in; `mayRead` tells whether the actor may open a section.
   */
  async function sectionPlaces(actor: Actor) {
    const [snapshot, roleOn] = await Promise.all([sections.of(actor.orgId), roles.rolesOf(actor)]);
    const place = (sectionId: string, authorId?: string): ContentPlace | null => {
      const found = snapshot.get(sectionId);
      if (!found || !snapshot.isLive(sectionId)) return null;
      const area = sectionArea(actor.orgId, snapshot, sectionId);
      const resource = { orgId: actor.orgId, areaRole: roleOn(area), restricted: snapshot.isRestricted(sectionId), personId: authorId };
      return { area, resource, section: found, snapshot };
    };
    const mayRead = (sectionId: string): boolean => {
      const found = place(sectionId);
      return found !== null && isAllowed(actor, 'content:view', found.resource);
    };
    return { snapshot, place, mayRead };
  }

  async function section(actor: Actor, sectionId: string, authorId?: string): Promise<ContentPlace | null> {
    return (await sectionPlaces(actor)).place(sectionId, authorId);
  }

  async function news(actor: Actor, authorId?: string): Promise<ContentPlace> {
    const area: Area = { orgId: actor.orgId, type: 'news', id: null };
    const resource = { orgId: actor.orgId, areaRole: await roles.roleOn(actor, area), personId: authorId };
    return { area, resource, section: null, snapshot: await sections.of(actor.orgId) };
  }

  /** The place of an item: its section for a page, the organisation's news for news. */
  function of(actor: Actor, item: { kind: ContentKind; section_id: string | null; created_by: string }): Promise<ContentPlace | null> {
    return item.kind === 'page' && item.section_id ? section(actor, item.section_id, item.created_by) : news(actor, item.created_by);
  }

  return { section, sectionPlaces, news, of };
}

export type ContentAccess = ReturnType<typeof createContentAccess>;
