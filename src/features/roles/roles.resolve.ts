import { type AreaRole, areaRoles, type AreaType } from '../../db/schema.ts';

export interface GrantRow {
  id: string;
  area_type: AreaType;
  area_id: string | null;
  role: AreaRole;
  grantee_user_id: string | null;
  grantee_team_id: string | null;
  include_subteams: boolean;
}

/**
 * The highest role someone holds on an area: granted to them, to their team,
 * or to a unit above their team that included its sub-teams. `teamChain` is
 * the person's team followed by every unit above it, nearest first.
 */
export function effectiveRole(
  grants: readonly GrantRow[],
  person: { userId: string },
  teamChain: readonly string[],
  area: { type: AreaType; id: string | null },
): AreaRole | null {
  let best = -1;
  for (const grant of grants) {
    if (grant.area_type !== area.type || grant.area_id !== area.id) continue;
    const team = grant.grantee_team_id;
    const applies =
      grant.grantee_user_id === person.userId ||
      (team !== null && (team === teamChain[0] || (grant.include_subteams && teamChain.includes(team))));
    if (applies) best = Math.max(best, areaRoles.indexOf(grant.role));
  }
  return areaRoles[best] ?? null;
}

/** The higher of two roles (either may be none). */
export function higherRole(a: AreaRole | null, b: AreaRole | null): AreaRole | null {
  if (a === null) return b;
  if (b === null) return a;
  return areaRoles.indexOf(a) >= areaRoles.indexOf(b) ? a : b;
}
