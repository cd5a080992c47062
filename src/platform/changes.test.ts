import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import { makeOrganisation, makePerson } from '../testing/factories.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { type ChangeFeed, openChangeFeed } from './changes.ts';
import { eventually } from '../testing/eventually.ts';

let database: DatabaseHandle;
let feed: ChangeFeed;
const heard: string[] = [];
let gaps = 0;

beforeAll(async () => {
  database = await openTestDatabase();
  feed = await openChangeFeed(database);
  for (const kind of ['session', 'user', 'org', 'directory', 'grants'] as const) feed.on(kind, (id) => heard.push(`${kind}:${id}`));
  feed.onGap(() => gaps++);
});
afterAll(async () => {
  await feed.close();
  await database.close();
});

describe('the change feed', () => {
  it('announces what a committed transaction changed, and nothing of one rolled back', async () => {
    const db = database.db;
    const org = await makeOrganisation(db);
    const person = await makePerson(db, org.id);
    await feed.caughtUp();
    heard.length = 0;

    await db
      .transaction()
      .execute(async (trx) => {
        await trx.updateTable('users').set({ display_name: 'Never Seen' }).where('id', '=', person.id).execute();
        throw new Error('roll back');
      })
      .catch(() => undefined);
    await db.updateTable('organisations').set({ name: 'Renamed Council' }).where('id', '=', org.id).execute();
    await db.updateTable('users').set({ phone: '01234 567890' }).where('id', '=', person.id).execute();
    await db.insertInto('org_units').values({ org_id: org.id, kind: 'team', name: 'New Team' }).execute();
    await feed.caughtUp();

    expect(heard).toEqual([`org:${org.id}`, `directory:${org.id}`, `directory:${org.id}`]);
  });

  it('says who must be signed in again: a session ended, a person disabled', async () => {
    const db = database.db;
    const org = await makeOrganisation(db);
    const person = await makePerson(db, org.id);
    await db
      .insertInto('sessions')
      .values({ token_hash: 'f'.repeat(64), org_id: org.id, user_id: person.id, expires_at: sql`now() + interval '1 hour'` })
      .execute();
    await feed.caughtUp();
    heard.length = 0;
    await db.updateTable('users').set({ disabled_at: new Date() }).where('id', '=', person.id).execute();
    await db.deleteFrom('sessions').where('user_id', '=', person.id).execute();
    await feed.caughtUp();
    expect(heard).toEqual(expect.arrayContaining([`user:${person.id}`, `directory:${org.id}`, `session:${'f'.repeat(64)}`]));
  });
});

// Only a server's connection can be lost; the embedded database lives in the process.
describe.runIf(process.env.DATABASE_URL)('the change feed on PostgreSQL', () => {
  it('forgets everything when its connection is lost, and listens again by itself', async () => {
    const before = gaps;
    const listener = await sql<{ pid: number }>`
      SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'`.execute(database.db);
    expect(listener.rows).toHaveLength(1);
    await sql`SELECT pg_terminate_backend(${listener.rows[0]?.pid})`.execute(database.db);
    await eventually(() => !feed.live);
    expect(gaps).toBe(before + 1);
    await eventually(() => feed.live);
    expect(gaps).toBe(before + 2);

    const org = await makeOrganisation(database.db);
    heard.length = 0;
    await database.db.updateTable('organisations').set({ name: 'Heard Again' }).where('id', '=', org.id).execute();
    await feed.caughtUp();
    expect(heard).toEqual([`org:${org.id}`]);
  });
});
