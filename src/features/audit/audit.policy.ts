import { isOrgAdmin, type Resource } from '../../platform/policy.ts';
import type { Actor } from '../../platform/session.ts';

/** An organisation's admins read its ledger; nobody else, and nobody across organisations. */
export function canReadLedger(actor: Actor, ledger: Resource): boolean {
  return isOrgAdmin(actor, ledger);
}
