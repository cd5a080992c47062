import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { normaliseQuery } from './search.query.ts';

const flushEveryMs = 5_000;
/** A burst of searches is written at once rather than waiting for the timer. */
const flushAt = 500;

/**
 * Every search, for the admins' analytics: the organisation, the normalised
 * query, how many results it had, and later which position was opened. Nothing
 * about who searched. Kept in memory and written in one statement every few
 * seconds, so that a search never waits on a write.
 */
export function createSearchLog(db: Db, log: (error: unknown) => void) {
  let pending: Array<{ id: string; orgId: string; query: string; results: number; at: Date }> = [];

  async function flush(): Promise<void> {
    if (!pending.length) return;
    const rows = pending;
    pending = [];
    await sql`
      INSERT INTO search_log (id, org_id, query, results, at)
      SELECT * FROM unnest(${rows.map((row) => row.id)}::uuid[], ${rows.map((row) => row.orgId)}::uuid[],
                           ${rows.map((row) => row.query)}::text[], ${rows.map((row) => row.results)}::int[],
                           ${rows.map((row) => row.at.toISOString())}::timestamptz[])
      ON CONFLICT (id) DO NOTHING`.execute(db);
  }

  const timer = setInterval(() => flush().catch(log), flushEveryMs);
  timer.unref();

  return {
    /** Notes a search; its id goes into its result links, for the click. */
    record(id: string, orgId: string, query: string, results: number): void {
      pending.push({ id, orgId, query: normaliseQuery(query), results, at: new Date() });
      if (pending.length >= flushAt) flush().catch(log);
    },
    /** The first result opened from a search; later ones are not counted, nor a position past its results (a link made by hand). */
    async clicked(orgId: string, searchId: string, position: number): Promise<void> {
      await flush();
      await db
        .updateTable('search_log')
        .set({ clicked_position: position })
        .where('org_id', '=', orgId)
        .where('id', '=', searchId)
        .where('clicked_position', 'is', null)
        .where('results', '>=', position)
        .execute();
    },
    flush,
    async stop(): Promise<void> {
      clearInterval(timer);
      await flush();
    },
  };
}

export type SearchLog = ReturnType<typeof createSearchLog>;
