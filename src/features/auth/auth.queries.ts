import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

export function findActiveUserByEmail(db: Db, email: string) {
  return db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.org_id')
    .select(['u.id', 'u.org_id', 'u.display_name', 'u.password_hash', 'u.locale', 'o.name as org_name', 'o.name_cy as org_name_cy'])
    .where('u.email', '=', email)
    .where('u.disabled_at', 'is', null)
    .executeTakeFirst();
}

/**
 * Records an attempt under each key, then counts each key's attempts in the window, this one included.
 * Counting after inserting means concurrent attempts cannot all slip under the limit.
 */
export async function recordAttemptAndCount(
  db: Db,
  keys: string[],
  windowMinutes: number,
): Promise<{ counts: Map<string, number>; ids: string[] }> {
  const inserted = await db
    .insertInto('sign_in_attempts')
    .values(keys.map((key) => ({ key })))
    .returning('id')
    .execute();
  const rows = await db
    .selectFrom('sign_in_attempts')
    .select(({ fn }) => ['key', fn.countAll<number>().as('n')])
    .where('key', 'in', keys)
    .where('attempted_at', '>', sql<Date>`now() - make_interval(mins => ${windowMinutes})`)
    .groupBy('key')
    .execute();
  return { counts: new Map(rows.map((row) => [row.key, Number(row.n)])), ids: inserted.map((attempt) => String(attempt.id)) };
}

/** A successful sign-in gives its attempt back: staff sharing an office address must not lock each other out. */
export async function forgetAttempts(db: Db, ids: string[]): Promise<void> {
  await db.deleteFrom('sign_in_attempts').where('id', 'in', ids).execute();
}

export async function forgetOldAttempts(db: Db, windowMinutes: number): Promise<void> {
  await db
    .deleteFrom('sign_in_attempts')
    .where('attempted_at', '<', sql<Date>`now() - make_interval(mins => ${windowMinutes})`)
    .execute();
}

export async function insertResetToken(db: Db, token: { tokenHash: string; orgId: string; userId: string; hours: number }) {
  await db
    .insertInto('password_reset_tokens')
    .values({
      token_hash: token.tokenHash,
      org_id: token.orgId,
      user_id: token.userId,
      expires_at: sql`now() + make_interval(hours => ${token.hours})`,
    })
    .execute();
}

/** A token that is unused, unexpired and whose person is still active; locked when `forUpdate`. */
export function findUsableResetToken(db: Db, tokenHash: string, forUpdate = false) {
  let query = db
    .selectFrom('password_reset_tokens as t')
    .innerJoin('users as u', (join) => join.onRef('u.org_id', '=', 't.org_id').onRef('u.id', '=', 't.user_id'))
    .select(['t.token_hash', 't.org_id', 't.user_id'])
    .where('t.token_hash', '=', tokenHash)
    .where('t.used_at', 'is', null)
    .where('t.expires_at', '>', sql<Date>`now()`)
    .where('u.disabled_at', 'is', null);
  if (forUpdate) query = query.forUpdate('t');
  return query.executeTakeFirst();
}

export async function useResetTokens(db: Db, orgId: string, userId: string) {
  await db
    .updateTable('password_reset_tokens')
    .set({ used_at: sql`now()` })
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .execute();
}

export async function setPasswordHash(db: Db, orgId: string, userId: string, passwordHash: string) {
  await db
    .updateTable('users')
    .set({ password_hash: passwordHash, updated_at: sql`now()` })
    .where('org_id', '=', orgId)
    .where('id', '=', userId)
    .execute();
}
