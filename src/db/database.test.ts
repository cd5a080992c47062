import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eventually } from '../testing/eventually.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { type DatabaseHandle, idleConnectionMs, keptConnections } from './database.ts';
import { prepared } from './prepared.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle.close();
});

const orgByCode = prepared((db, p: { code: string }) => db.selectFrom('organisations').select('name').where('code', '=', p.code));

describe('queries on either database', () => {
  it('answer with their rows, and fail with the database’s own error, leaving the connection usable', async () => {
    const rows = await sql<{ n: number }>`SELECT g AS n FROM generate_series(1, 3) g`.execute(handle.db);
    expect(rows.rows.map((row) => row.n)).toEqual([1, 2, 3]);
    await expect(sql`SELECT 1 / 0`.execute(handle.db)).rejects.toMatchObject({ code: '22012' });
    expect(await orgByCode(handle.db, { code: 'nowhere' })).toEqual([]);
    const raw = await handle.executeSql('SELECT $1::int + 1 AS n', [41]);
    expect(Array.isArray(raw) ? raw : raw.rows).toEqual([{ n: 42 }]);
  });

  it.runIf(Boolean(process.env.DATABASE_URL))(
    'on PostgreSQL, run a prepared query as a statement its connection prepared once',
    async () => {
      const statements = await handle.db.connection().execute(async (connection) => {
        await orgByCode(connection, { code: 'first' });
        await orgByCode(connection, { code: 'second' });
        return sql<{ name: string }>`SELECT name FROM pg_prepared_statements WHERE name LIKE 'guildhall_%'`.execute(connection);
      });
      expect(statements.rows).toHaveLength(1);
    },
  );

  it.runIf(Boolean(process.env.DATABASE_URL))(
    'on PostgreSQL, keep connections through a quiet spell: two for good, any more for five minutes',
    async () => {
      const connections = async () =>
        (await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database()`.execute(handle.db))
          .rows[0]?.n;
      // Only the pool's idle timers are faked; the sockets are real.
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      try {
        await Promise.all([1, 2, 3].map(() => sql`SELECT pg_sleep(0.05)`.execute(handle.db)));
        vi.advanceTimersByTime(idleConnectionMs - 1000);
        expect(await connections()).toBe(3);
        vi.advanceTimersByTime(2000);
      } finally {
        vi.useRealTimers();
      }
      // A closed connection leaves the server a moment later.
      await eventually(async () => (await connections()) === keptConnections, {
        timeoutMs: 5000,
        what: `the pool to keep ${keptConnections} connections`,
      });
      expect(await connections()).toBe(keptConnections);
    },
  );
});
