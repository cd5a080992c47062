import type { Db } from '../../db/database.ts';
import { createAnnouncedCache } from '../../platform/announced-cache.ts';
import type { ChangeFeed } from '../../platform/changes.ts';

export interface SectionRow {
  id: string;
  parent_id: string | null;
  title: string;
  title_cy: string | null;
  summary: string;
  owner_team_id: string;
  restricted: boolean;
  deleted_at: Date | null;
}

export interface Section {
  id: string;
  parentId: string | null;
  title: string;
  titleCy: string | null;
  summary: string;
  ownerTeamId: string;
  restricted: boolean;
  deleted: boolean;
  /** Sections directly below, not deleted, by title. */
  children: Section[];
}

/** An organisation's sections at one moment. Deleting or restricting a section applies to everything below it. */
export interface SectionsSnapshot {
  /** Top-level sections, not deleted, by title. */
  roots: Section[];
  /** Every section, deleted ones included, parents before children. */
  all: Section[];
  get(id: string): Section | undefined;
  /** The section and every section above it, nearest first (worked out once per section). */
  chain(id: string): readonly Section[];
  /** Neither it nor any section above it is deleted. */
  isLive(id: string): boolean;
  /** It or a section above it is restricted. */
  isRestricted(id: string): boolean;
}

export function buildSectionsSnapshot(rows: readonly SectionRow[]): SectionsSnapshot {
  const byId = new Map<string, Section>(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        parentId: row.parent_id,
        title: row.title,
        titleCy: row.title_cy,
        summary: row.summary,
        ownerTeamId: row.owner_team_id,
        restricted: row.restricted,
        deleted: row.deleted_at !== null,
        children: [],
      },
    ]),
  );
  const roots: Section[] = [];
  for (const section of byId.values()) {
    const parent = section.parentId ? byId.get(section.parentId) : undefined;
    if (!section.deleted) (parent ? parent.children : roots).push(section);
  }
  const chainOf = (id: string): Section[] => {
    const found: Section[] = [];
    const seen = new Set<string>();
    for (
      let section = byId.get(id);
      section && !seen.has(section.id);
      section = section.parentId ? byId.get(section.parentId) : undefined
    ) {
      seen.add(section.id);
      found.push(section);
    }
    return found;
  };
  // A search asks for the chain of every section the searcher may read, several times over: kept, as the snapshot never changes.
  const chains = new Map<string, readonly Section[]>();
  const chain = (id: string): readonly Section[] => {
    let found = chains.get(id);
    if (found === undefined) {
      found = chainOf(id);
      // Only a section's own chain is kept: an unknown id (from a URL) has none, and is not remembered.
      if (byId.has(id)) chains.set(id, found);
    }
    return found;
  };
  const ordered = new Set<Section>();
  const visit = (section: Section) => {
    ordered.add(section);
    section.children.forEach(visit);
  };
  roots.forEach(visit);
  // Deleted sections, and any below them, after the live tree.
  for (const section of byId.values()) ordered.add(section);
  const all = [...ordered];
  return {
    roots,
    all,
    get: (id) => byId.get(id),
    chain,
    isLive: (id) => byId.has(id) && chain(id).every((section) => !section.deleted),
    isRestricted: (id) => chain(id).some((section) => section.restricted),
  };
}

export function listSections(db: Db, orgId: string): Promise<SectionRow[]> {
  return db
    .selectFrom('sections')
    .select(['id', 'parent_id', 'title', 'title_cy', 'summary', 'owner_team_id', 'restricted', 'deleted_at'])
    .where('org_id', '=', orgId)
    .orderBy('title')
    .execute();
}

/** Each organisation's sections, read whole and kept until the database announces a change to them. */
export function createSectionsSnapshots(deps: { db: Db; feed: ChangeFeed }) {
  const snapshots = createAnnouncedCache<SectionsSnapshot>(deps.feed, {
    maxSize: 100_000,
    sizeOf: (snapshot) => snapshot.all.length,
    keyedBy: 'sections',
  });
  return {
    async of(orgId: string): Promise<SectionsSnapshot> {
      return (await snapshots.get(orgId, async () => buildSectionsSnapshot(await listSections(deps.db, orgId)))) as SectionsSnapshot;
    },
  };
}

export type SectionsSnapshots = ReturnType<typeof createSectionsSnapshots>;
