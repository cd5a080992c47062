import type { FastifyReply, FastifyRequest } from 'fastify';

/** The longest return address kept: a longer one (a long search) returns home. */
export const maxReturnPath = 1000;

/**
 * A path on this site, as a browser sends one: printable ASCII (anything else
 * percent-encoded) with no backslash or space. A control character would be
 * refused in the Location header, failing the page.
 */
const sitePath = /^\/(?!\/)[\x21-\x5b\x5d-\x7e]*$/;

/** Only a path on this site may be a return address: no scheme, host or "//". */
export function safeReturnPath(value: unknown): string {
  return typeof value === 'string' && value.length <= maxReturnPath && sitePath.test(value) ? value : '/';
}

/** For pages that need a signed-in person: others go to sign in, then come back. */
export async function requireSignIn(request: FastifyRequest, reply: FastifyReply) {
  if (request.actor) return;
  const returnTo = safeReturnPath(request.url);
  const query = returnTo === '/' ? '' : `?returnTo=${encodeURIComponent(returnTo)}`;
  return reply.redirect(`/sign-in${query}`, 303);
}
