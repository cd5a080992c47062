import type { Db } from '../db/database.ts';
import { sha256 } from './tokens.ts';

type Detail = string | number | boolean | null;

export interface AuditEvent {
  orgId: string;
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  /** Ids and codes only: never names, addresses or free text. */
  details?: Record<string, Detail>;
}

/** An event as the ledger holds it: numbered within its organisation's chain. */
export interface LedgerEvent extends Required<AuditEvent> {
  seq: number;
  occurredAt: Date;
}

export interface ChainedEvent extends LedgerEvent {
  prevHash: string;
  hash: string;
}

/** The hash that the first event of every chain follows. */
export const genesisHash = '0'.repeat(64);

/** JSON with object keys sorted at every depth, so the same event always encodes to the same bytes. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** SHA-256 over the previous hash and the canonical encoding of the event. */
export function eventHash(prevHash: string, event: LedgerEvent): string {
  const { orgId, seq, occurredAt, actorId, action, subjectType, subjectId, details } = event;
  const encoded = canonicalJson({ orgId, seq, occurredAt: occurredAt.toISOString(), actorId, action, subjectType, subjectId, details });
  return sha256(`${prevHash}\n${encoded}`);
}

/**
 * Appends an event to its organisation's chain. Call it with the transaction
 * that makes the change, so both happen or neither; the chain's head row is
 * locked until that transaction ends, so appends are numbered one at a time.
 */
export async function recordAudit(db: Db, event: AuditEvent): Promise<void> {
  const append = async (trx: Db) => {
    await trx
      .insertInto('audit_chain_heads')
      .values({ org_id: event.orgId, seq: 0, hash: genesisHash })
      .onConflict((conflict) => conflict.column('org_id').doNothing())
      .execute();
    const head = await trx
      .selectFrom('audit_chain_heads')
      .select(['seq', 'hash'])
      .where('org_id', '=', event.orgId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    // Millisecond precision, so the time read back is the time that was hashed.
    const entry: LedgerEvent = { details: {}, ...event, seq: Number(head.seq) + 1, occurredAt: new Date() };
    const hash = eventHash(head.hash, entry);
    await trx
      .insertInto('audit_events')
      .values({
        org_id: entry.orgId,
        seq: entry.seq,
        occurred_at: entry.occurredAt,
        actor_id: entry.actorId,
        action: entry.action,
        subject_type: entry.subjectType,
        subject_id: entry.subjectId,
        details: JSON.stringify(entry.details),
        prev_hash: head.hash,
        hash,
      })
      .execute();
    await trx.updateTable('audit_chain_heads').set({ seq: entry.seq, hash }).where('org_id', '=', event.orgId).execute();
  };
  await (db.isTransaction ? append(db) : db.transaction().execute(append));
}
