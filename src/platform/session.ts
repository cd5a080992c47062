import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Db } from '../db/database.ts';
import type { Locale, UserRole } from '../db/schema.ts';
import type { ChangeFeed } from './changes.ts';
import { isLocale } from './i18n.ts';
import { createAnnouncedCache } from './announced-cache.ts';
import {
  deleteExpiredSessions,
  deleteSession,
  deleteSessionsOfUser,
  findLiveSession,
  insertSession,
  type SessionRow,
  touchSession,
} from './session.queries.ts';
import { randomToken, sha256 } from './tokens.ts';

export const sessionCookie = 'guildhall_session';
export const languageCookie = 'guildhall_lang';
// Writing last_seen_at on every request would double the database work of a page view.
const touchIntervalMs = 60_000;

/** The signed-in person, as every service sees them. */
export interface Actor {
  userId: string;
  orgId: string;
  orgCode: string;
  orgName: string;
  orgNameCy: string | null;
  brandColour: string;
  displayName: string;
  role: UserRole;
  teamId: string | null;
  isPlatformAdmin: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    locale: Locale;
    sessionTokenHash: string | null;
  }
}

export interface SessionSettings {
  db: Db;
  feed: ChangeFeed;
  idleMinutes: number;
  maxHours: number;
  secure: boolean;
}

export type SessionManager = ReturnType<typeof createSessionManager>;

export function createSessionManager(settings: SessionSettings) {
  const { db, idleMinutes, maxHours, secure } = settings;
  const cookieOptions = { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: maxHours * 3600 } as const;
  // Who is signed in, remembered between requests: a session ends, or its person changes, the moment the database says so.
  const cache = createAnnouncedCache<SessionRow>(settings.feed, { maxSize: 20_000, keyedBy: 'session', clearedBy: ['user', 'org'] });

  async function liveSession(tokenHash: string): Promise<SessionRow | undefined> {
    const row = await cache.get(tokenHash, () => findLiveSession(db, tokenHash, idleMinutes));
    if (!row) return undefined;
    const now = Date.now();
    if (row.expiresAt.getTime() > now && now - row.lastSeenAt.getTime() < idleMinutes * 60_000) return row;
    // Past a limit by this instance's reckoning; another instance may have kept it alive, so ask the database itself.
    cache.forget(tokenHash);
    return findLiveSession(db, tokenHash, idleMinutes);
  }

  async function load(request: FastifyRequest): Promise<void> {
    const preferred = request.cookies[languageCookie];
    // Set before any database work, so even an error page speaks the chosen language.
    request.locale = isLocale(preferred) ? preferred : 'en';
    const token = request.cookies[sessionCookie];
    if (!token) return;
    const tokenHash = sha256(token);
    const row = await liveSession(tokenHash);
    if (!row) return;
    if (Date.now() - row.lastSeenAt.getTime() > touchIntervalMs) {
      await touchSession(db, tokenHash);
      // The remembered row itself, so that this instance does not touch it again for a while.
      row.lastSeenAt = new Date();
    }
    request.sessionTokenHash = tokenHash;
    request.locale = row.locale ?? (isLocale(preferred) ? preferred : row.orgLocale);
    request.actor = {
      userId: row.userId,
      orgId: row.orgId,
      orgCode: row.orgCode,
      orgName: row.orgName,
      orgNameCy: row.orgNameCy,
      brandColour: row.brandColour,
      displayName: row.displayName,
      role: row.role,
      teamId: row.teamId,
      isPlatformAdmin: row.isPlatformAdmin,
    };
  }

  /**
   * Issues a new session in the caller's transaction. The browser's previous
   * session, if any, is ended, so the id always rotates at sign-in.
   */
  async function issue(trx: Db, person: { orgId: string; userId: string }, replacing: string | null) {
    if (replacing) await deleteSession(trx, replacing);
    await deleteExpiredSessions(trx, idleMinutes);
    const token = randomToken(16);
    await insertSession(trx, { tokenHash: sha256(token), orgId: person.orgId, userId: person.userId, maxHours });
    return token;
  }

  function setCookie(reply: FastifyReply, token: string) {
    reply.setCookie(sessionCookie, token, cookieOptions);
  }

  function clearCookie(reply: FastifyReply) {
    reply.clearCookie(sessionCookie, { path: '/' });
  }

  return { load, issue, setCookie, clearCookie, revoke: deleteSession, endAllFor: deleteSessionsOfUser };
}

async function session(app: FastifyInstance, options: { sessions: SessionManager }) {
  app.decorateRequest('actor', null);
  app.decorateRequest('locale', 'en');
  app.decorateRequest('sessionTokenHash', null);
  app.addHook('onRequest', async (request) => {
    await options.sessions.load(request);
  });
}

export const sessionPlugin = fp(session, { name: 'guildhall-session' });
