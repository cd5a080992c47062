import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

const flushEveryMs = 10_000;

/**
 * How often each item is read, for search to favour what people use. Counted
 * in memory and added to the database in one statement every ten seconds, so
 * a page view never waits on a write.
 */
export function createViewCounter(db: Db, log: (error: unknown) => void) {
  let pending = new Map<string, { orgId: string; count: number }>();

  async function flush(): Promise<void> {
    if (!pending.size) return;
    const batch = [...pending].map(([id, { orgId, count }]) => sql`(${orgId}::uuid, ${id}::uuid, ${count}::int)`);
    pending = new Map();
    await sql`
      UPDATE content_items AS i SET views = i.views + c.n
        FROM (VALUES ${sql.join(batch)}) AS c(org_id, id, n)
       WHERE i.org_id = c.org_id AND i.id = c.id`.execute(db);
  }

  const timer = setInterval(() => flush().catch(log), flushEveryMs);
  timer.unref();

  return {
    count(orgId: string, itemId: string): void {
      const entry = pending.get(itemId);
      if (entry) entry.count++;
      else pending.set(itemId, { orgId, count: 1 });
    },
    flush,
    async stop(): Promise<void> {
      clearInterval(timer);
      await flush();
    },
  };
}

export type ViewCounter = ReturnType<typeof createViewCounter>;
