import type { Db } from '../../db/database.ts';
import type { Locale } from '../../db/schema.ts';

export function findProfile(db: Db, orgId: string, userId: string) {
  return db
    .selectFrom('users as u')
    .leftJoin('org_units as team', (join) => join.onRef('team.org_id', '=', 'u.org_id').onRef('team.id', '=', 'u.team_id'))
    .innerJoin('organisations as o', 'o.id', 'u.org_id')
    .select([
      'u.display_name',
      'u.email',
      'u.job_title',
      'u.staff_group',
      'u.role',
      'u.locale',
      'u.location',
      'u.phone',
      'u.working_pattern',
      'u.skills',
      'u.ask_me_about',
      'u.photo_key',
      'team.name as team_name',
      'team.name_cy as team_name_cy',
      'o.self_editable_fields',
    ])
    .where('u.org_id', '=', orgId)
    .where('u.id', '=', userId)
    .executeTakeFirst();
}

export interface OwnProfileFields {
  job_title?: string | null;
  location?: string | null;
  phone?: string | null;
  working_pattern?: string | null;
  skills?: string[];
  ask_me_about?: string[];
}

export async function updateOwnProfile(db: Db, orgId: string, userId: string, fields: OwnProfileFields): Promise<void> {
  if (Object.keys(fields).length === 0) return;
  await db.updateTable('users').set(fields).where('org_id', '=', orgId).where('id', '=', userId).execute();
}

export async function setPreferredLocale(db: Db, orgId: string, userId: string, locale: Locale): Promise<void> {
  await db.updateTable('users').set({ locale }).where('org_id', '=', orgId).where('id', '=', userId).execute();
}

export async function photoKeyOf(db: Db, orgId: string, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom('users')
    .select('photo_key')
    .where('org_id', '=', orgId)
    .where('id', '=', userId)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
  return row?.photo_key ?? null;
}

export async function setPhotoKey(db: Db, orgId: string, userId: string, key: string | null): Promise<void> {
  await db.updateTable('users').set({ photo_key: key }).where('org_id', '=', orgId).where('id', '=', userId).execute();
}
