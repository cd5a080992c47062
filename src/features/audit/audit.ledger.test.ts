import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/database.ts';
import { recordAudit } from '../../platform/audit.ts';
import { makeOrganisation } from '../../testing/factories.ts';
import { openTestDatabase } from '../../testing/test-database.ts';
import { currentHeads, verifyLedger } from './audit.service.ts';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

async function organisationWithEvents(count: number) {
  const org = await makeOrganisation(database.db);
  for (let index = 0; index < count; index += 1) {
    await recordAudit(database.db, {
      orgId: org.id,
      actorId: null,
      action: 'test.event',
      subjectType: 'test',
      subjectId: String(index),
      details: { index },
    });
  }
  return org;
}

/** What someone with the database owner's rights could do, triggers and all. */
async function tamper(statement: string) {
  await database.withScriptRunner((run) =>
    run(`BEGIN; ALTER TABLE audit_events DISABLE TRIGGER USER; ${statement}; ALTER TABLE audit_events ENABLE TRIGGER USER; COMMIT;`),
  );
}

const reportFor = async (code: string, kept?: Awaited<ReturnType<typeof currentHeads>>) =>
  (await verifyLedger(database.db, { orgCode: code, kept }))[0];

describe('the audit ledger', () => {
  it('numbers each organisation’s events in one chain of its own', async () => {
    const first = await organisationWithEvents(3);
    const second = await organisationWithEvents(2);
    const rows = await database.db
      .selectFrom('audit_events')
      .select(['org_id', 'seq'])
      .where('org_id', 'in', [first.id, second.id])
      .orderBy('org_id')
      .orderBy('seq')
      .execute();
    expect(rows.filter((row) => row.org_id === first.id).map((row) => Number(row.seq))).toEqual([1, 2, 3, 4]);
    expect(rows.filter((row) => row.org_id === second.id).map((row) => Number(row.seq))).toEqual([1, 2, 3]);
    expect((await reportFor(first.code))?.problem).toBeNull();
  });

  it('keeps numbering whole when many appends race', async () => {
    const org = await organisationWithEvents(0);
    await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        recordAudit(database.db, { orgId: org.id, actorId: null, action: 'race', subjectType: 'test', subjectId: String(index) }),
      ),
    );
    const report = await reportFor(org.code);
    expect(report?.problem).toBeNull();
    expect(report?.events).toBe(21);
  });

  it.each([
    ['UPDATE', "UPDATE audit_events SET action = 'forged'"],
    ['DELETE', 'DELETE FROM audit_events'],
    ['TRUNCATE', 'TRUNCATE audit_events'],
  ])('the database itself refuses %s', async (_name, statement) => {
    await organisationWithEvents(1);
    await expect(sql.raw(statement).execute(database.db)).rejects.toThrow(/append-only/);
  });

  it('names the first bad sequence number after an edit, a deletion or a reordering', async () => {
    const edited = await organisationWithEvents(5);
    await tamper(`UPDATE audit_events SET subject_id = 'x' WHERE org_id = '${edited.id}' AND seq = 3`);
    expect((await reportFor(edited.code))?.problem).toEqual({ seq: 3, reason: 'contents do not match its hash' });

    const deleted = await organisationWithEvents(5);
    await tamper(`DELETE FROM audit_events WHERE org_id = '${deleted.id}' AND seq = 4`);
    expect((await reportFor(deleted.code))?.problem?.seq).toBe(4);

    const reordered = await organisationWithEvents(5);
    const where = `WHERE org_id = '${reordered.id}'`;
    await tamper(
      `UPDATE audit_events SET seq = 99 ${where} AND seq = 2; UPDATE audit_events SET seq = 2 ${where} AND seq = 5; UPDATE audit_events SET seq = 5 ${where} AND seq = 99`,
    );
    expect((await reportFor(reordered.code))?.problem?.seq).toBe(2);
  });

  it('detects a truncated chain given the head kept before', async () => {
    const org = await organisationWithEvents(6);
    const kept = await currentHeads(database.db);
    await tamper(`DELETE FROM audit_events WHERE org_id = '${org.id}' AND seq > 4`);
    expect((await reportFor(org.code))?.problem).toBeNull();
    expect((await reportFor(org.code, kept))?.problem).toEqual({ seq: 5, reason: 'chain ends at 4, but the kept head is 7' });
  });
});
