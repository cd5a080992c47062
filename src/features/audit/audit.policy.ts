import type { OrgResource } from '../../platform/authz.ts';
import type { Actor } from '../../platform/session.ts';

/** An organisation's admins read its ledger; nobody else, and nobody across organisations. */
export function canReadLedger(actor: Actor, ledger: OrgResource): boolean {
  return actor.role === 'org_admin' && actor.orgId === ledger.orgId;
}
