import { CompiledQuery, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/database.ts';
import { eventually } from '../../testing/eventually.ts';
import { openTestDatabase } from '../../testing/test-database.ts';
import { answeringBeforeCommit, runSearch, type SearchHit } from './search.sql.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle.close();
});

describe('a search transaction', () => {
  it('answers with what it read before its COMMIT, and reports a COMMIT that then fails', async () => {
    let reportLate: (error: unknown) => void = () => {};
    const reported = new Promise<unknown>((resolve) => (reportLate = resolve));
    const answer = await answeringBeforeCommit(
      handle.db,
      async (trx) => {
        // A duplicate that a deferred constraint lets through until COMMIT, which then fails.
        await sql`CREATE TEMP TABLE late_check (id int UNIQUE DEFERRABLE INITIALLY DEFERRED) ON COMMIT DROP`.execute(trx);
        await sql`INSERT INTO late_check VALUES (1), (1)`.execute(trx);
        const read = await sql<{ setting: string }>`SELECT current_setting('enable_seqscan') AS setting`.execute(trx);
        return read.rows[0]?.setting;
      },
      (error) => reportLate(error),
    );
    expect(answer).toBe('off');
    const late = await reported;
    expect(String(late)).toMatch(/duplicate key|unique/i);
  });

  it('fails with the error of a failure before it answers, and reports nothing later', async () => {
    const late: unknown[] = [];
    await expect(
      answeringBeforeCommit(
        handle.db,
        async (trx) => {
          await sql`SELECT 1 / 0`.execute(trx);
        },
        (error) => late.push(error),
      ),
    ).rejects.toThrow(/division by zero/);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(late).toEqual([]);
  });

  it('leaves the connection usable after it', async () => {
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        answeringBeforeCommit(
          handle.db,
          async (trx) => (await sql<{ n: number }>`SELECT ${index}::int AS n`.execute(trx)).rows[0]?.n,
          () => {},
        ),
      ),
    );
    expect(answers).toEqual([0, 1, 2, 3, 4, 5]);
    // SET LOCAL ends with its transaction: whatever runs next is outside it.
    const after = await sql<{ setting: string }>`SELECT current_setting('enable_seqscan') AS setting`.execute(handle.db);
    expect(after.rows[0]?.setting).toBe('on');
  });
});

describe('running a search', () => {
  const statement = CompiledQuery.raw("SELECT 'page' AS kind, current_setting('enable_seqscan') AS title") as CompiledQuery<SearchHit>;

  it('lets its preparation and the work beside it query the database, however they reach it', async () => {
    // On PGlite a query outside an open transaction waits for it: were either done inside, this would never end.
    const [rows, beside, prepared] = await runSearch(
      handle.db,
      async () => ({ statement, found: (await sql<{ n: number }>`SELECT 2 AS n`.execute(handle.db)).rows[0]?.n }),
      async (_prepared, searching) => {
        const outside = await sql<{ n: number }>`SELECT 3 AS n`.execute(handle.db);
        const given = await sql<{ n: number }>`SELECT 4 AS n`.execute(searching);
        return [outside.rows[0]?.n, given.rows[0]?.n];
      },
      () => {},
    );
    expect(rows).toEqual([{ kind: 'page', title: 'off' }]);
    expect(beside).toEqual([3, 4]);
    expect(prepared.found).toBe(2);
  });

  it('fails with its preparation, and leaves no transaction open', async () => {
    await expect(
      runSearch(
        handle.db,
        async () => {
          throw new Error('no plan');
        },
        async () => undefined,
        () => {},
      ),
    ).rejects.toThrow('no plan');
    const after = await sql<{ setting: string }>`SELECT current_setting('enable_seqscan') AS setting`.execute(handle.db);
    expect(after.rows[0]?.setting).toBe('on');
  });

  it('fails with its statement once the work beside it is done, and leaves no transaction open', async () => {
    const failing = CompiledQuery.raw('SELECT 1 / 0') as CompiledQuery<SearchHit>;
    let besideDone = false;
    await expect(
      runSearch(
        handle.db,
        async () => ({ statement: failing }),
        async () => {
          await new Promise((resolve) => setTimeout(resolve, 50));
          besideDone = true;
        },
        () => {},
      ),
    ).rejects.toThrow(/division by zero/);
    expect(besideDone).toBe(true);
    // Every pooled connection, were one given back inside the transaction, would show its setting.
    const settings = await Promise.all(
      Array.from({ length: 12 }, () => sql<{ setting: string }>`SELECT current_setting('enable_seqscan') AS setting`.execute(handle.db)),
    );
    expect(settings.map((each) => each.rows[0]?.setting)).toEqual(Array(12).fill('on'));
  });

  it.runIf(process.env.DATABASE_URL)('begins its transaction on PostgreSQL while the statement is prepared', async () => {
    const [rows] = await runSearch(
      handle.db,
      async () => {
        // Seen from another connection: the search's own is in a transaction before the statement exists.
        await eventually(
          async () => {
            const open = await sql<{ n: number }>`
              SELECT count(*)::int AS n FROM pg_stat_activity
               WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'idle in transaction'`.execute(handle.db);
            return (open.rows[0]?.n ?? 0) > 0;
          },
          { timeoutMs: 2_000, what: 'a transaction to begin while the statement was prepared' },
        );
        return { statement };
      },
      async () => undefined,
      () => {},
    );
    expect(rows).toEqual([{ kind: 'page', title: 'off' }]);
  });
});
