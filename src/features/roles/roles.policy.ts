import type { Action } from '../../platform/authz.ts';
import { atLeast, isOrgAdmin, type Policy, sameOrganisation } from '../../platform/policy.ts';

/** Owners run their own area: they see and hand out its roles without an organisation admin. */
export const rolePolicies = {
  'area:view-roles': (actor, resource) =>
    isOrgAdmin(actor, resource) || (sameOrganisation(actor, resource) && atLeast(resource.areaRole, 'editor')),
  'area:grant': (actor, resource) =>
    isOrgAdmin(actor, resource) || (sameOrganisation(actor, resource) && atLeast(resource.areaRole, 'owner')),
} satisfies Partial<Record<Action, Policy>>;
