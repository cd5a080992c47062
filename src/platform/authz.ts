import { canReadLedger } from '../features/audit/audit.policy.ts';
import { contentPolicies } from '../features/content/content.policy.ts';
import { canReadOutbox } from '../features/outbox/outbox.policy.ts';
import { peoplePolicies } from '../features/people/people.policy.ts';
import { rolePolicies } from '../features/roles/roles.policy.ts';
import { searchPolicies } from '../features/search/search.policy.ts';
import { NotFoundError } from './errors.ts';
import type { Policy, Resource } from './policy.ts';
import type { Actor } from './session.ts';

/** Everything an actor may be allowed to do. Each feature adds its own. */
export const actions = [
  'outbox:read',
  'audit:read',
  'directory:view',
  'person:view',
  'profile:edit-own',
  'people:manage',
  'structure:manage',
  'team:manage',
  'area:view-roles',
  'area:grant',
  'admins:appoint',
  'settings:manage',
  'admin:view',
  'platform:manage',
  'content:view',
  'content:view-drafts',
  'content:create',
  'content:edit',
  'content:publish',
  'section:manage',
  'content:report',
  'comment:write',
  'search:manage',
] as const;
export type Action = (typeof actions)[number];

const policies: Record<Action, Policy> = {
  'outbox:read': canReadOutbox,
  'audit:read': canReadLedger,
  ...peoplePolicies,
  ...rolePolicies,
  ...contentPolicies,
  ...searchPolicies,
};

export function isAllowed(actor: Actor | null, action: Action, resource: Resource): boolean {
  return actor !== null && policies[action](actor, resource);
}

/**
 * Deny by default, and answer a refusal as "not found" so that nothing an
 * actor may not see reveals that it exists.
 */
export function authorize(actor: Actor | null, action: Action, resource: Resource): asserts actor is Actor {
  if (!isAllowed(actor, action, resource)) throw new NotFoundError();
}
