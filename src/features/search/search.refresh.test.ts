import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/database.ts';
import { makeOrganisation, makePerson, makeUnit } from '../../testing/factories.ts';
import { eventually } from '../../testing/eventually.ts';
import { openTestDatabase } from '../../testing/test-database.ts';

// Only a server has two transactions at once; PGlite runs one at a time.
describe.runIf(process.env.DATABASE_URL)('search entries written by two transactions at once', () => {
  let database: DatabaseHandle;
  let orgId: string;
  let documentId: string;
  beforeAll(async () => {
    database = await openTestDatabase();
    const db = database.db;
    orgId = (await makeOrganisation(db)).id;
    const owner = await makePerson(db, orgId);
    const team = await makeUnit(db, orgId, 'team', 'Human Resources');
    const [section] = (
      await sql<{
        id: string;
      }>`INSERT INTO sections (org_id, title, owner_team_id) VALUES (${orgId}, 'HR', ${team.id}) RETURNING id`.execute(db)
    ).rows;
    const [document] = (
      await sql<{ id: string }>`
        INSERT INTO documents (org_id, section_id, title, created_by) VALUES (${orgId}, ${section?.id}, 'Leave policy', ${owner.id})
        RETURNING id`.execute(db)
    ).rows;
    documentId = document?.id as string;
    await sql`
      INSERT INTO document_versions (org_id, document_id, version, file_key, filename, kind, mime_type, size_bytes, sha256, uploaded_by)
      VALUES (${orgId}, ${documentId}, 1, 'key', 'leave.pdf', 'pdf', 'application/pdf', 10, ${'0'.repeat(64)}, ${owner.id})`.execute(db);
  });
  afterAll(() => database.close());

  it('keeps both: a document renamed while the job stores its text is found by the new title and by the text', async () => {
    const db = database.db;
    let commitRename: () => void = () => undefined;
    let renameUpdated: () => void = () => undefined;
    const updated = new Promise<void>((resolve) => (renameUpdated = resolve));
    const renameDone = db.transaction().execute(async (trx) => {
      await sql`UPDATE documents SET title = 'Annual leave policy' WHERE org_id = ${orgId} AND id = ${documentId}`.execute(trx);
      renameUpdated();
      await new Promise<void>((release) => (commitRename = release));
    });
    await updated;
    // The text arrives while the rename is uncommitted: its refresh must wait for it, not fail after it.
    const textStored = db
      .updateTable('document_versions')
      .set({ text: 'Carers may take a quokka day each year.', text_status: 'done' })
      .where('org_id', '=', orgId)
      .where('document_id', '=', documentId)
      .execute();
    await eventually(
      async () => {
        const waiting = await sql<{ count: number }>`
          SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`.execute(db);
        return (waiting.rows[0]?.count ?? 0) > 0;
      },
      { timeoutMs: 5_000, what: 'the text to wait for the rename' },
    );
    commitRename();
    await renameDone;
    await expect(textStored).resolves.toBeDefined();

    const entry = await sql<{ title: string; by_text: boolean }>`
      SELECT title, words @@ to_tsquery('english', 'quokka') AS by_text
        FROM search_entries WHERE org_id = ${orgId} AND kind = 'document' AND ref_id = ${documentId}`.execute(db);
    expect(entry.rows).toEqual([{ title: 'Annual leave policy', by_text: true }]);
  });
});
