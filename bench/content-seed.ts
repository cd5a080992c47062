import { randomUUID } from 'node:crypto';
import type { Db } from '../src/db/database.ts';
import type { StaffGroup } from '../src/db/schema.ts';
import { publishItems } from '../src/testing/content-fixtures.ts';
import { writer } from './content-text.ts';
import { hearInterrupts } from './cleanup.ts';

export interface ContentSize {
  /** Published pages across the sections. */
  pages: number;
  /** Published news items, most for everyone, some for a unit or a staff group. */
  news: number;
}

export interface SeededContent {
  pageIds: string[];
  newsIds: string[];
}

const sectionCount = 60;
const batchSize = 500;
const day = 24 * 60 * 60 * 1000;

function* batches<T>(count: number, make: (index: number) => T): Generator<T[]> {
  for (let start = 0; start < count; start += batchSize) {
    yield Array.from({ length: Math.min(batchSize, count - start) }, (_, offset) => make(start + offset));
  }
}

/**
 * A council's worth of published content for the bench: sections owned by its
 * teams, `pages` pages of 150–700 words of generated English in them, and
 * `news` news items, each with its one version rendered as the app renders it.
 */
export async function seedContent(db: Db, orgId: string, size: ContentSize, seed = 7): Promise<SeededContent> {
  const text = writer(seed);
  const units = await db.selectFrom('org_units').select(['id', 'kind']).where('org_id', '=', orgId).execute();
  const people = await db.selectFrom('users').select('id').where('org_id', '=', orgId).limit(500).execute();
  const teams = units.filter((unit) => unit.kind === 'team');
  const pick = <T>(list: readonly T[]): T => list[Math.floor(text.random() * list.length)] as T;
  const sectionIds = Array.from({ length: sectionCount }, () => randomUUID());
  await db
    .insertInto('sections')
    .values(
      sectionIds.map((id, index) => ({
        id,
        org_id: orgId,
        parent_id: index >= 12 ? (sectionIds[index % 12] ?? null) : null,
        title: text.title(),
        owner_team_id: pick(teams).id,
      })),
    )
    .execute();

  const insert = async (kind: 'page' | 'news', count: number) => {
    const ids: string[] = [];
    for (const batch of batches(count, () => {
      const id = randomUUID();
      const title = text.title();
      const summary = text.sentence().slice(0, 300);
      const body = text.body(text.between(150, 700));
      const owner = pick(people).id;
      const liveFrom = new Date(Date.now() - text.between(1, 700) * day);
      return {
        id,
        title,
        summary,
        body,
        ownerId: owner,
        liveFrom,
        createdAt: liveFrom,
        sectionId: kind === 'page' ? pick(sectionIds) : null,
      };
    })) {
      await publishItems(
        db,
        orgId,
        batch.map((item) => ({ ...item, kind, views: text.between(0, 5000) })),
      );
      ids.push(...batch.map((item) => item.id));
      await hearInterrupts();
    }
    return ids;
  };

  const pageIds = await insert('page', size.pages);
  const newsIds = await insert('news', size.news);
  // A fifth of the news is for a unit, a tenth for a staff group; the rest for everyone.
  const groups: StaffGroup[] = ['manager', 'frontline', 'senior_leader', 'head_of_service'];
  for (const [index, itemId] of newsIds.entries()) {
    if (index % 5 === 0)
      await db
        .updateTable('content_items')
        .set({ audience_units: [pick(units).id] })
        .where('id', '=', itemId)
        .execute();
    if (index % 10 === 1)
      await db
        .updateTable('content_items')
        .set({ audience_groups: [pick(groups)] })
        .where('id', '=', itemId)
        .execute();
  }
  return { pageIds, newsIds };
}
