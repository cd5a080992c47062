import { sql } from 'kysely';
import { prepared } from '../db/prepared.ts';
import type { Db } from '../db/database.ts';
import type { Locale, UserRole } from '../db/schema.ts';

/** The session itself: whose it is and how long it lives. */
export interface SessionTimes {
  userId: string;
  orgId: string;
  lastSeenAt: Date;
  expiresAt: Date;
}

/** The signed-in person and their organisation, as every page shows them. */
export interface SessionPerson {
  userId: string;
  orgId: string;
  displayName: string;
  role: UserRole;
  teamId: string | null;
  isPlatformAdmin: boolean;
  locale: Locale | null;
  orgCode: string;
  orgName: string;
  orgNameCy: string | null;
  brandColour: string;
  orgLocale: Locale;
}

export type SessionRow = SessionTimes & SessionPerson;

/** The session, its person and their organisation, if all still valid: whenever the session cache has not got it. */
const liveSession = prepared(
  (_db, p: { tokenHash: string; idleMinutes: number }) => sql<SessionRow>`
  SELECT s.user_id AS "userId", s.org_id AS "orgId", s.last_seen_at AS "lastSeenAt",
         s.expires_at AS "expiresAt",
         u.display_name AS "displayName", u.role, u.locale, u.team_id AS "teamId",
         u.is_platform_admin AS "isPlatformAdmin",
         o.code AS "orgCode", o.name AS "orgName", o.name_cy AS "orgNameCy",
         o.brand_colour AS "brandColour", o.default_locale AS "orgLocale"
    FROM sessions s
    JOIN users u ON u.org_id = s.org_id AND u.id = s.user_id
    JOIN organisations o ON o.id = s.org_id
   WHERE s.token_hash = ${p.tokenHash}
     AND s.expires_at > now()
     AND s.last_seen_at > now() - make_interval(mins => ${p.idleMinutes})
     AND u.disabled_at IS NULL`,
);

export async function findLiveSession(db: Db, tokenHash: string, idleMinutes: number): Promise<SessionRow | undefined> {
  const [row] = await liveSession(db, { tokenHash, idleMinutes });
  return row;
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
  await deleteSessionsOfUsers(db, orgId, [userId]);
}

export async function deleteSessionsOfUsers(db: Db, orgId: string, userIds: readonly string[]): Promise<void> {
  if (userIds.length === 0) return;
  await db.deleteFrom('sessions').where('org_id', '=', orgId).where('user_id', 'in', userIds).execute();
}

export async function deleteExpiredSessions(db: Db, idleMinutes: number): Promise<void> {
  await db
    .deleteFrom('sessions')
    .where((eb) =>
      eb.or([eb('expires_at', '<=', sql<Date>`now()`), eb('last_seen_at', '<=', sql<Date>`now() - make_interval(mins => ${idleMinutes})`)]),
    )
    .execute();
}
