import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { NewOrgUnit, NewUser } from '../../db/schema.ts';
import type { FileStore } from '../../platform/files.ts';
import { aberlynContent, harbridgeContent } from './demo-content.ts';
import { seedDemoContent } from './demo.content-seed.ts';
import { managerEmails } from './demo-managers.ts';
import { aberlynCouncil, harbridgeCouncil, type CouncilData, type PersonData, type UnitData } from './demo-data.ts';

// Well under PostgreSQL's 65,535 bind parameters per statement, and few enough
// round trips that 10,000 people load in seconds.
const batchSize = 500;

export interface SeedResult {
  orgId: string;
  units: number;
  people: number;
}

/** Runs on the caller's transaction when given one, since Kysely cannot nest them. */
function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

function chunks<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < rows.length; start += size) out.push(rows.slice(start, start + size));
  return out;
}

/** Orders units so that every parent is inserted before its children, whatever order the data uses. */
function parentsFirst(units: readonly UnitData[]): UnitData[] {
  const byKey = new Map(units.map((unit) => [unit.key, unit]));
  const depth = new Map<string, number>();
  const depthOf = (unit: UnitData, hops: number): number => {
    const known = depth.get(unit.key);
    if (known !== undefined) return known;
    if (hops > units.length) throw new Error(`demo seed: unit ${unit.key} is its own ancestor`);
    const parent = unit.parentKey === null ? undefined : byKey.get(unit.parentKey);
    if (unit.parentKey !== null && !parent) throw new Error(`demo seed: ${unit.key} has no parent ${unit.parentKey}`);
    const value = parent ? depthOf(parent, hops + 1) + 1 : 0;
    depth.set(unit.key, value);
    return value;
  };
  for (const unit of units) depthOf(unit, 0);
  return [...units].sort((a, b) => (depth.get(a.key) ?? 0) - (depth.get(b.key) ?? 0));
}

/** Ids are made here rather than by the database so that children can name their parents up front. */
async function insertUnits(trx: Db, orgId: string, units: readonly UnitData[]): Promise<Map<string, string>> {
  const ids = new Map(units.map((unit) => [unit.key, randomUUID()]));
  const rows = parentsFirst(units).map((unit): NewOrgUnit => ({
    id: ids.get(unit.key),
    org_id: orgId,
    parent_id: unit.parentKey === null ? null : (ids.get(unit.parentKey) ?? null),
    kind: unit.kind,
    name: unit.name,
    name_cy: unit.name_cy,
  }));
  for (const batch of chunks(rows, batchSize)) await trx.insertInto('org_units').values(batch).execute();
  return ids;
}

/** Ofcom keeps 01632 960000 to 960999 for drama: numbers that look real and ring nobody. */
const demoPhone = (index: number) => `01632 960${String(index % 1000).padStart(3, '0')}`;

async function insertPeople(
  trx: Db,
  orgId: string,
  people: readonly PersonData[],
  unitIds: ReadonlyMap<string, string>,
  passwordHash: string,
): Promise<Map<string, string>> {
  const ids = new Map(people.map((person) => [person.email.toLowerCase(), randomUUID()]));
  const rows = people.map((person, index): NewUser => {
    const teamId = unitIds.get(person.teamKey);
    if (!teamId) throw new Error(`demo seed: ${person.email} is in unknown team ${person.teamKey}`);
    return {
      id: ids.get(person.email.toLowerCase()),
      org_id: orgId,
      email: person.email.toLowerCase(),
      display_name: person.display_name,
      job_title: person.job_title,
      phone: demoPhone(index),
      staff_group: person.staff_group,
      team_id: teamId,
      role: person.role,
      password_hash: passwordHash,
    };
  });
  for (const batch of chunks(rows, batchSize)) await trx.insertInto('users').values(batch).execute();
  return ids;
}

/** Line managers go in after everyone exists, since a manager may be in a later batch. */
async function linkManagers(trx: Db, orgId: string, council: CouncilData, ids: ReadonlyMap<string, string>): Promise<void> {
  const links = [...managerEmails(council)]
    .filter((link): link is [string, string] => link[1] !== null)
    .map(([email, manager]) => [ids.get(email.toLowerCase()), ids.get(manager.toLowerCase())] as const)
    .filter((link): link is readonly [string, string] => Boolean(link[0] && link[1]));
  for (const batch of chunks(links, batchSize)) {
    const pairs = sql.join(batch.map(([person, manager]) => sql`(${person}::uuid, ${manager}::uuid)`));
    await sql`UPDATE users SET manager_id = link.manager FROM (VALUES ${pairs}) AS link(person, manager)
              WHERE users.org_id = ${orgId} AND users.id = link.person`.execute(trx);
  }
}

/**
 * Writes one council, all or nothing. Everyone shares `passwordHash`: the
 * caller hashes the demo password once, as hashing per person would take minutes.
 */
export function seedCouncil(db: Db, council: CouncilData, passwordHash: string): Promise<SeedResult> {
  return inTransaction(db, async (trx) => {
    const org = await trx
      .insertInto('organisations')
      .values({ ...council.organisation })
      .returning('id')
      .executeTakeFirstOrThrow();
    const unitIds = await insertUnits(trx, org.id, council.units);
    const personIds = await insertPeople(trx, org.id, council.people, unitIds, passwordHash);
    await linkManagers(trx, org.id, council, personIds);
    return { orgId: org.id, units: council.units.length, people: council.people.length };
  });
}

/** The demo's communications officer writes Harbridge's news; the section roles come with the content. */
async function grantDemoRoles(trx: Db, orgId: string): Promise<void> {
  const editor = await trx.selectFrom('users').select('id').where('email', '=', 'editor@harbridge.example').executeTakeFirst();
  if (editor) {
    await trx
      .insertInto('role_grants')
      .values({ org_id: orgId, area_type: 'news', area_id: null, role: 'editor', grantee_user_id: editor.id })
      .execute();
  }
}

/** Seeds Harbridge and Aberlyn, people and intranet content, into an empty platform; returns false, changing nothing, otherwise. */
export function loadDemoData(db: Db, passwordHash: string, files: FileStore): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    // Instances starting together queue here; the later ones then find data and stop.
    await sql`LOCK TABLE organisations IN SHARE ROW EXCLUSIVE MODE`.execute(trx);
    const existing = await trx.selectFrom('organisations').select('id').limit(1).executeTakeFirst();
    if (existing) return false;
    const harbridge = await seedCouncil(trx, harbridgeCouncil(), passwordHash);
    const aberlyn = await seedCouncil(trx, aberlynCouncil(), passwordHash);
    await seedDemoContent(trx, harbridge.orgId, harbridgeContent, files);
    await seedDemoContent(trx, aberlyn.orgId, aberlynContent, files);
    await grantDemoRoles(trx, harbridge.orgId);
    return true;
  });
}
