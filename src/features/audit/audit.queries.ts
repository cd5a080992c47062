import type { Db } from '../../db/database.ts';
import type { ChainedEvent } from '../../platform/audit.ts';

const eventColumns = [
  'e.org_id',
  'e.seq',
  'e.occurred_at',
  'e.actor_id',
  'e.action',
  'e.subject_type',
  'e.subject_id',
  'e.details',
  'e.prev_hash',
  'e.hash',
] as const;

type EventRow = {
  org_id: string;
  seq: number | string;
  occurred_at: Date;
  actor_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string;
  details: Record<string, unknown>;
  prev_hash: string;
  hash: string;
};

function toChainedEvent(row: EventRow): ChainedEvent {
  return {
    orgId: row.org_id,
    seq: Number(row.seq),
    occurredAt: row.occurred_at,
    actorId: row.actor_id,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    details: row.details as ChainedEvent['details'],
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/** One organisation's whole chain in order, read a page at a time so any length fits in memory. */
export async function* readChain(db: Db, orgId: string, pageSize = 5000): AsyncGenerator<ChainedEvent> {
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_events as e')
      .select(eventColumns)
      .where('e.org_id', '=', orgId)
      .where('e.seq', '>', after)
      .orderBy('e.seq')
      .limit(pageSize)
      .execute();
    for (const row of rows) yield toChainedEvent(row);
    if (rows.length < pageSize) return;
    after = Number(rows[rows.length - 1]?.seq);
  }
}

export function listOrganisations(db: Db, code?: string) {
  let query = db.selectFrom('organisations').select(['id', 'code']).orderBy('code');
  if (code) query = query.where('code', '=', code);
  return query.execute();
}

/** Where each chain ends now, read from the events themselves. */
export async function chainHeads(db: Db) {
  const rows = await db
    .selectFrom('audit_events as e')
    .innerJoin('organisations as o', 'o.id', 'e.org_id')
    .distinctOn('e.org_id')
    .select(['o.code', 'e.seq', 'e.hash'])
    .orderBy('e.org_id')
    .orderBy('e.seq', 'desc')
    .execute();
  return rows.map((row) => ({ code: row.code, seq: Number(row.seq), hash: row.hash }));
}

export interface LedgerFilter {
  action?: string | undefined;
  actorId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  /** Show events before this sequence number (the next page). */
  beforeSeq?: number | undefined;
}

/** Newest first, with the actor's name when the actor is one of the organisation's people. */
export function listEvents(db: Db, orgId: string, filter: LedgerFilter, limit: number) {
  let query = db
    .selectFrom('audit_events as e')
    .leftJoin('users as u', (join) => join.onRef('u.org_id', '=', 'e.org_id').onRef('u.id', '=', 'e.actor_id'))
    .select([...eventColumns, 'u.display_name as actor_name', 'u.email as actor_email'])
    .where('e.org_id', '=', orgId)
    .orderBy('e.seq', 'desc')
    .limit(limit);
  if (filter.action) query = query.where('e.action', '=', filter.action);
  if (filter.actorId) query = query.where('e.actor_id', '=', filter.actorId);
  if (filter.from) query = query.where('e.occurred_at', '>=', filter.from);
  if (filter.to) query = query.where('e.occurred_at', '<', filter.to);
  if (filter.beforeSeq) query = query.where('e.seq', '<', filter.beforeSeq);
  return query.execute();
}

export async function listActions(db: Db, orgId: string): Promise<string[]> {
  const rows = await db.selectFrom('audit_events').select('action').distinct().where('org_id', '=', orgId).orderBy('action').execute();
  return rows.map((row) => row.action);
}

export async function findPersonId(db: Db, orgId: string, email: string): Promise<string | undefined> {
  const row = await db.selectFrom('users').select('id').where('org_id', '=', orgId).where('email', '=', email).executeTakeFirst();
  return row?.id;
}
