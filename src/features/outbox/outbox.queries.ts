import type { Db } from '../../db/database.ts';

export function listOutbox(db: Db, orgId: string, limit: number) {
  return db
    .selectFrom('outbox')
    .select(['id', 'to_address', 'subject', 'body_text', 'created_at'])
    .where('org_id', '=', orgId)
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
}
