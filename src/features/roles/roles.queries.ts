import type { Db } from '../../db/database.ts';
import type { AreaRole, AreaType } from '../../db/schema.ts';
import type { GrantRow } from './roles.resolve.ts';

export interface Area {
  orgId: string;
  type: AreaType;
  /** The team's or section's id; null for the directory and for news, of which each organisation has one. */
  id: string | null;
  /** Areas whose roles also hold here: the sections above a section, nearest first. */
  inheritsFrom?: readonly Area[];
}

/** Every area role granted in the organisation: few enough to keep in memory (see roles.service.ts). */
export function listOrgGrants(db: Db, orgId: string): Promise<GrantRow[]> {
  return db
    .selectFrom('role_grants')
    .select(['id', 'area_type', 'area_id', 'role', 'grantee_user_id', 'grantee_team_id', 'include_subteams'])
    .where('org_id', '=', orgId)
    .execute();
}

export function listGrants(db: Db, area: Area) {
  let query = db
    .selectFrom('role_grants as g')
    .leftJoin('users as u', (join) => join.onRef('u.org_id', '=', 'g.org_id').onRef('u.id', '=', 'g.grantee_user_id'))
    .leftJoin('org_units as t', (join) => join.onRef('t.org_id', '=', 'g.org_id').onRef('t.id', '=', 'g.grantee_team_id'))
    .select([
      'g.id',
      'g.role',
      'g.include_subteams',
      'g.grantee_user_id',
      'g.grantee_team_id',
      'u.display_name',
      'u.email',
      't.name as team_name',
      't.name_cy as team_name_cy',
    ])
    .where('g.org_id', '=', area.orgId)
    .where('g.area_type', '=', area.type)
    .orderBy('g.granted_at');
  query = area.id ? query.where('g.area_id', '=', area.id) : query.where('g.area_id', 'is', null);
  return query.execute();
}

export interface NewGrant {
  role: AreaRole;
  granteeUserId: string | null;
  granteeTeamId: string | null;
  includeSubteams: boolean;
  grantedBy: string;
}

/** One grant per grantee on an area: a new one replaces the old. Returns the grant's id. */
export async function replaceGrant(trx: Db, area: Area, grant: NewGrant): Promise<string> {
  let existing = trx.deleteFrom('role_grants').where('org_id', '=', area.orgId).where('area_type', '=', area.type);
  existing = area.id ? existing.where('area_id', '=', area.id) : existing.where('area_id', 'is', null);
  existing = grant.granteeUserId
    ? existing.where('grantee_user_id', '=', grant.granteeUserId)
    : existing.where('grantee_team_id', '=', grant.granteeTeamId);
  await existing.execute();
  const row = await trx
    .insertInto('role_grants')
    .values({
      org_id: area.orgId,
      area_type: area.type,
      area_id: area.id,
      role: grant.role,
      grantee_user_id: grant.granteeUserId,
      grantee_team_id: grant.granteeTeamId,
      include_subteams: grant.includeSubteams,
      granted_by: grant.grantedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Deletes the grant if it is on this area; returns whether it was. */
export async function deleteGrant(trx: Db, area: Area, grantId: string): Promise<boolean> {
  let query = trx.deleteFrom('role_grants').where('org_id', '=', area.orgId).where('area_type', '=', area.type).where('id', '=', grantId);
  query = area.id ? query.where('area_id', '=', area.id) : query.where('area_id', 'is', null);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export function findActivePersonByEmail(db: Db, orgId: string, email: string) {
  return db
    .selectFrom('users')
    .select('id')
    .where('org_id', '=', orgId)
    .where('email', '=', email)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
}
