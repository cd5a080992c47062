import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { OrgUnitKind } from '../../db/schema.ts';

export interface UnitFields {
  name: string;
  name_cy: string | null;
  kind: OrgUnitKind;
  parent_id: string | null;
}

export async function insertUnit(trx: Db, orgId: string, fields: UnitFields) {
  const row = await trx
    .insertInto('org_units')
    .values({ org_id: orgId, ...fields })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateUnit(trx: Db, orgId: string, id: string, fields: Partial<UnitFields>) {
  await trx.updateTable('org_units').set(fields).where('org_id', '=', orgId).where('id', '=', id).execute();
}

/** Whether another unit under the same parent (or at the top) already has this name, in any case: two would look the same in every list. */
export async function siblingNamed(
  db: Db,
  orgId: string,
  parentId: string | null,
  name: string,
  exceptId: string | null,
): Promise<boolean> {
  const found = await db
    .selectFrom('org_units')
    .select('id')
    .where('org_id', '=', orgId)
    .where((eb) => (parentId ? eb('parent_id', '=', parentId) : eb('parent_id', 'is', null)))
    .where(sql<boolean>`lower(name) = lower(${name})`)
    .$if(exceptId !== null, (query) => query.where('id', '!=', exceptId as string))
    .executeTakeFirst();
  return found !== undefined;
}

/** The unit and every unit below it: a unit may not move under any of them. */
export async function subtreeIds(db: Db, orgId: string, id: string): Promise<Set<string>> {
  const result = await sql<{ id: string }>`
    WITH RECURSIVE down AS (
      SELECT id, 0 AS depth FROM org_units WHERE org_id = ${orgId} AND id = ${id}
      UNION ALL
      SELECT u.id, down.depth + 1 FROM org_units u JOIN down ON u.org_id = ${orgId} AND u.parent_id = down.id WHERE down.depth < 50)
    SELECT id FROM down`.execute(db);
  return new Set(result.rows.map((row) => row.id));
}

/** What still hangs off a unit: people in it, units under it, roles granted on or to it. */
/** What stops a unit being removed: its people, the units within it, and the sections it runs (deleted ones too, until they are gone). */
export async function unitDependants(db: Db, orgId: string, id: string) {
  const [people, children, sections] = await Promise.all([
    db
      .selectFrom('users')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .where('org_id', '=', orgId)
      .where('team_id', '=', id)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('org_units')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .where('org_id', '=', orgId)
      .where('parent_id', '=', id)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('sections')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .where('org_id', '=', orgId)
      .where('owner_team_id', '=', id)
      .executeTakeFirstOrThrow(),
  ]);
  return { people: Number(people.n), children: Number(children.n), sections: Number(sections.n) };
}

export async function deleteUnit(trx: Db, orgId: string, id: string) {
  await trx.deleteFrom('org_units').where('org_id', '=', orgId).where('id', '=', id).execute();
}
