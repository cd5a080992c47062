import type { Db } from '../../db/database.ts';
import type { ContentKind } from '../../db/schema.ts';
import { isAllowed } from '../../platform/authz.ts';
import { NotFoundError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/session.ts';
import type { ContentAccess, ContentPlace } from './content.access.ts';
import { findLiveItem, type LiveItem } from './content.read.ts';
import type { ViewCounter } from './content.views.ts';
import type { Section, SectionsSnapshot } from './sections.snapshot.ts';

/** The section's title in the page's language. */
export function sectionTitle(section: Pick<Section, 'title' | 'titleCy'>, locale: string): string {
  return (locale === 'cy' && section.titleCy) || section.title;
}

/** Breadcrumbs: from the top section down to this one. */
export function sectionTrail(snapshot: SectionsSnapshot, sectionId: string | null, locale: string) {
  if (!sectionId) return [];
  return snapshot
    .chain(sectionId)
    .reverse()
    .map((section) => ({ id: section.id, title: sectionTitle(section, locale) }));
}

/**
 * Reading pages and news. One statement fetches what readers see; whether
 * this reader may see it (and each related page and attachment) is worked out
 * in memory from the cached sections and roles.
 */
export function createContentReading(deps: { db: Db; access: ContentAccess; views: ViewCounter }) {
  const { db, access, views } = deps;

  /** Whether the reader may see what lives in this section (every section a live one they can read). */
  async function readable(actor: Actor, sectionId: string | null, cache: Map<string, boolean>): Promise<boolean> {
    if (!sectionId) return true;
    let known = cache.get(sectionId);
    if (known === undefined) {
      const place = await access.section(actor, sectionId);
      known = place !== null && isAllowed(actor, 'content:view', place.resource);
      cache.set(sectionId, known);
    }
    return known;
  }

  /**
   * The live item for a reader, or what an editor should see instead: `draftOnly`
   * when nothing is live yet but they may look at the draft.
   */
  async function view(actor: Actor, kind: ContentKind, id: string) {
    const item = await findLiveItem(db, actor.orgId, id);
    if (!item || item.kind !== kind) return { draftOnly: true as const };
    const place = await access.of(actor, item);
    if (!place || !isAllowed(actor, 'content:view', place.resource)) throw new NotFoundError();
    views.count(actor.orgId, item.id);
    const cache = new Map<string, boolean>([[item.section_id ?? '', true]]);
    const related = [];
    for (const each of item.related) if (await readable(actor, each.section_id, cache)) related.push(each);
    const attachments = [];
    for (const each of item.attachments) if (await readable(actor, each.section_id, cache)) attachments.push(each);
    return { draftOnly: false as const, item, place, html: item.body_html, related, attachments, canEdit: canEdit(actor, item, place) };
  }

  return { view, readable };
}

function canEdit(actor: Actor, item: LiveItem, place: ContentPlace): boolean {
  return isAllowed(actor, 'content:edit', { ...place.resource, personId: item.created_by });
}

export type ContentReading = ReturnType<typeof createContentReading>;
