import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/database.ts';
import { openTestDatabase } from '../../testing/test-database.ts';
import { answeringBeforeCommit } from './search.sql.ts';

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
