import type { Db } from '../../db/database.ts';
import type { ContentKind } from '../../db/schema.ts';
import { createAnnouncedCache } from '../../platform/announced-cache.ts';
import { isAllowed } from '../../platform/authz.ts';
import type { ChangeFeed } from '../../platform/changes.ts';
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
    .toReversed()
    .map((section) => ({ id: section.id, title: sectionTitle(section, locale) }));
}

/**
 * How much of what readers see one process keeps, in characters: about 4,000
 * typical pages, so that the pages most read (an intranet's readers crowd onto
 * a few hundred) are served without the database.
 */
const keptCharacters = 16_000_000;

/**
 * Reading pages and news. One statement fetches what readers see, kept in
 * memory until the organisation's content changes; whether this reader may see
 * it (and each related page and attachment) is worked out in memory from the
 * cached sections and roles.
 */
export function createContentReading(deps: { db: Db; feed: ChangeFeed; access: ContentAccess; views: ViewCounter }) {
  const { db, access, views } = deps;
  const kept = createAnnouncedCache<LiveItem>(deps.feed, {
    maxSize: keptCharacters,
    sizeOf: (item) => item.body_html.length + 1000,
    // An owner's name comes from the directory.
    groupedBy: ['content', 'directory'],
    // Unpublished at its time, without an announcement.
    keepForMs: (item) => (item.live_until ? item.live_until.getTime() - Date.now() : undefined),
  });
  const find = (orgId: string, id: string) => kept.get(`${orgId}:${id}`, () => findLiveItem(db, orgId, id));

  /** The live item and its place, when this reader may see it. */
  async function live(actor: Actor, id: string) {
    const item = await find(actor.orgId, id);
    const place = item ? await access.of(actor, item) : null;
    if (!item || !place || !isAllowed(actor, 'content:view', place.resource)) throw new NotFoundError();
    return { item, place };
  }

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
    const item = await find(actor.orgId, id);
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

  return { view, live, readable };
}

function canEdit(actor: Actor, item: LiveItem, place: ContentPlace): boolean {
  return isAllowed(actor, 'content:edit', { ...place.resource, personId: item.created_by });
}

export type ContentReading = ReturnType<typeof createContentReading>;
