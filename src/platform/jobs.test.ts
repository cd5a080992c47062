import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { type JobQueue, startJobQueue } from './jobs.ts';

let database: DatabaseHandle;
let jobs: JobQueue;
const errors: Error[] = [];

/** The rows a query answers, through the same door pg-boss uses. */
async function rowsOf(text: string) {
  const result = await database.executeSql(text);
  return Array.isArray(result) ? result.flatMap((each) => each.rows) : result.rows;
}

beforeAll(async () => {
  database = await openTestDatabase();
  jobs = await startJobQueue(database, (error) => errors.push(error));
});
afterAll(async () => {
  await jobs.stop();
  await database.close();
});

describe('the job queue', () => {
  it('runs a job sent from anywhere, in the background, on either database', async () => {
    const done: string[] = [];
    await jobs.work('document-process', async (data) => {
      done.push(`${data.documentId}@${data.version}`);
    });
    await jobs.send('document-process', { orgId: 'org', documentId: 'doc', version: 2 });
    const deadline = Date.now() + 15_000;
    while (!done.length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(done).toEqual(['doc@2']);
    expect(errors).toEqual([]);
  });

  it('keeps a daily schedule in the database', async () => {
    await jobs.schedule('content-daily', '15 6 * * *');
    expect(await rowsOf("SELECT name, cron, timezone FROM pgboss.schedule WHERE name = 'content-daily'")).toEqual([
      { name: 'content-daily', cron: '15 6 * * *', timezone: 'Europe/London' },
    ]);
  });

  it('keeps no instance registry, which would wake the process every 20 ms', async () => {
    expect(await rowsOf('SELECT count(*)::int AS instances FROM pgboss.instance')).toEqual([{ instances: 0 }]);
  });
});
