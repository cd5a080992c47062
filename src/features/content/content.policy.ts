import type { Action } from '../../platform/authz.ts';
import { atLeast, isOrgAdmin, type Policy, sameOrganisation } from '../../platform/policy.ts';

/** Anyone in the organisation, unless the area is restricted: then its viewers and up. */
const mayRead: Policy = (actor, resource) =>
  isOrgAdmin(actor, resource) || (sameOrganisation(actor, resource) && (!resource.restricted || atLeast(resource.areaRole, 'viewer')));

const atLeastRole =
  (role: 'contributor' | 'editor' | 'owner'): Policy =>
  (actor, resource) =>
    isOrgAdmin(actor, resource) || (sameOrganisation(actor, resource) && atLeast(resource.areaRole, role));

/**
 * Sections, pages, news and documents. The resource's area is the section (its
 * role inherited from the sections above it) or the organisation's news.
 * Contributors write drafts and send them for review; editors review, publish,
 * archive and delete; owners also run the section itself and hand out roles.
 */
export const contentPolicies = {
  'content:view': mayRead,
  'content:view-drafts': atLeastRole('contributor'),
  'content:create': atLeastRole('contributor'),
  // A contributor edits and submits their own drafts; an editor anyone's.
  'content:edit': (actor, resource) =>
    atLeastRole('editor')(actor, resource) ||
    (sameOrganisation(actor, resource) && atLeast(resource.areaRole, 'contributor') && resource.personId === actor.userId),
  'content:publish': atLeastRole('editor'),
  'section:manage': atLeastRole('owner'),
  'content:report': isOrgAdmin,
  'comment:write': mayRead,
} satisfies Partial<Record<Action, Policy>>;
