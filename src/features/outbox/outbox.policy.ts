import { isOrgAdmin, type Resource } from '../../platform/policy.ts';
import type { Actor } from '../../platform/session.ts';

/** Only an organisation's admins read its outbox: it holds password reset links. */
export function canReadOutbox(actor: Actor, outbox: Resource): boolean {
  return isOrgAdmin(actor, outbox);
}
