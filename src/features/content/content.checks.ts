import type { Db } from '../../db/database.ts';

/** The id of the organisation's active person with this email: a content owner must be someone who can act. */
export async function activeOwnerId(db: Db, orgId: string, email: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('org_id', '=', orgId)
    .where('email', '=', email)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
  return row?.id;
}

/** Which of these are the organisation's documents, not deleted. */
export async function existingDocuments(db: Db, orgId: string, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db
    .selectFrom('documents')
    .select('id')
    .where('org_id', '=', orgId)
    .where('id', 'in', ids)
    .where('deleted_at', 'is', null)
    .execute();
  return new Set(rows.map((row) => row.id));
}

/** Which of these are the organisation's units. */
export async function existingUnits(db: Db, orgId: string, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db.selectFrom('org_units').select('id').where('org_id', '=', orgId).where('id', 'in', ids).execute();
  return new Set(rows.map((row) => row.id));
}
