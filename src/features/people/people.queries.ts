import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { StaffGroup, UserRole } from '../../db/schema.ts';

/** A page of the organisation's people, found by name or email, with their team. */
export function searchPeople(db: Db, orgId: string, query: string, offset: number, limit: number) {
  let select = db
    .selectFrom('users as u')
    .leftJoin('org_units as team', (join) => join.onRef('team.org_id', '=', 'u.org_id').onRef('team.id', '=', 'u.team_id'))
    .select(['u.id', 'u.display_name', 'u.email', 'u.staff_group', 'u.role', 'u.disabled_at', 'team.name as team_name'])
    .where('u.org_id', '=', orgId)
    .orderBy('u.display_name')
    .orderBy('u.id')
    .offset(offset)
    .limit(limit + 1);
  if (query) {
    const pattern = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    select = select.where((eb) => eb.or([eb('u.display_name', 'ilike', pattern), eb('u.email', 'ilike', pattern)]));
  }
  return select.execute();
}

export function findPersonForEditing(db: Db, orgId: string, id: string) {
  return db
    .selectFrom('users as u')
    .leftJoin('users as m', (join) => join.onRef('m.org_id', '=', 'u.org_id').onRef('m.id', '=', 'u.manager_id'))
    .select([
      'u.id',
      'u.email',
      'u.display_name',
      'u.job_title',
      'u.staff_group',
      'u.team_id',
      'u.manager_id',
      'u.role',
      'u.phone',
      'u.location',
      'u.working_pattern',
      'u.skills',
      'u.ask_me_about',
      'u.disabled_at',
      'm.email as manager_email',
    ])
    .where('u.org_id', '=', orgId)
    .where('u.id', '=', id)
    .executeTakeFirst();
}

export function findPersonIdByEmail(db: Db, email: string) {
  return db.selectFrom('users').select(['id', 'org_id']).where('email', '=', email).executeTakeFirst();
}

/** Whether making `managerId` the manager of `personId` would close a loop in the chain. */
export async function wouldLoop(db: Db, orgId: string, personId: string, managerId: string): Promise<boolean> {
  const result = await sql<{ id: string }>`
    WITH RECURSIVE up AS (
      SELECT id, manager_id, 0 AS depth FROM users WHERE org_id = ${orgId} AND id = ${managerId}
      UNION ALL
      SELECT u.id, u.manager_id, up.depth + 1 FROM users u JOIN up ON u.org_id = ${orgId} AND u.id = up.manager_id WHERE up.depth < 100)
    SELECT id FROM up WHERE id = ${personId} LIMIT 1`.execute(db);
  return result.rows.length > 0;
}

export interface PersonFields {
  email: string;
  display_name: string;
  job_title: string | null;
  staff_group: StaffGroup;
  team_id: string | null;
  manager_id: string | null;
  phone: string | null;
  location: string | null;
  working_pattern: string | null;
  skills: string[];
  ask_me_about: string[];
  role?: UserRole;
}

export async function insertPerson(trx: Db, orgId: string, fields: PersonFields) {
  return trx
    .insertInto('users')
    .values({ org_id: orgId, ...fields })
    .returning(['id', 'org_id', 'email', 'display_name', 'locale'])
    .executeTakeFirstOrThrow();
}

export async function updatePerson(trx: Db, orgId: string, id: string, fields: Partial<PersonFields>) {
  await trx
    .updateTable('users')
    .set({ ...fields, updated_at: sql`now()` })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
}

export async function setDisabled(trx: Db, orgId: string, id: string, disabled: boolean) {
  await trx
    .updateTable('users')
    .set({ disabled_at: disabled ? sql`now()` : null, updated_at: sql`now()` })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
}

export function organisationNames(db: Db, orgId: string) {
  return db
    .selectFrom('organisations')
    .select(['name as org_name', 'name_cy as org_name_cy', 'self_editable_fields'])
    .where('id', '=', orgId)
    .executeTakeFirstOrThrow();
}
