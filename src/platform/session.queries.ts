import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { Locale, UserRole } from '../db/schema.ts';

export interface SessionRow {
  userId: string;
  orgId: string;
  lastSeenAt: Date;
  displayName: string;
  role: UserRole;
  locale: Locale | null;
  orgCode: string;
  orgName: string;
  orgNameCy: string | null;
  brandColour: string;
  orgLocale: Locale;
}

/** One query per request: the session, its person and their organisation, if all still valid. */
export function findLiveSession(db: Db, tokenHash: string, idleMinutes: number): Promise<SessionRow | undefined> {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', (join) => join.onRef('u.org_id', '=', 's.org_id').onRef('u.id', '=', 's.user_id'))
    .innerJoin('organisations as o', 'o.id', 's.org_id')
    .select([
      's.user_id as userId',
      's.org_id as orgId',
      's.last_seen_at as lastSeenAt',
      'u.display_name as displayName',
      'u.role as role',
      'u.locale as locale',
      'o.code as orgCode',
      'o.name as orgName',
      'o.name_cy as orgNameCy',
      'o.brand_colour as brandColour',
      'o.default_locale as orgLocale',
    ])
    .where('s.token_hash', '=', tokenHash)
    .where('s.expires_at', '>', sql<Date>`now()`)
    .where('s.last_seen_at', '>', sql<Date>`now() - make_interval(mins => ${idleMinutes})`)
    .where('u.disabled_at', 'is', null)
    .executeTakeFirst();
}

export async function touchSession(db: Db, tokenHash: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: sql`now()` })
    .where('token_hash', '=', tokenHash)
    .execute();
}

export async function insertSession(
  db: Db,
  session: { tokenHash: string; orgId: string; userId: string; maxHours: number },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      token_hash: session.tokenHash,
      org_id: session.orgId,
      user_id: session.userId,
      expires_at: sql`now() + make_interval(hours => ${session.maxHours})`,
    })
    .execute();
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteSessionsOfUser(db: Db, orgId: string, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('org_id', '=', orgId).where('user_id', '=', userId).execute();
}

export async function deleteExpiredSessions(db: Db, idleMinutes: number): Promise<void> {
  await db
    .deleteFrom('sessions')
    .where((eb) =>
      eb.or([eb('expires_at', '<=', sql<Date>`now()`), eb('last_seen_at', '<=', sql<Date>`now() - make_interval(mins => ${idleMinutes})`)]),
    )
    .execute();
}
