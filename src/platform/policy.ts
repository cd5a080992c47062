import { type AreaRole, areaRoles } from '../db/schema.ts';
import type { Actor } from './session.ts';

/** Whatever an action is done to. It always belongs to an organisation. */
export interface Resource {
  orgId: string;
  /** The actor's role on the area the action concerns, resolved by the caller (null: none). */
  areaRole?: AreaRole | null;
  /** The person the resource is about, for actions on one's own things (a profile; a draft's author). */
  personId?: string;
  /** The area is restricted: only those with a role on it may see it. */
  restricted?: boolean;
}

export type Policy = (actor: Actor, resource: Resource) => boolean;

export function sameOrganisation(actor: Actor, resource: Resource): boolean {
  return actor.orgId === resource.orgId;
}

export function isOrgAdmin(actor: Actor, resource: Resource): boolean {
  return sameOrganisation(actor, resource) && actor.role === 'org_admin';
}

/** True when `role` is `needed` or above it: an owner may do what an editor may. */
export function atLeast(role: AreaRole | null | undefined, needed: AreaRole): boolean {
  return role != null && areaRoles.indexOf(role) >= areaRoles.indexOf(needed);
}
