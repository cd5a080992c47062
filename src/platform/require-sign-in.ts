import type { FastifyReply, FastifyRequest } from 'fastify';

/** The longest return address kept: a longer one (a long search) returns home. */
export const maxReturnPath = 1000;

/** Only a path on this site may be a return address: no scheme, host or "//". */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || /[\\\s]/.test(value)) {
    return '/';
  }
  return value.length > maxReturnPath ? '/' : value;
}

/** For pages that need a signed-in person: others go to sign in, then come back. */
export async function requireSignIn(request: FastifyRequest, reply: FastifyReply) {
  if (request.actor) return;
  const returnTo = safeReturnPath(request.url);
  const query = returnTo === '/' ? '' : `?returnTo=${encodeURIComponent(returnTo)}`;
  return reply.redirect(`/sign-in${query}`, 303);
}
