import type { Action } from '../../platform/authz.ts';
import { atLeast, isOrgAdmin, type Policy, sameOrganisation } from '../../platform/policy.ts';

/**
 * The directory is open to everyone in the organisation. Managing people is
 * for organisation admins, and for whoever they make editor or owner of the
 * directory area (an HR team, say). Teams are run by their own editors and owners.
 */
export const peoplePolicies = {
  'directory:view': sameOrganisation,
  'person:view': sameOrganisation,
  'profile:edit-own': (actor, resource) => sameOrganisation(actor, resource) && resource.personId === actor.userId,
  'people:manage': (actor, resource) =>
    isOrgAdmin(actor, resource) || (sameOrganisation(actor, resource) && atLeast(resource.areaRole, 'editor')),
  'structure:manage': isOrgAdmin,
  // Only an organisation admin makes another: a directory editor must not be able to promote anyone, themselves included.
  'admins:appoint': isOrgAdmin,
  'settings:manage': isOrgAdmin,
  'admin:view': isOrgAdmin,
  // The platform's operators set up organisations: the one action that is not bound to the actor's own.
  'platform:manage': (actor) => actor.isPlatformAdmin,
  'team:manage': (actor, resource) =>
    isOrgAdmin(actor, resource) || (sameOrganisation(actor, resource) && atLeast(resource.areaRole, 'editor')),
} satisfies Partial<Record<Action, Policy>>;
