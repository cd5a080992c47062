import type { Action } from '../../platform/authz.ts';
import { isOrgAdmin, type Policy } from '../../platform/policy.ts';

/**
 * Best bets and synonyms change what everyone finds, and the analytics show
 * what everyone looks for: both are for the organisation's admins alone.
 */
export const searchPolicies = {
  'search:manage': isOrgAdmin,
} satisfies Partial<Record<Action, Policy>>;
