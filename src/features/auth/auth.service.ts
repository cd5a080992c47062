import type { Db } from '../../db/database.ts';
import type { Locale } from '../../db/schema.ts';
import { recordAudit } from '../../platform/audit.ts';
import { translatorFor } from '../../platform/i18n.ts';
import type { Mailer } from '../../platform/mail.ts';
import { hashPassword, verifyPassword } from '../../platform/passwords.ts';
import type { Actor, SessionManager } from '../../platform/session.ts';
import { randomToken, sha256 } from '../../platform/tokens.ts';
import {
  findActiveUserByEmail,
  findUsableResetToken,
  forgetAttempts,
  forgetOldAttempts,
  insertResetToken,
  recordAttemptAndCount,
  setPasswordHash,
  useResetTokens,
} from './auth.queries.ts';

/**
 * Attempts allowed in the window. An address gets more than an account: a
 * council's staff often share one office or proxy address, and one person's
 * (or one attacker's) failures there must not shut out everyone else.
 */
export const signInLimit = { perAccount: 10, perAddress: 50, windowMinutes: 5 } as const;

/** Who a password link goes to, with their organisation's names for the email. */
export interface LinkRecipient {
  id: string;
  org_id: string;
  email: string;
  display_name: string;
  locale: Locale | null;
  org_name: string;
  org_name_cy: string | null;
}

export type SignInResult = { outcome: 'signed-in'; token: string } | { outcome: 'failed' } | { outcome: 'throttled' };

export interface AuthDeps {
  db: Db;
  sessions: SessionManager;
  mailer: Mailer;
  baseUrl: string;
}

export function createAuthService(deps: AuthDeps) {
  const { db, sessions, mailer } = deps;

  /**
   * At most signInLimit's attempts per account and per address in its window,
   * counted before the password is checked. Returns the attempt's rows, or null when over either limit.
   */
  async function admit(email: string, ip: string, purpose = ''): Promise<string[] | null> {
    const account = `${purpose}account:${sha256(email)}`;
    const address = `${purpose}ip:${ip}`;
    const { counts, ids } = await recordAttemptAndCount(db, [account, address], signInLimit.windowMinutes);
    const over = (counts.get(account) ?? 0) > signInLimit.perAccount || (counts.get(address) ?? 0) > signInLimit.perAddress;
    return over ? null : ids;
  }

  async function signIn(input: { email: string; password: string; ip: string; replacing: string | null }): Promise<SignInResult> {
    const attempt = await admit(input.email, input.ip);
    if (!attempt) return { outcome: 'throttled' };
    const user = await findActiveUserByEmail(db, input.email);
    const valid = await verifyPassword(user?.password_hash, input.password);
    if (!user) return { outcome: 'failed' };
    const person = { orgId: user.org_id, userId: user.id };
    if (!valid) {
      await recordAudit(db, { ...auditOf(person), action: 'auth.sign_in_failed' });
      return { outcome: 'failed' };
    }
    const token = await db.transaction().execute(async (trx) => {
      await recordAudit(trx, { ...auditOf(person), action: 'auth.sign_in' });
      return sessions.issue(trx, person, input.replacing);
    });
    await forgetAttempts(db, attempt);
    await forgetOldAttempts(db, signInLimit.windowMinutes);
    return { outcome: 'signed-in', token };
  }

  async function signOut(actor: Actor, tokenHash: string): Promise<void> {
    await db.transaction().execute(async (trx) => {
      await sessions.revoke(trx, tokenHash);
      await recordAudit(trx, { ...auditOf(actor), action: 'auth.sign_out' });
    });
  }

  /** Sends a one-time link if the address has an active account; says nothing either way. */
  async function requestPasswordReset(email: string, locale: Locale, ip: string): Promise<'sent' | 'throttled'> {
    if (!(await admit(email, ip, 'reset:'))) return 'throttled';
    const user = await findActiveUserByEmail(db, email);
    if (!user) return 'sent';
    await db.transaction().execute((trx) => sendPasswordLink(trx, { ...user, email }, locale, 'reset'));
    return 'sent';
  }

  /**
   * Emails a one-time link to choose a password, in the person's language: a
   * reset (valid 1 hour), or a welcome to a new account (valid 3 days).
   */
  async function sendPasswordLink(trx: Db, user: LinkRecipient, locale: Locale, purpose: 'reset' | 'welcome'): Promise<void> {
    const token = randomToken(32);
    const language = user.locale ?? locale;
    const t = translatorFor(language);
    const orgName = language === 'cy' && user.org_name_cy ? user.org_name_cy : user.org_name;
    const link = `${deps.baseUrl}/reset-password?token=${token}`;
    const mail = purpose === 'reset' ? 'forgotPassword' : 'welcome';
    await insertResetToken(trx, { tokenHash: sha256(token), orgId: user.org_id, userId: user.id, hours: purpose === 'reset' ? 1 : 72 });
    await recordAudit(trx, {
      ...auditOf({ orgId: user.org_id, userId: user.id }),
      action: `auth.password_link_sent`,
      details: { purpose },
    });
    await mailer.send(trx, {
      orgId: user.org_id,
      to: user.email,
      subject: t(`${mail}.mailSubject`, { org: orgName }),
      text: t(`${mail}.mailBody`, { name: user.display_name, org: orgName, link }),
    });
  }

  async function isUsableResetToken(token: string): Promise<boolean> {
    return (await findUsableResetToken(db, sha256(token))) !== undefined;
  }

  /** Sets the new password, spends every outstanding link and ends every session. */
  async function resetPassword(token: string, password: string): Promise<boolean> {
    const passwordHash = await hashPassword(password);
    return db.transaction().execute(async (trx) => {
      const row = await findUsableResetToken(trx, sha256(token), true);
      if (!row) return false;
      await setPasswordHash(trx, row.org_id, row.user_id, passwordHash);
      await useResetTokens(trx, row.org_id, row.user_id);
      await sessions.endAllFor(trx, row.org_id, row.user_id);
      await recordAudit(trx, { ...auditOf({ orgId: row.org_id, userId: row.user_id }), action: 'auth.password_reset' });
      return true;
    });
  }

  return { signIn, signOut, requestPasswordReset, sendPasswordLink, isUsableResetToken, resetPassword };
}

export type AuthService = ReturnType<typeof createAuthService>;

function auditOf(person: { orgId: string; userId: string }) {
  return { orgId: person.orgId, actorId: person.userId, subjectType: 'user', subjectId: person.userId };
}
