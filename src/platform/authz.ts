import { canReadLedger } from '../features/audit/audit.policy.ts';
import { canReadOutbox } from '../features/outbox/outbox.policy.ts';
import { NotFoundError } from './errors.ts';
import type { Actor } from './session.ts';

/** Everything an actor may be allowed to do. Each feature adds its own actions. */
export type Action = 'outbox:read' | 'audit:read';

/** Whatever an action is done to: it always belongs to an organisation. */
export interface OrgResource {
  orgId: string;
}

export type Policy = (actor: Actor, resource: OrgResource) => boolean;

const policies: Record<Action, Policy> = {
  'outbox:read': canReadOutbox,
  'audit:read': canReadLedger,
};

export function isAllowed(actor: Actor | null, action: Action, resource: OrgResource): boolean {
  return actor !== null && policies[action](actor, resource);
}

/**
 * Deny by default, and answer a refusal as "not found" so that nothing an
 * actor may not see reveals that it exists.
 */
export function authorize(actor: Actor | null, action: Action, resource: OrgResource): asserts actor is Actor {
  if (!isAllowed(actor, action, resource)) throw new NotFoundError();
}
