import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { prepared } from '../../db/prepared.ts';
import type { ContentStatus, Locale, StaffGroup } from '../../db/schema.ts';
import { createAnnouncedCache } from '../../platform/announced-cache.ts';
import { isAllowed } from '../../platform/authz.ts';
import type { ChangeFeed } from '../../platform/changes.ts';
import type { Actor } from '../../platform/session.ts';
import type { DirectorySnapshots } from '../directory/directory.snapshot.ts';
import type { ContentAccess } from './content.access.ts';

export interface NewsSummary {
  id: string;
  title: string;
  summary: string;
  language: Locale;
  live_from: Date;
  pinned: boolean;
  featured: boolean;
  categories: string[];
  image_key: string | null;
  image_alt: string | null;
}

export const newsPageSize = 20;

type NewsQuery = {
  orgId: string;
  units: string[];
  group: string;
  category: string;
  limit: number;
  offset: number;
};

/**
 * News for one reader: live items meant for everyone, for a unit they are in
 * (their team or any unit above it), or for their staff group. Pinned first,
 * then newest. One statement; the audience is decided inside it. Written twice,
 * with and without a category, because a prepared statement's plan cannot
 * leave out a condition that depends on a parameter.
 */
const targetedNews = (withCategory: boolean) =>
  prepared(
    (_db, p: NewsQuery) => sql<NewsSummary>`
  SELECT i.id, i.live_title AS title, i.live_summary AS summary, i.language, i.live_from, i.pinned, i.featured, i.categories,
         i.live_image_key AS image_key, i.live_image_alt AS image_alt
    FROM content_items i
   WHERE i.org_id = ${p.orgId} AND i.kind = 'news'
     AND i.live_version IS NOT NULL AND i.deleted_at IS NULL AND i.status <> 'archived'
     AND i.live_from <= now() AND (i.live_until IS NULL OR i.live_until > now())
     AND ((i.audience_units = '{}' AND i.audience_groups = '{}')
          OR i.audience_units && ${p.units}::uuid[] OR ${p.group}::text = ANY (i.audience_groups))
     ${withCategory ? sql`AND ${p.category}::text = ANY (i.categories)` : sql``}
   ORDER BY i.pinned DESC, i.live_from DESC, i.id
   LIMIT ${p.limit} OFFSET ${p.offset}`,
  );
const allNews = targetedNews(false);
const newsInCategory = targetedNews(true);

/** How many audiences' first pages one organisation keeps (a big council has thousands of team and group mixes). */
const maxAudiencesKept = 500;
/** Scheduled news goes live at its time without an announcement: nothing is kept longer than this. */
const keepNewsMs = 30_000;

export function createNews(deps: { db: Db; feed: ChangeFeed; snapshots: DirectorySnapshots; access: ContentAccess }) {
  const { db, snapshots, access } = deps;
  // Per organisation, the first page for each audience and what is being written; a change to the
  // organisation's news drops them all at once.
  const kept = createAnnouncedCache<KeptNews>(deps.feed, {
    maxSize: 2_000,
    keyedBy: 'news',
    maxAgeMs: keepNewsMs,
  });

  const keptFor = async (orgId: string) => (await kept.get(orgId, async () => ({ pages: new Map(), drafts: null }))) as KeptNews;

  async function inProgress(orgId: string): Promise<Drafts> {
    const entry = await keptFor(orgId);
    entry.drafts ??= newsInProgress(db, orgId).catch((error: unknown) => {
      entry.drafts = null;
      throw error;
    });
    return entry.drafts;
  }

  /** Who the reader is for targeting: their units (their team and every unit above it) and their staff group. */
  async function audienceOf(actor: Actor) {
    const snapshot = await snapshots.of(actor.orgId);
    const units = actor.teamId ? [actor.teamId, ...snapshot.tree.ancestors(actor.teamId).map((unit) => unit.id)] : [];
    const group: StaffGroup | '' = snapshot.person(actor.userId)?.staff_group ?? '';
    return { units, group };
  }

  async function read(actor: Actor, query: { category: string | null; limit: number; offset: number }) {
    const audience = await audienceOf(actor);
    const params = { orgId: actor.orgId, ...audience, ...query, category: query.category ?? '' };
    return query.category ? newsInCategory(db, params) : allNews(db, params);
  }

  /**
   * A page of the reader's news. The first page without a category is what
   * nearly everyone reads, so it is kept per audience until news changes.
   */
  async function page(actor: Actor, number: number, category: string | null): Promise<{ items: NewsSummary[]; hasMore: boolean }> {
    const query = { category, limit: newsPageSize + 1, offset: (number - 1) * newsPageSize };
    let items: NewsSummary[];
    if (number === 1 && !category) {
      const { units, group } = await audienceOf(actor);
      const audience = `${group}|${units.join(',')}`;
      const { pages } = await keptFor(actor.orgId);
      // A read that a change overtakes lands in a map the change has already dropped.
      items = pages.get(audience) ?? (await read(actor, query));
      if (pages.size >= maxAudiencesKept) pages.clear();
      pages.set(audience, items);
    } else items = await read(actor, query);
    return { items: items.slice(0, newsPageSize), hasMore: items.length > newsPageSize };
  }

  /** The news page: a page of news, and for those who write it, what they may do and what is being written. */
  async function list(actor: Actor, number: number, category: string | null) {
    const place = await access.news(actor);
    return {
      ...(await page(actor, number, category)),
      canWrite: isAllowed(actor, 'content:create', place.resource),
      drafts: isAllowed(actor, 'content:view-drafts', place.resource) ? await inProgress(actor.orgId) : [],
    };
  }

  /** For the home page: the featured items, then the latest others. */
  async function forHome(actor: Actor) {
    const { items } = await page(actor, 1, null);
    const featured = items.filter((item) => item.featured).slice(0, 3);
    return { featured, latest: items.filter((item) => !featured.includes(item)).slice(0, 5) };
  }

  return { list, forHome };
}

type Drafts = Promise<Array<{ id: string; title: string; status: ContentStatus; updated_at: Date }>>;

interface KeptNews {
  pages: Map<string, NewsSummary[]>;
  drafts: Drafts | null;
}

/** News not yet live, or with changes waiting: for the people who write it. */
function newsInProgress(db: Db, orgId: string) {
  return db
    .selectFrom('content_items')
    .select(['id', 'title', 'status', 'updated_at'])
    .where('org_id', '=', orgId)
    .where('kind', '=', 'news')
    .where('deleted_at', 'is', null)
    .where('status', 'in', ['draft', 'in_review'] satisfies ContentStatus[])
    .orderBy('updated_at', 'desc')
    .limit(50)
    .execute();
}

export type News = ReturnType<typeof createNews>;
