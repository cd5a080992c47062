import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

/** Every unit of the organisation with how many active people each holds directly. */
export function listUnits(db: Db, orgId: string) {
  return db
    .selectFrom('org_units as u')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('users')
          .select(['team_id', (count) => count.fn.countAll<number>().as('people')])
          .where('org_id', '=', orgId)
          .where('disabled_at', 'is', null)
          .groupBy('team_id')
          .as('c'),
      (join) => join.onRef('c.team_id', '=', 'u.id'),
    )
    .select(['u.id', 'u.parent_id', 'u.kind', 'u.name', 'u.name_cy', 'c.people'])
    .where('u.org_id', '=', orgId)
    .orderBy('u.name')
    .execute();
}

export function findUnit(db: Db, orgId: string, id: string) {
  return db
    .selectFrom('org_units')
    .select(['id', 'parent_id', 'kind', 'name', 'name_cy'])
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The unit's parents, nearest first, stopping at the top (or after 50 levels, whatever the data says). */
export async function unitAncestors(db: Db, orgId: string, id: string) {
  const result = await sql<{ id: string; name: string; name_cy: string | null; depth: number }>`
    WITH RECURSIVE up AS (
      SELECT id, parent_id, name, name_cy, 0 AS depth FROM org_units WHERE org_id = ${orgId} AND id = ${id}
      UNION ALL
      SELECT u.id, u.parent_id, u.name, u.name_cy, up.depth + 1
        FROM org_units u JOIN up ON u.org_id = ${orgId} AND u.id = up.parent_id
       WHERE up.depth < 50)
    SELECT id, name, name_cy, depth FROM up WHERE depth > 0 ORDER BY depth`.execute(db);
  return result.rows;
}

export function childUnits(db: Db, orgId: string, id: string) {
  return db
    .selectFrom('org_units')
    .select(['id', 'kind', 'name', 'name_cy'])
    .where('org_id', '=', orgId)
    .where('parent_id', '=', id)
    .orderBy('name')
    .execute();
}

export function teamMembers(db: Db, orgId: string, teamId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'display_name', 'job_title', 'staff_group'])
    .where('org_id', '=', orgId)
    .where('team_id', '=', teamId)
    .where('disabled_at', 'is', null)
    .orderBy('display_name')
    .execute();
}

export function findPerson(db: Db, orgId: string, id: string) {
  return db
    .selectFrom('users as p')
    .leftJoin('org_units as team', (join) => join.onRef('team.org_id', '=', 'p.org_id').onRef('team.id', '=', 'p.team_id'))
    .select([
      'p.id',
      'p.display_name',
      'p.email',
      'p.job_title',
      'p.staff_group',
      'p.location',
      'p.phone',
      'p.working_pattern',
      'p.skills',
      'p.ask_me_about',
      'p.photo_key',
      'p.team_id',
      'team.name as team_name',
      'team.name_cy as team_name_cy',
    ])
    .where('p.org_id', '=', orgId)
    .where('p.id', '=', id)
    .where('p.disabled_at', 'is', null)
    .executeTakeFirst();
}

/** The person's managers, nearest first; a loop in the data stops at 20 levels. */
export async function managerChain(db: Db, orgId: string, personId: string) {
  const result = await sql<{ id: string; display_name: string; job_title: string | null; depth: number }>`
    WITH RECURSIVE up AS (
      SELECT id, manager_id, display_name, job_title, 0 AS depth FROM users WHERE org_id = ${orgId} AND id = ${personId}
      UNION ALL
      SELECT u.id, u.manager_id, u.display_name, u.job_title, up.depth + 1
        FROM users u JOIN up ON u.org_id = ${orgId} AND u.id = up.manager_id
       WHERE up.depth < 20)
    SELECT id, display_name, job_title, depth FROM up WHERE depth > 0 ORDER BY depth`.execute(db);
  return result.rows;
}

export function directReports(db: Db, orgId: string, personId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'display_name', 'job_title'])
    .where('org_id', '=', orgId)
    .where('manager_id', '=', personId)
    .where('disabled_at', 'is', null)
    .orderBy('display_name')
    .execute();
}
