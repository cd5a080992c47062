import type { Db } from '../db/database.ts';

export interface AuditEvent {
  orgId: string;
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  /** Ids and codes only: never names, addresses or free text. */
  details?: Record<string, string | number | boolean | null>;
}

/** Appends an event; call it with the transaction that makes the change. */
export async function recordAudit(db: Db, event: AuditEvent): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      org_id: event.orgId,
      actor_id: event.actorId,
      action: event.action,
      subject_type: event.subjectType,
      subject_id: event.subjectId,
      details: JSON.stringify(event.details ?? {}),
    })
    .execute();
}
