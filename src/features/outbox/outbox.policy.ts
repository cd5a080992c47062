import type { OrgResource } from '../../platform/authz.ts';
import type { Actor } from '../../platform/session.ts';

/** Only an organisation's admins read its outbox: it holds password reset links. */
export function canReadOutbox(actor: Actor, outbox: OrgResource): boolean {
  return actor.role === 'org_admin' && actor.orgId === outbox.orgId;
}
