import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

const flushEveryMs = 30_000;

/**
 * How often each item is read, for search to favour what people use. Counted
 * in memory and added to the database in one statement every thirty seconds,
 * so a page view never waits on a write.
 */
export function createViewCounter(db: Db, log: (error: unknown) => void) {
  let pending = new Map<string, { orgId: string; count: number }>();

  async function flush(): Promise<void> {
    if (!pending.size) return;
    const counted = [...pending];
    pending = new Map();
    // Three arrays rather than a row of parameters per item: thousands of items make one small statement.
    // Items deleted for good since they were read are left out.
    await sql`
      INSERT INTO content_views AS v (org_id, item_id, views)
      SELECT c.org_id, c.item_id, c.n
        FROM unnest(${counted.map(([, entry]) => entry.orgId)}::uuid[], ${counted.map(([id]) => id)}::uuid[],
                    ${counted.map(([, entry]) => entry.count)}::bigint[]) AS c(org_id, item_id, n)
        JOIN content_items i ON i.org_id = c.org_id AND i.id = c.item_id
      ON CONFLICT (org_id, item_id) DO UPDATE SET views = v.views + excluded.views`.execute(db);
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
