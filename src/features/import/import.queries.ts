import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { ExistingPerson, PersonWrite } from './import.plan.ts';
import type { ExistingUnit, NewUnit } from './import.teams.ts';
import { deleteSessionsOfUsers } from '../../platform/session.queries.ts';

// Well under PostgreSQL's 65,535 bind parameters per statement (7 a person
// at most), and few enough round trips that 10,000 people take seconds.
const batchSize = 500;

function chunks<T>(rows: readonly T[], size = batchSize): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < rows.length; start += size) out.push(rows.slice(start, start + size));
  return out;
}

/**
 * Imports into one organisation run one at a time, so that two cannot both
 * create the same team. NO KEY UPDATE, unlike UPDATE, leaves rows that
 * reference the organisation free to be written meanwhile.
 */
export async function lockOrganisation(trx: Db, orgId: string): Promise<boolean> {
  const row = await trx.selectFrom('organisations').select('id').where('id', '=', orgId).forNoKeyUpdate().executeTakeFirst();
  return Boolean(row);
}

export function organisationPeople(trx: Db, orgId: string): Promise<ExistingPerson[]> {
  return trx
    .selectFrom('users')
    .select(['id', 'email', 'display_name', 'job_title', 'team_id', 'staff_group', 'manager_id', 'disabled_at', 'role'])
    .where('org_id', '=', orgId)
    .execute();
}

/** Oldest first: where two units under one parent share a name, the import means the older. */
export function organisationUnits(trx: Db, orgId: string): Promise<ExistingUnit[]> {
  return trx
    .selectFrom('org_units')
    .select(['id', 'parent_id', 'name'])
    .where('org_id', '=', orgId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Which of these addresses belong to people of other organisations (sign-in is by email across the platform). */
export async function emailsTakenElsewhere(trx: Db, orgId: string, emails: readonly string[]): Promise<Set<string>> {
  const taken = new Set<string>();
  for (const batch of chunks(emails)) {
    const rows = await trx.selectFrom('users').select('email').where('org_id', '<>', orgId).where('email', 'in', batch).execute();
    for (const row of rows) taken.add(row.email);
  }
  return taken;
}

/** Parents come before their children in `units`, so each batch's parents already exist. */
export async function insertUnits(trx: Db, orgId: string, units: readonly NewUnit[]): Promise<void> {
  for (const batch of chunks(units))
    await trx
      .insertInto('org_units')
      .values(batch.map((unit) => ({ ...unit, org_id: orgId })))
      .execute();
}

/** New people have no password: they choose one through "Forgotten your password?". Managers are linked afterwards. */
export async function insertPeople(trx: Db, orgId: string, people: readonly PersonWrite[]): Promise<void> {
  for (const batch of chunks(people)) {
    await trx
      .insertInto('users')
      .values(batch.map((person) => ({ ...person, org_id: orgId, manager_id: null, password_hash: null })))
      .execute();
  }
}

/** Writes the file's details over people who are here already, and enables any who were disabled. */
export async function updatePeople(trx: Db, orgId: string, people: readonly PersonWrite[]): Promise<void> {
  for (const batch of chunks(people)) {
    const rows = sql.join(
      batch.map(
        (p) =>
          sql`(${p.id}::uuid, ${p.display_name}::text, ${p.job_title}::text, ${p.team_id}::uuid, ${p.staff_group}::text, ${p.manager_id}::uuid)`,
      ),
    );
    await sql`UPDATE users SET display_name = v.name, job_title = v.job_title, team_id = v.team_id, staff_group = v.staff_group,
                     manager_id = v.manager_id, disabled_at = NULL, updated_at = now()
                FROM (VALUES ${rows}) AS v(id, name, job_title, team_id, staff_group, manager_id)
               WHERE users.org_id = ${orgId} AND users.id = v.id`.execute(trx);
  }
}

/** Line managers of new people, once everyone exists: a manager may be in a later batch. */
export async function linkManagers(trx: Db, orgId: string, people: readonly PersonWrite[]): Promise<void> {
  const links = people.filter((person) => person.manager_id !== null);
  for (const batch of chunks(links)) {
    const pairs = sql.join(batch.map((p) => sql`(${p.id}::uuid, ${p.manager_id}::uuid)`));
    await sql`UPDATE users SET manager_id = link.manager FROM (VALUES ${pairs}) AS link(person, manager)
              WHERE users.org_id = ${orgId} AND users.id = link.person`.execute(trx);
  }
}

/** Disables people and ends their sessions in the same statement batch: nobody stays signed in past it. */
export async function disablePeople(trx: Db, orgId: string, ids: readonly string[]): Promise<void> {
  for (const batch of chunks(ids)) {
    await trx
      .updateTable('users')
      .set({ disabled_at: sql`now()`, updated_at: sql`now()` })
      .where('org_id', '=', orgId)
      .where('id', 'in', batch)
      .execute();
    await deleteSessionsOfUsers(trx, orgId, batch);
  }
}
