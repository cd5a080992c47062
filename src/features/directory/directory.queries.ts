import type { Db } from '../../db/database.ts';
import type { Colleague } from './directory.snapshot.ts';
import type { UnitRow } from './directory.tree.ts';

/** Every unit of the organisation, by name. */
export function listUnits(db: Db, orgId: string): Promise<UnitRow[]> {
  return db
    .selectFrom('org_units')
    .select(['id', 'parent_id', 'kind', 'name', 'name_cy'])
    .where('org_id', '=', orgId)
    .orderBy('name')
    .execute();
}

/** Everyone colleagues can find in the directory, by name. */
export function listActivePeople(db: Db, orgId: string): Promise<Colleague[]> {
  return db
    .selectFrom('users')
    .select([
      'id',
      'display_name',
      'email',
      'job_title',
      'staff_group',
      'team_id',
      'manager_id',
      'location',
      'phone',
      'working_pattern',
      'skills',
      'ask_me_about',
      'photo_key',
    ])
    .where('org_id', '=', orgId)
    .where('disabled_at', 'is', null)
    .orderBy('display_name')
    .orderBy('id')
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
