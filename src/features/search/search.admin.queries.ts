import type { Db } from '../../db/database.ts';
import type { SearchKind } from '../../db/schema.ts';

/** Every best bet, with what it points at now (null when that has gone or is no longer published). */
export async function listBestBets(db: Db, orgId: string) {
  return db
    .selectFrom('search_best_bets as b')
    .leftJoin('search_entries as e', (join) =>
      join.onRef('e.org_id', '=', 'b.org_id').onRef('e.kind', '=', 'b.kind').onRef('e.ref_id', '=', 'b.ref_id'),
    )
    .select(['b.id', 'b.query', 'b.kind', 'b.ref_id', 'b.created_at', 'e.title'])
    .where('b.org_id', '=', orgId)
    .orderBy('b.query')
    .orderBy('b.created_at')
    .orderBy('b.id')
    .execute();
}

/** The title of a thing search can find in this organisation, if it can. */
export async function findEntryTitle(db: Db, orgId: string, kind: SearchKind, refId: string): Promise<string | null> {
  const entry = await db
    .selectFrom('search_entries')
    .select('title')
    .where('org_id', '=', orgId)
    .where('kind', '=', kind)
    .where('ref_id', '=', refId)
    .executeTakeFirst();
  return entry?.title ?? null;
}

/** Adds a best bet; null when the same one is already there. */
export async function insertBestBet(
  db: Db,
  row: { orgId: string; query: string; kind: SearchKind; refId: string; createdBy: string },
): Promise<string | null> {
  const inserted = await db
    .insertInto('search_best_bets')
    .values({ org_id: row.orgId, query: row.query, kind: row.kind, ref_id: row.refId, created_by: row.createdBy })
    .onConflict((conflict) => conflict.columns(['org_id', 'query', 'kind', 'ref_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id ?? null;
}

/** Removes one of this organisation's best bets; false when it has none by that id. */
export async function deleteBestBet(db: Db, orgId: string, id: string): Promise<boolean> {
  const deleted = await db.deleteFrom('search_best_bets').where('org_id', '=', orgId).where('id', '=', id).returning('id').execute();
  return deleted.length > 0;
}

export async function listSynonyms(db: Db, orgId: string) {
  return db
    .selectFrom('search_synonyms')
    .select(['id', 'terms', 'created_at'])
    .where('org_id', '=', orgId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function insertSynonyms(db: Db, row: { orgId: string; terms: string[]; createdBy: string }): Promise<string> {
  const inserted = await db
    .insertInto('search_synonyms')
    .values({ org_id: row.orgId, terms: row.terms, created_by: row.createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

/** Removes one of this organisation's synonym groups; false when it has none by that id. */
export async function deleteSynonyms(db: Db, orgId: string, id: string): Promise<boolean> {
  const deleted = await db.deleteFrom('search_synonyms').where('org_id', '=', orgId).where('id', '=', id).returning('id').execute();
  return deleted.length > 0;
}
