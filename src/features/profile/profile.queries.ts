import type { Db } from '../../db/database.ts';
import type { Locale } from '../../db/schema.ts';

export function findProfile(db: Db, orgId: string, userId: string) {
  return db
    .selectFrom('users as u')
    .leftJoin('org_units as team', (join) => join.onRef('team.org_id', '=', 'u.org_id').onRef('team.id', '=', 'u.team_id'))
    .select([
      'u.display_name',
      'u.email',
      'u.job_title',
      'u.staff_group',
      'u.role',
      'u.locale',
      'team.name as team_name',
      'team.name_cy as team_name_cy',
    ])
    .where('u.org_id', '=', orgId)
    .where('u.id', '=', userId)
    .executeTakeFirst();
}

export async function setPreferredLocale(db: Db, orgId: string, userId: string, locale: Locale): Promise<void> {
  await db.updateTable('users').set({ locale }).where('org_id', '=', orgId).where('id', '=', userId).execute();
}
