import type { Db } from '../../db/database.ts';
import type { SearchKind } from '../../db/schema.ts';
import { createAnnouncedCache } from '../../platform/announced-cache.ts';
import type { ChangeFeed } from '../../platform/changes.ts';

export interface SearchSettings {
  /** Normalised query → what admins put first for it, in the order they added them. */
  bestBets: Map<string, Array<{ kind: SearchKind; ref_id: string }>>;
  /** Each group of words and phrases that mean the same. */
  synonyms: string[][];
}

/** Each organisation's best bets and synonyms, read whole and kept until the database announces a change to them. */
export function createSearchSettings(deps: { db: Db; feed: ChangeFeed }) {
  const { db } = deps;
  const kept = createAnnouncedCache<SearchSettings>(deps.feed, { maxSize: 10_000, keyedBy: 'search' });

  async function load(orgId: string): Promise<SearchSettings> {
    const [bets, synonyms] = await Promise.all([
      db
        .selectFrom('search_best_bets')
        .select(['query', 'kind', 'ref_id'])
        .where('org_id', '=', orgId)
        .orderBy('created_at')
        .orderBy('id')
        .execute(),
      db.selectFrom('search_synonyms').select('terms').where('org_id', '=', orgId).orderBy('created_at').execute(),
    ]);
    const bestBets = new Map<string, Array<{ kind: SearchKind; ref_id: string }>>();
    for (const bet of bets) bestBets.set(bet.query, [...(bestBets.get(bet.query) ?? []), { kind: bet.kind, ref_id: bet.ref_id }]);
    return { bestBets, synonyms: synonyms.map((row) => row.terms) };
  }

  return {
    async of(orgId: string): Promise<SearchSettings> {
      return (await kept.get(orgId, () => load(orgId))) as SearchSettings;
    },
  };
}

export type SearchSettingsStore = ReturnType<typeof createSearchSettings>;
