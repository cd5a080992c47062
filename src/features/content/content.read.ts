import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { prepared } from '../../db/prepared.ts';
import type { ContentKind, ContentStatus, Locale } from '../../db/schema.ts';

/** Readers see an item's live version while it is live: not deleted, not archived, and inside its window. */
export const isLive = sql<boolean>`i.live_version IS NOT NULL AND i.deleted_at IS NULL AND i.status <> 'archived'
  AND i.live_from <= now() AND (i.live_until IS NULL OR i.live_until > now())`;

export interface LiveItem {
  id: string;
  kind: ContentKind;
  section_id: string | null;
  language: Locale;
  status: ContentStatus;
  live_version: number;
  latest_version: number;
  live_from: Date;
  live_until: Date | null;
  title: string;
  summary: string;
  body_html: string;
  image_key: string | null;
  image_alt: string | null;
  owner_id: string;
  owner_name: string | null;
  created_by: string;
  review_due: string;
  categories: string[];
  comments_enabled: boolean;
  related: Array<{ id: string; kind: ContentKind; title: string; section_id: string | null }>;
  attachments: Array<{ id: string; title: string; section_id: string; filename: string; kind: string; size_bytes: number }>;
}

/**
 * A page or news item as readers see it, with its related items and
 * attachments, in one statement: the most-viewed query there is. Whether the
 * reader may see the section, and each related item's, is judged in memory.
 */
const liveItem = prepared(
  (_db, p: { orgId: string; id: string }) => sql<LiveItem>`
  SELECT i.id, i.kind, i.section_id, i.language, i.status, i.live_version, i.latest_version, i.live_from, i.live_until,
         i.live_title AS title, i.live_summary AS summary, v.body_html, i.live_image_key AS image_key, i.live_image_alt AS image_alt,
         i.owner_id, owner.display_name AS owner_name, i.created_by, i.review_due, i.categories, i.comments_enabled,
         (SELECT coalesce(json_agg(json_build_object('id', ri.id, 'kind', ri.kind, 'title', ri.live_title, 'section_id', ri.section_id)
                                   ORDER BY r.position), '[]')
            FROM content_related r JOIN content_items ri ON ri.org_id = r.org_id AND ri.id = r.related_id
           WHERE r.org_id = i.org_id AND r.item_id = i.id
             AND ri.live_version IS NOT NULL AND ri.deleted_at IS NULL AND ri.status <> 'archived'
             AND ri.live_from <= now() AND (ri.live_until IS NULL OR ri.live_until > now())) AS related,
         (SELECT coalesce(json_agg(json_build_object('id', d.id, 'title', d.title, 'section_id', d.section_id, 'filename', dv.filename,
                                                     'kind', dv.kind, 'size_bytes', dv.size_bytes) ORDER BY a.position), '[]')
            FROM content_attachments a
            JOIN documents d ON d.org_id = a.org_id AND d.id = a.document_id AND d.deleted_at IS NULL
            JOIN document_versions dv ON dv.org_id = d.org_id AND dv.document_id = d.id AND dv.version = d.latest_version
           WHERE a.org_id = i.org_id AND a.item_id = i.id) AS attachments
    FROM content_items i
    JOIN content_versions v ON v.org_id = i.org_id AND v.item_id = i.id AND v.version = i.live_version
    LEFT JOIN users owner ON owner.org_id = i.org_id AND owner.id = i.owner_id
   WHERE i.org_id = ${p.orgId} AND i.id = ${p.id}
     AND i.live_version IS NOT NULL AND i.deleted_at IS NULL AND i.status <> 'archived'
     AND i.live_from <= now() AND (i.live_until IS NULL OR i.live_until > now())`,
);

export async function findLiveItem(db: Db, orgId: string, id: string): Promise<LiveItem | undefined> {
  const [row] = await liveItem(db, { orgId, id });
  return row;
}

/** A section's items: the live ones for readers; every one not deleted, with its status, for those who see drafts. */
export function sectionItems(db: Db, orgId: string, sectionId: string, withDrafts: boolean) {
  let query = db
    .selectFrom('content_items as i')
    .select([
      'i.id',
      'i.status',
      'i.live_version',
      'i.live_from',
      sql<string>`coalesce(i.live_title, i.title)`.as('title'),
      sql<string>`coalesce(i.live_summary, i.summary)`.as('summary'),
      'i.review_due',
      'i.updated_at',
    ])
    .where('i.org_id', '=', orgId)
    .where('i.section_id', '=', sectionId)
    .where('i.deleted_at', 'is', null);
  query = withDrafts ? query : query.where(isLive);
  return query
    .orderBy(sql`coalesce(i.live_title, i.title)`)
    .limit(500)
    .execute();
}

/** Every version of an item, newest first, with who saved it. */
export function versionsOf(db: Db, orgId: string, itemId: string) {
  return db
    .selectFrom('content_versions as v')
    .leftJoin('users as u', (join) => join.onRef('u.org_id', '=', 'v.org_id').onRef('u.id', '=', 'v.saved_by'))
    .select(['v.version', 'v.title', 'v.saved_at', 'u.display_name as saved_by_name'])
    .where('v.org_id', '=', orgId)
    .where('v.item_id', '=', itemId)
    .orderBy('v.version', 'desc')
    .execute();
}

export function versionOf(db: Db, orgId: string, itemId: string, version: number) {
  return db
    .selectFrom('content_versions as v')
    .leftJoin('users as u', (join) => join.onRef('u.org_id', '=', 'v.org_id').onRef('u.id', '=', 'v.saved_by'))
    .select(['v.version', 'v.title', 'v.summary', 'v.body', 'v.saved_at', 'u.display_name as saved_by_name'])
    .where('v.org_id', '=', orgId)
    .where('v.item_id', '=', itemId)
    .where('v.version', '=', version)
    .executeTakeFirst();
}

/** What happened to an item, oldest first, with who did it. */
export function eventsOf(db: Db, orgId: string, itemId: string) {
  return db
    .selectFrom('content_events as e')
    .leftJoin('users as u', (join) => join.onRef('u.org_id', '=', 'e.org_id').onRef('u.id', '=', 'e.actor_id'))
    .select(['e.at', 'e.event', 'e.version', 'e.comment', 'u.display_name as actor_name'])
    .where('e.org_id', '=', orgId)
    .where('e.item_id', '=', itemId)
    .orderBy('e.at')
    .orderBy('e.id')
    .execute();
}
